import * as z from "zod/mini";
import type { PersistStorage, StorageValue } from "zustand/middleware";
import type { PlaygroundMessage } from "@/lib/conversations/metadata";
import { storedMessagesSchema } from "@/lib/conversations/schema";
import { type ToolSettings, toolSettingsOf } from "@/lib/tools/spec";
import type { RunRecord } from "./store";
import { type CompareSetup, decodeSetup, encodeSetup } from "./url-state";

// The compare tab kept across reloads: the setup (as the address encodes it, so it is read back
// through the same zod schema), each pane's conversation and its runs (the summary), by pane order, and
// the tool set the panes share (here rather than in the address: a few schemas with saved answers run
// to kilobytes, which links should not carry).

export interface PaneRuns {
  turnRuns: Record<string, RunRecord[]>;
  allRuns: Record<string, RunRecord[]>;
}

export interface StoredSession {
  c: string;
  h: PlaygroundMessage[][];
  /** Per pane: the latest send's runs and every run (absent in sessions saved before the summary was kept). */
  r?: [RunRecord[], RunRecord[]][];
  /** The shared tool set, when there is one (read back through toolSettingsOf). */
  t?: ToolSettings;
}

const sessionSchema = z.object({
  c: z.string(),
  h: z.array(z.unknown()),
  r: z.optional(z.array(z.unknown())),
  t: z.optional(z.unknown()),
});
const num = z.optional(z.number());
// What the summary reads of a run (lib/compare/stats.ts); the rest of the metadata is kept as it was.
const runSchema = z.object({
  meta: z.looseObject({
    ttftMs: num,
    totalMs: num,
    usage: z.optional(
      z.looseObject({ promptTokens: num, completionTokens: num, reasoningTokens: num, cachedTokens: num }),
    ),
  }),
  failed: z.boolean(),
});
const paneRunsSchema = z.tuple([z.array(runSchema), z.array(runSchema)]);

export function toStoredSession(
  setup: CompareSetup,
  histories: Record<string, PlaygroundMessage[]>,
  runs: PaneRuns = { turnRuns: {}, allRuns: {} },
  tools?: ToolSettings,
): StoredSession {
  return {
    c: encodeSetup(setup),
    h: setup.panes.map((p) => histories[p.id] ?? []),
    r: setup.panes.map((p) => [runs.turnRuns[p.id] ?? [], runs.allRuns[p.id] ?? []]),
    ...(tools && tools.tools.length > 0 && { t: tools }),
  };
}

/** A stored session read back (fresh pane ids), or undefined when it is not one; unreadable threads and runs are left empty. */
export function fromStoredSession(
  value: unknown,
):
  | ({ setup: CompareSetup; histories: Record<string, PlaygroundMessage[]>; tools: ToolSettings } & PaneRuns)
  | undefined {
  const parsed = sessionSchema.safeParse(value);
  const setup = parsed.success ? decodeSetup(parsed.data.c) : undefined;
  if (!parsed.success || !setup) return undefined;
  const histories: Record<string, PlaygroundMessage[]> = {};
  const turnRuns: Record<string, RunRecord[]> = {};
  const allRuns: Record<string, RunRecord[]> = {};
  for (const [i, pane] of setup.panes.entries()) {
    const thread = storedMessagesSchema.safeParse(parsed.data.h[i]);
    // The schema checked the message shape the UI relies on; the AI SDK type is wider.
    if (thread.success) histories[pane.id] = thread.data as unknown as PlaygroundMessage[];
    const runs = paneRunsSchema.safeParse(parsed.data.r?.[i]);
    if (runs.success) {
      // As with threads: the fields the summary reads were checked; the metadata type is wider.
      turnRuns[pane.id] = runs.data[0] as RunRecord[];
      allRuns[pane.id] = runs.data[1] as RunRecord[];
    }
  }
  return { setup, histories, turnRuns, allRuns, tools: toolSettingsOf(parsed.data.t) };
}

/**
 * localStorage behind zustand's persist, written at most every `delayMs` (a reply's settle, typing a
 * system prompt: serialising six threads per keystroke is wasted work), and at once from
 * `beforeunload` on, so what the page saves while it goes away (a stream cut by a reload) is on disk
 * before it ends.
 */
export function deferredLocalStorage<S>(delayMs = 400): PersistStorage<S> | undefined {
  if (typeof window === "undefined") return undefined;
  let pending: { name: string; value: StorageValue<S> } | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let leaving = false;
  const flush = () => {
    clearTimeout(timer);
    timer = undefined;
    if (!pending) return;
    const { name, value } = pending;
    pending = undefined;
    try {
      localStorage.setItem(name, JSON.stringify(value));
    } catch {
      // Over quota or storage disabled: the session is not kept, the page works on.
    }
  };
  const leave = () => {
    leaving = true;
    flush();
  };
  // beforeunload too: Chromium cancels the page's fetches before pagehide, and what the panes save
  // when the page starts to go (see useComparePane) must reach the disk.
  window.addEventListener("beforeunload", leave);
  window.addEventListener("pagehide", leave);
  window.addEventListener("pageshow", () => {
    leaving = false;
  });
  return {
    getItem(name) {
      try {
        const raw = localStorage.getItem(name);
        return raw ? (JSON.parse(raw) as StorageValue<S>) : null;
      } catch {
        return null;
      }
    },
    setItem(name, value) {
      pending = { name, value };
      if (leaving) flush();
      else timer ??= setTimeout(flush, delayMs);
    },
    removeItem(name) {
      pending = undefined;
      localStorage.removeItem(name);
    },
  };
}
