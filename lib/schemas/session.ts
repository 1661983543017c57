import * as z from "zod/mini";

// zod/mini: read in every page's first load (the settings button, the demo badge), where zod's classic
// API would add ~20 kB of gzip JavaScript. Only validity is read here, never zod's messages.

/** What GET/PUT/DELETE /api/session(/key) answer: never the key itself, only its last 4 characters. */
export const sessionInfoSchema = z.object({
  /** demo: no key, embedded simulator; user-key: the caller's own key; team: the server key behind an access code. */
  mode: z.enum(["demo", "user-key", "team", "no-key"]),
  keyHint: z.nullable(z.string()),
  /** Only the kind: the upstream's address is the operator's business (it may be internal). */
  upstream: z.object({ kind: z.enum(["simulator", "remote"]) }),
  defaultVendor: z.nullable(z.string()),
  accessRequired: z.boolean(),
  accessGranted: z.boolean(),
});
export type SessionInfo = z.infer<typeof sessionInfoSchema>;
