import { z } from "zod";

// Only the fields of a streamed chat.completion.chunk the playground reads; everything else is tolerated.
const usageSchema = z.object({
  prompt_tokens: z.number().nullish(),
  completion_tokens: z.number().nullish(),
  total_tokens: z.number().nullish(),
  prompt_tokens_details: z.object({ cached_tokens: z.number().nullish() }).nullish(),
  completion_tokens_details: z.object({ reasoning_tokens: z.number().nullish() }).nullish(),
});

// The text fields of a streamed `delta` and of a whole `message` are the same. DeepSeek-style upstreams
// and new-api conversions use reasoning_content; some use reasoning.
const textFieldsSchema = z.object({
  content: z.string().nullish(),
  reasoning_content: z.string().nullish(),
  reasoning: z.string().nullish(),
});

const completionFields = {
  id: z.string().nullish(),
  model: z.string().nullish(),
  usage: usageSchema.nullish(),
};
const choiceFields = { index: z.number().nullish(), finish_reason: z.string().nullish() };

export const chatCompletionChunkSchema = z.object({
  ...completionFields,
  choices: z.array(z.object({ ...choiceFields, delta: textFieldsSchema.nullish() })).nullish(),
});
export type ChatCompletionChunk = z.infer<typeof chatCompletionChunkSchema>;

/** A non-stream `chat.completion` body: the fields the playground reads. */
export const chatCompletionSchema = z.object({
  ...completionFields,
  choices: z.array(z.object({ ...choiceFields, message: textFieldsSchema.nullish() })).nullish(),
});
export type ChatCompletionUsage = z.infer<typeof usageSchema>;

/** One message of the request body. Text only for now; images come with the full console. */
export interface ChatCompletionMessage {
  role: "system" | "user" | "assistant";
  content: string;
}

/** Models list of new-api (`GET /v1/models`): chat-capable entries list "openai" among their endpoint types. */
export const modelListSchema = z.object({
  data: z.array(
    z.object({
      id: z.string(),
      owned_by: z.string().nullish(),
      supported_endpoint_types: z.array(z.string()).nullish(),
    }),
  ),
});
export type ModelList = z.infer<typeof modelListSchema>;
