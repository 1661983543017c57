import { z } from "zod";

/** `POST /v1/images/generations` reply: only the fields the gallery keeps; the rest is tolerated. */
export const imageGenerationResponseSchema = z.object({
  created: z.number().nullish(),
  data: z
    .array(
      z.object({
        url: z.string().nullish(),
        b64_json: z.string().nullish(),
        revised_prompt: z.string().nullish(),
      }),
    )
    .min(1),
  size: z.string().nullish(),
  output_format: z.string().nullish(),
});
export type ImageGenerationResponse = z.infer<typeof imageGenerationResponseSchema>;

/** What the form holds: enough to rebuild a request ("reuse settings") and to label a batch. */
export const imageParamsSchema = z.object({
  prompt: z.string(),
  model: z.string(),
  size: z.string(),
  n: z.number().int().min(1),
  quality: z.string(),
  style: z.string(),
  responseFormat: z.enum(["url", "b64_json"]),
  background: z.string(),
  outputFormat: z.string(),
  /** Per-request override of the `vendor` header; empty uses the Settings default. */
  vendor: z.string(),
});
export type ImageParams = z.infer<typeof imageParamsSchema>;

export const displayErrorSchema = z.object({
  status: z.number(),
  message: z.string(),
  type: z.string().optional(),
  code: z.string().optional(),
  requestId: z.string().optional(),
  retryAfterSeconds: z.number().optional(),
});

/** One request and its outcome, as stored in IndexedDB. */
export const storedBatchSchema = z.object({
  id: z.string(),
  createdAt: z.number(),
  durationMs: z.number(),
  params: imageParamsSchema,
  requestId: z.string().optional(),
  error: displayErrorSchema.optional(),
});
export type StoredBatch = z.infer<typeof storedBatchSchema>;

/** One image's metadata; its bytes live in the `blobs` store under the same id. */
export const storedImageSchema = z.object({
  id: z.string(),
  batchId: z.string(),
  /** 0-based position in its batch. */
  index: z.number().int(),
  createdAt: z.number(),
  model: z.string(),
  size: z.string(),
  prompt: z.string(),
  revisedPrompt: z.string().optional(),
  durationMs: z.number(),
  mime: z.string(),
  bytes: z.number(),
  width: z.number().optional(),
  height: z.number().optional(),
  /** Kept when the image could not be stored (host without CORS): shown from its host, may expire. */
  remoteUrl: z.string().optional(),
});
export type StoredImage = z.infer<typeof storedImageSchema>;
