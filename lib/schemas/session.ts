import * as z from "zod/mini";

// zod/mini: read in every page's first load (the settings button, the demo badge), where zod's classic
// API would add ~20 kB of gzip JavaScript. Only validity is read here, never zod's messages.

/** What GET/PUT/DELETE /api/session(/key) answer: never the key itself, only its last 4 characters. */
export const sessionInfoSchema = z.object({
  /** demo: no key, embedded simulator; user-key: the caller's own key; team: the server key behind an access code. */
  mode: z.enum(["demo", "user-key", "team", "no-key"]),
  keyHint: z.nullable(z.string()),
  /**
   * Which upstream answers this caller's requests; never an address (the operator's business, it may be
   * internal): `gateway` says only whether it is API·GO's public one. `forced`: APIGO_BASE_URL=simulator.
   */
  upstream: z.object({
    kind: z.enum(["simulator", "remote"]),
    forced: z.boolean(),
    gateway: z.nullable(z.enum(["apigo", "custom"])),
  }),
  defaultVendor: z.nullable(z.string()),
  accessRequired: z.boolean(),
  accessGranted: z.boolean(),
});
export type SessionInfo = z.infer<typeof sessionInfoSchema>;
