import { z } from "zod";

/** Body of PUT /api/session/access (team mode). */
export const accessCodeSchema = z.object({ code: z.string().min(1).max(256) });
export type AccessCodeBody = z.infer<typeof accessCodeSchema>;

/** GET /api/health. */
export const healthSchema = z.object({ ok: z.literal(true), upstream: z.enum(["simulator", "remote"]) });
export type Health = z.infer<typeof healthSchema>;

/** GET /api/health/ready. */
export const readinessSchema = z.union([
  z.object({ ready: z.literal(true), store: z.enum(["sqlite", "postgres"]) }),
  z.object({ ready: z.literal(false), reason: z.string() }),
]);
export type Readiness = z.infer<typeof readinessSchema>;
