import { z } from "zod";

/** Body of PUT /api/session/upstream: one of the two fixed upstreams, never an address. */
export const setUpstreamSchema = z.object({ upstream: z.enum(["gateway", "simulator"]) }).strict();
export type SetUpstreamBody = z.infer<typeof setUpstreamSchema>;
