import { z } from "zod";
import { paramsFromBody, paramsToBody } from "@/lib/schemas/chat-params";
import { modelIdSchema, systemPromptSchema, vendorSchema } from "@/lib/schemas/setup-fields";
import {
  defaultMessagesPaneParams,
  MAX_PANES,
  type MessagesPaneParams,
  newPaneId,
  type PaneSetup,
} from "./setup";

// The compare setup in the address bar, so copying the URL shares it: `?c=` + base64url of a compact
// JSON (panes as tuples, parameters as the request fields they send, defaults left out). Read back
// through zod: a hand-edited or truncated link falls back to the defaults instead of breaking the page.
// The prompt being typed rides along (`q`), so a link can ask a question as well as set it up; replies
// and keys are never part of it, and a prompt that holds something key-like stays out.

export const URL_PARAM = "c";

export interface CompareSetup {
  panes: PaneSetup[];
  /** The shared system prompt. */
  system: string;
  sync: boolean;
  repeat: number;
  /** The prompt in the composer, not sent yet. */
  prompt: string;
}

export const MAX_REPEAT = 10;
/** Longer prompts stay out of the address (browsers and servers cut long URLs). */
export const MAX_URL_PROMPT = 4_000;
const KEY_LIKE = /\bsk-[A-Za-z0-9_-]{6,}/;

const messagesParamsSchema = z
  .object({
    cacheSystem: z.boolean(),
    maxTokens: z.string().max(32),
    temperature: z.string().max(32),
    topP: z.string().max(32),
    topK: z.string().max(32),
    stopSequences: z.string().max(2_000),
    thinking: z.boolean(),
    budgetTokens: z.string().max(32),
    stream: z.boolean(),
    anthropicVersion: z.string().max(32),
    anthropicBeta: z.string().max(200),
  })
  .partial();

const paneTupleSchema = z.tuple([
  z.enum(["c", "m"]),
  modelIdSchema,
  vendorSchema,
  // chat: the body's parameter fields (temperature, max_tokens, stop, stream: false, …); messages: the
  // form fields that differ from the defaults.
  z.record(z.string(), z.unknown()),
  // The pane's own system prompt; absent or null = the shared one.
  systemPromptSchema.nullable().optional(),
]);

const setupSchema = z.object({
  p: z.array(paneTupleSchema).min(1).max(MAX_PANES),
  s: systemPromptSchema.optional(),
  y: z.literal(1).optional(),
  r: z.number().int().min(1).max(MAX_REPEAT).optional(),
  q: z.string().max(MAX_URL_PROMPT).optional(),
});

/** Whether the address may carry this prompt. */
export function promptFitsUrl(prompt: string): boolean {
  return prompt.length <= MAX_URL_PROMPT && !KEY_LIKE.test(prompt);
}

function messagesDiff(params: MessagesPaneParams): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(params)) {
    if (defaultMessagesPaneParams[key as keyof MessagesPaneParams] !== value) out[key] = value;
  }
  return out;
}

function paneTuple(pane: PaneSetup): z.infer<typeof paneTupleSchema> {
  const params =
    pane.api === "messages"
      ? messagesDiff(pane.messages)
      : { ...paramsToBody(pane.chat), ...(pane.chat.stream ? {} : { stream: false }) };
  const tuple: z.infer<typeof paneTupleSchema> = [
    pane.api === "messages" ? "m" : "c",
    pane.model,
    pane.vendor,
    params,
  ];
  if (pane.system !== null) tuple.push(pane.system);
  return tuple;
}

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(text: string): string {
  const binary = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
  return new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

export function encodeSetup(setup: CompareSetup): string {
  const json = {
    p: setup.panes.map(paneTuple),
    ...(setup.system ? { s: setup.system } : {}),
    ...(setup.sync ? { y: 1 as const } : {}),
    ...(setup.repeat > 1 ? { r: setup.repeat } : {}),
    ...(setup.prompt && promptFitsUrl(setup.prompt) ? { q: setup.prompt } : {}),
  };
  return toBase64Url(JSON.stringify(json));
}

/** The setup a `c` value describes, or undefined when it is not one (wrong shape, truncated, edited). */
export function decodeSetup(value: string | null | undefined): CompareSetup | undefined {
  if (!value || value.length > 100_000) return undefined;
  let raw: unknown;
  try {
    raw = JSON.parse(fromBase64Url(value));
  } catch {
    return undefined;
  }
  const parsed = setupSchema.safeParse(raw);
  if (!parsed.success) return undefined;
  const panes = parsed.data.p.map(([api, model, vendor, params, system]): PaneSetup => {
    const messages = messagesParamsSchema.safeParse(api === "m" ? params : {});
    return {
      id: newPaneId(),
      api: api === "m" ? "messages" : "chat-completions",
      model,
      vendor,
      system: system ?? null,
      chat: paramsFromBody(api === "c" ? params : {}),
      messages: { ...defaultMessagesPaneParams, ...(messages.success ? messages.data : {}) },
    };
  });
  return {
    panes,
    system: parsed.data.s ?? "",
    sync: parsed.data.y === 1,
    repeat: parsed.data.r ?? 1,
    prompt: parsed.data.q && promptFitsUrl(parsed.data.q) ? parsed.data.q : "",
  };
}

/** Whether two setups ask the same panes the same way (the prompt being typed aside). */
export function sameSetup(a: CompareSetup, b: CompareSetup): boolean {
  return encodeSetup({ ...a, prompt: "" }) === encodeSetup({ ...b, prompt: "" });
}

/** The page URL for a setup (same path, `?c=`). */
export function setupSearch(setup: CompareSetup): string {
  return `?${URL_PARAM}=${encodeSetup(setup)}`;
}
