import { z } from "zod";

// The fields of a video task object (docs/apigo-wire-spec.md 7.3-7.4) the playground reads. Sources
// disagree on the status words, on where the result URL sits and on whether progress is a number or
// an "NN%" string, so each field is parsed leniently and everything else is tolerated.

const progressSchema = z
  .union([z.number(), z.string()])
  .transform((value) => {
    const n = typeof value === "number" ? value : Number.parseFloat(value.replace("%", ""));
    return Number.isFinite(n) ? Math.min(100, Math.max(0, n)) : undefined;
  })
  .nullish()
  .catch(undefined);

const urlField = z.string().nullish().catch(undefined);

const taskErrorSchema = z
  .union([
    z.object({ code: z.union([z.string(), z.number()]).nullish(), message: z.string().nullish() }),
    z.string().transform((message) => ({ code: undefined, message })),
  ])
  .nullish()
  .catch(undefined);

export const videoObjectSchema = z.object({
  id: z.string().min(1),
  status: z.string().nullish().catch(undefined),
  progress: progressSchema,
  model: z.string().nullish().catch(undefined),
  created_at: z.number().nullish().catch(undefined),
  completed_at: z.number().nullish().catch(undefined),
  seconds: z.union([z.string(), z.number()]).nullish().catch(undefined),
  size: z.string().nullish().catch(undefined),
  url: urlField,
  metadata: z.object({ url: urlField }).nullish().catch(undefined),
  error: taskErrorSchema,
  remixed_from_video_id: z.string().nullish().catch(undefined),
});
export type VideoObject = z.infer<typeof videoObjectSchema>;

/** The terminal summary kept in the browser so a finished job is shown without asking again. */
export const videoOutcomeSchema = z.object({
  status: z.enum(["completed", "failed"]),
  /** Client clock (ms) when the terminal status was first seen. */
  at: z.number(),
  errorCode: z.string().optional(),
  errorMessage: z.string().optional(),
  /** An http(s) link the gateway gave (url / metadata.url); shown as a link, never fetched by us. */
  externalUrl: z.string().optional(),
});
export type VideoOutcome = z.infer<typeof videoOutcomeSchema>;

/** One job as persisted in localStorage: what was asked for, never a key and never the video bytes. */
export const storedVideoJobSchema = z.object({
  id: z.string().regex(/^[A-Za-z0-9_-]{1,128}$/),
  prompt: z.string(),
  model: z.string(),
  size: z.string(),
  seconds: z.string(),
  vendor: z.string().default(""),
  /** Client clock (ms) when the create request answered. */
  createdAt: z.number(),
  remixOf: z.string().optional(),
  hadReference: z.boolean().default(false),
  outcome: videoOutcomeSchema.optional(),
});
export type StoredVideoJob = z.infer<typeof storedVideoJobSchema>;

export const storedVideoJobsSchema = z.array(storedVideoJobSchema.or(z.null()).catch(null));
