import * as z from "zod/mini";

// zod/mini: the models list is read in the first load of the chat pages, and the dialect parses every
// streamed chunk; zod's classic API would add ~20 kB of gzip JavaScript to those pages.

// Only the fields of a streamed chat.completion.chunk the playground reads; everything else is tolerated.
const usageSchema = z.object({
  prompt_tokens: z.nullish(z.number()),
  completion_tokens: z.nullish(z.number()),
  total_tokens: z.nullish(z.number()),
  prompt_tokens_details: z.nullish(z.object({ cached_tokens: z.nullish(z.number()) })),
  completion_tokens_details: z.nullish(z.object({ reasoning_tokens: z.nullish(z.number()) })),
});

// The text fields of a streamed `delta` and of a whole `message` are the same. DeepSeek-style upstreams
// and new-api conversions use reasoning_content; some use reasoning.
// A streamed tool call comes in fragments keyed by `index`; id, type and name come with the first.
const toolCallSchema = z.object({
  index: z.nullish(z.number()),
  id: z.nullish(z.string()),
  function: z.nullish(z.object({ name: z.nullish(z.string()), arguments: z.nullish(z.string()) })),
});
const textFieldsSchema = z.object({
  content: z.nullish(z.string()),
  reasoning_content: z.nullish(z.string()),
  reasoning: z.nullish(z.string()),
  tool_calls: z.nullish(z.array(toolCallSchema)),
});

const completionFields = {
  id: z.nullish(z.string()),
  model: z.nullish(z.string()),
  usage: z.nullish(usageSchema),
};
const choiceFields = { index: z.nullish(z.number()), finish_reason: z.nullish(z.string()) };

export const chatCompletionChunkSchema = z.object({
  ...completionFields,
  choices: z.nullish(z.array(z.object({ ...choiceFields, delta: z.nullish(textFieldsSchema) }))),
});
export type ChatCompletionChunk = z.infer<typeof chatCompletionChunkSchema>;

/** A non-stream `chat.completion` body: the fields the playground reads. */
export const chatCompletionSchema = z.object({
  ...completionFields,
  choices: z.nullish(z.array(z.object({ ...choiceFields, message: z.nullish(textFieldsSchema) }))),
});
export type ChatCompletionUsage = z.infer<typeof usageSchema>;

/** Models list of new-api (`GET /v1/models`): chat-capable entries list "openai" among their endpoint types. */
export const modelListSchema = z.object({
  data: z.array(
    z.object({
      id: z.string(),
      owned_by: z.nullish(z.string()),
      supported_endpoint_types: z.nullish(z.array(z.string())),
    }),
  ),
});
export type ModelList = z.infer<typeof modelListSchema>;
