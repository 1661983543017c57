import { z } from "zod";
import { MAX_SCHEMA_CHARS, TOOL_NAME } from "@/lib/tools/spec";

// Tools in a share (issue #20): a conversation's tool set as its editor keeps it (lib/tools/spec.ts
// ToolSettings), and a chat reply's tool turns. Allowlisted objects (unknown fields are dropped) with
// every string and list capped, like the rest of share-parts.ts.

/** More tools than any API takes in one request (OpenAI: 128). */
export const MAX_SHARED_TOOLS = 128;
/** Calls of one step (parallel calls) and steps of one reply. */
export const MAX_SHARED_CALLS = 128;
export const MAX_SHARED_STEPS = 100;

/**
 * One tool as typed: its schema stays text (a half-typed one is kept as it is, as the editor does).
 * The saved mock answer is shared: it is the user's test data, like the messages, and lets a teammate
 * repeat the run without typing.
 */
export const shareToolSchema = z.object({
  name: z.string().regex(TOOL_NAME, "tool names are 1-64 letters, digits, _ or -"),
  description: z.string().max(20_000),
  parameters: z.string().max(MAX_SCHEMA_CHARS),
  mock: z.string().max(100_000).optional(),
  mockError: z.boolean().optional(),
});
export type ShareTool = z.infer<typeof shareToolSchema>;

export const shareToolSettingsSchema = z.object({
  tools: z.array(shareToolSchema).max(MAX_SHARED_TOOLS),
  /** `auto`, `none`, `required` (Messages: `any`) or `tool:<name>`. */
  choice: z.string().regex(/^(auto|none|required|tool:[a-zA-Z0-9_-]{1,64})$/, "not a tool choice"),
  parallel: z.enum(["default", "on", "off"]),
});
export type ShareToolSettings = z.infer<typeof shareToolSettingsSchema>;

/** A call of a chat reply, with the result the user gave it (absent while it waited). */
export const chatShareToolCallSchema = z.object({
  id: z.string().min(1).max(200),
  // The name the model sent, which need not be one of the tools.
  name: z.string().max(200),
  /** The arguments' JSON text as the model sent them. */
  arguments: z.string().max(200_000),
  result: z.string().max(1_000_000).optional(),
  isError: z.boolean().optional(),
});
export type ChatShareToolCall = z.infer<typeof chatShareToolCallSchema>;

/** One step of a reply that called tools: one assistant message on the wire, then its tool messages. */
export const chatShareStepSchema = z.object({
  content: z.string().max(1_000_000),
  reasoning: z.string().max(1_000_000).optional(),
  toolCalls: z.array(chatShareToolCallSchema).max(MAX_SHARED_CALLS).optional(),
});
export type ChatShareStep = z.infer<typeof chatShareStepSchema>;

export const chatShareStepsSchema = z.array(chatShareStepSchema).max(MAX_SHARED_STEPS);
