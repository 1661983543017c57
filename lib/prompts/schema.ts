import { z } from "zod";
import {
  chatShareParamsSchema,
  messagesShareParamsSchema,
  modelIdSchema,
  systemPromptSchema,
  vendorSchema,
} from "@/lib/schemas/share-parts";
import {
  chatToolParamsSchema,
  chatWireToolSchema,
  messagesToolParamsSchema,
  messagesWireToolSchema,
  promptToolsMax,
  wireToolsSchema,
} from "./wire-tools";

// A saved prompt: the setup of the chat or Messages tab (what is sent, not the replies' metrics),
// kept as numbered versions. The same schemas validate IndexedDB rows, imported JSON and prompt
// shares: every object is an allowlist and every string and list is capped, so an import or a
// crafted share cannot grow past what the library can show.

export const promptContentMaxChars = 200_000;
export const promptMessagesMax = 500;
export const promptVersionsMax = 200;
export const promptNameMax = 120;

export const promptMessageSchema = z.object({
  role: z.enum(["user", "assistant"]),
  content: z.string().max(promptContentMaxChars),
});
export type PromptMessage = z.infer<typeof promptMessageSchema>;

export const promptSetupSchema = z.object({
  api: z.enum(["chat", "messages"]),
  model: modelIdSchema,
  vendor: vendorSchema.optional(),
  system: systemPromptSchema,
  messages: z.array(promptMessageSchema).max(promptMessagesMax),
  /** Wire-form request parameters of that API (temperature, max_tokens, …). */
  params: z.record(z.string().max(64), z.json()),
  /**
   * Tool definitions in that API's wire form, when the setup has any (`tool_choice` and
   * `parallel_tool_calls` are in `params`, also in wire form).
   */
  tools: wireToolsSchema.optional(),
});
export type PromptSetup = z.infer<typeof promptSetupSchema>;

export const promptVersionSchema = z.object({
  n: z.number().int().positive().max(1e6),
  savedAt: z.number().nonnegative().max(1e14),
  setup: promptSetupSchema,
});
export type PromptVersion = z.infer<typeof promptVersionSchema>;

export const promptIdSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, "prompt id must be a plain word");

export const promptSchema = z.object({
  id: promptIdSchema,
  name: z.string().trim().min(1).max(promptNameMax),
  createdAt: z.number().nonnegative().max(1e14),
  /** Ascending by `n`. */
  versions: z.array(promptVersionSchema).min(1).max(promptVersionsMax),
});
export type Prompt = z.infer<typeof promptSchema>;

// A prompt in a share link: the parameters are narrowed to the wire fields each API's share keeps
// (lib/schemas/share-parts) plus that API's tool choice, and the tools must be that API's wire form
// (lib/prompts/wire-tools: allowlisted, names checked, schemas capped in size and nesting).
export const sharedChatParamsSchema = chatShareParamsSchema.extend(chatToolParamsSchema.shape);
export const sharedMessagesParamsSchema = messagesShareParamsSchema.extend(messagesToolParamsSchema.shape);

const sharedVersionSchema = promptVersionSchema.extend({
  setup: z.discriminatedUnion("api", [
    promptSetupSchema.extend({
      api: z.literal("chat"),
      params: sharedChatParamsSchema,
      tools: z.array(chatWireToolSchema).max(promptToolsMax).optional(),
    }),
    promptSetupSchema.extend({
      api: z.literal("messages"),
      params: sharedMessagesParamsSchema,
      tools: z.array(messagesWireToolSchema).max(promptToolsMax).optional(),
    }),
  ]),
});

export const sharedPromptSchema = promptSchema.extend({
  versions: z.array(sharedVersionSchema).min(1).max(promptVersionsMax),
});
export type SharedPrompt = z.infer<typeof sharedPromptSchema>;
