import { z } from "zod";

// The compare fan-out wire (/tmp/briefs/compare-protocol.md): one POST carries every pane of a send,
// the reply interleaves the panes' bodies as SSE events tagged by pane. Shared by the route and the
// browser mux, so both read the same shapes.

export const COMPARE_MAX_PANES = 6;
export const PANE_ID = /^[A-Za-z0-9_-]{1,32}$/;
/** 128-bit random, base64url without padding. */
export const RUN_ID = /^[A-Za-z0-9_-]{22}$/;

export const compareApiSchema = z.enum(["chat-completions", "messages"]);
export type CompareApi = z.infer<typeof compareApiSchema>;

// Header values go upstream as they are: printable ASCII only, so no header splitting or odd bytes.
const headerValue = z.string().regex(/^[\x20-\x7e]{1,200}$/, "must be printable ASCII, 1-200 characters");

export const comparePaneSchema = z.strictObject({
  id: z.string().regex(PANE_ID, "must be 1-32 letters, digits, _ or -"),
  api: compareApiSchema,
  vendor: headerValue.optional(),
  anthropicVersion: headerValue.optional(),
  anthropicBeta: headerValue.optional(),
  /** The exact JSON body the pane would POST on its own; the upstream judges its contents. */
  body: z.record(z.string(), z.unknown()),
});
export type ComparePane = z.infer<typeof comparePaneSchema>;

export const compareBodySchema = z.strictObject({
  panes: z
    .array(comparePaneSchema)
    .min(1)
    .max(COMPARE_MAX_PANES)
    .refine((panes) => new Set(panes.map((p) => p.id)).size === panes.length, "pane ids must be unique"),
});
export type CompareBody = z.infer<typeof compareBodySchema>;

export const compareEventSchema = z.discriminatedUnion("t", [
  z.object({ t: z.literal("start"), run: z.string() }),
  z.object({
    t: z.literal("head"),
    pane: z.string(),
    status: z.number().int(),
    headers: z.record(z.string(), z.string()),
  }),
  z.object({ t: z.literal("chunk"), pane: z.string(), data: z.string() }),
  z.object({ t: z.literal("end"), pane: z.string() }),
  z.object({ t: z.literal("cut"), pane: z.string(), message: z.string() }),
  z.object({ t: z.literal("done") }),
]);
export type CompareEvent = z.infer<typeof compareEventSchema>;

/** Our proxy paths per API; a pane fetch names one of them. */
export const COMPARE_API_PATHS: Record<CompareApi, string> = {
  "chat-completions": "/api/apigo/v1/chat/completions",
  messages: "/api/apigo/v1/messages",
};
