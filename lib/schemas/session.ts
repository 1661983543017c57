import { z } from "zod";

/** What GET/PUT/DELETE /api/session(/key) answer: never the key itself, only its last 4 characters. */
export const sessionInfoSchema = z.object({
  /** demo: no key, embedded simulator; user-key: the caller's own key; team: the server key behind an access code. */
  mode: z.enum(["demo", "user-key", "team", "no-key"]),
  keyHint: z.string().nullable(),
  upstream: z.object({
    kind: z.enum(["simulator", "remote"]),
    origin: z.string().nullable(),
  }),
  defaultVendor: z.string().nullable(),
  accessRequired: z.boolean(),
  accessGranted: z.boolean(),
});
export type SessionInfo = z.infer<typeof sessionInfoSchema>;

/** Body of PUT /api/session/key. Printable ASCII only: a key never has spaces or control characters. */
export const setKeySchema = z.object({
  key: z
    .string()
    .trim()
    .min(1)
    .max(512)
    .regex(/^[\x21-\x7e]+$/, "The key may only hold printable characters without spaces"),
});
export type SetKeyBody = z.infer<typeof setKeySchema>;
