import * as z from "zod/mini";
import type { PlaygroundMessage } from "@/lib/conversations/metadata";
import type { VersionMap } from "@/lib/conversations/versions";

// Stored conversations are read back from localStorage, which any older build (or the user) may have
// written: parse them, keep what is readable, drop the rest. zod/mini: this runs in every page's first
// load, where zod's classic API would add ~20 kB of gzip JavaScript.
const partSchema = z.looseObject({ type: z.string() });
const messageSchema = z.looseObject({
  id: z.string(),
  role: z.enum(["system", "user", "assistant"]),
  parts: z.array(partSchema),
  metadata: z.optional(z.looseObject({})),
});

/** A stored conversation's messages (also a compare pane's saved thread). */
export const storedMessagesSchema = z.array(messageSchema);

const branchesSchema = z.array(storedMessagesSchema);
/** A turn's parked versions (versions.ts); unreadable ones are dropped, the conversation is kept. */
const versionsSchema = z.catch(
  z.optional(z.record(z.string(), z.object({ before: branchesSchema, after: branchesSchema }))),
  undefined,
);

export const storedConversationSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(100)),
  title: z.string().check(z.maxLength(200)),
  createdAt: z.number(),
  updatedAt: z.number(),
  messages: storedMessagesSchema,
  /** Tab-specific settings kept with the conversation (the chat tab keeps its system prompt here). */
  settings: z.record(z.string(), z.unknown()),
  /** Earlier and later versions of turns; `messages` is the version on screen (versions.ts). */
  versions: versionsSchema,
});

export const tabConversationsSchema = z.object({
  items: z.array(storedConversationSchema),
  activeId: z.optional(z.string()),
});

export type StoredConversation = Omit<z.infer<typeof storedConversationSchema>, "messages" | "versions"> & {
  messages: PlaygroundMessage[];
  versions?: VersionMap;
};
export interface TabConversations {
  items: StoredConversation[];
  activeId?: string;
}

/** Keeps the readable conversations of a persisted value; anything else becomes an empty list. */
export function parseStoredTabs(value: unknown): Record<string, TabConversations> {
  const out: Record<string, TabConversations> = {};
  if (!value || typeof value !== "object") return out;
  for (const [tab, raw] of Object.entries(value as Record<string, unknown>)) {
    const items = (raw as { items?: unknown })?.items;
    const parsedItems: StoredConversation[] = [];
    for (const item of Array.isArray(items) ? items : []) {
      const parsed = storedConversationSchema.safeParse(item);
      // The schema checked the message shape the UI relies on; the AI SDK type is wider.
      if (parsed.success) parsedItems.push(parsed.data as unknown as StoredConversation);
    }
    const activeId = (raw as { activeId?: unknown })?.activeId;
    out[tab] = { items: parsedItems, activeId: typeof activeId === "string" ? activeId : undefined };
  }
  return out;
}
