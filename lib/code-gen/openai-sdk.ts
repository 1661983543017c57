import { indentLines, isStreamBody, prettyJson, sdkBaseUrl, toPython } from "./request";
import { API_KEY_PLACEHOLDER, type CodeGenerator, type CodeRequest } from "./types";

// Body fields the openai Python SDK takes as keyword arguments of chat.completions.create; anything
// else (gateway extensions) must go through extra_body or the SDK rejects the call.
const pythonKnown = new Set([
  "model",
  "messages",
  "audio",
  "frequency_penalty",
  "logit_bias",
  "logprobs",
  "max_completion_tokens",
  "max_tokens",
  "metadata",
  "modalities",
  "n",
  "parallel_tool_calls",
  "prediction",
  "presence_penalty",
  "prompt_cache_key",
  "reasoning_effort",
  "response_format",
  "safety_identifier",
  "seed",
  "service_tier",
  "stop",
  "store",
  "stream",
  "stream_options",
  "temperature",
  "tool_choice",
  "tools",
  "top_logprobs",
  "top_p",
  "user",
  "verbosity",
  "web_search_options",
]);

/** Headers the SDK does not set itself (it adds the key and content type). */
function extraHeaders({ headers }: CodeRequest): Record<string, string> {
  return Object.fromEntries(
    Object.entries(headers).filter(
      ([k]) => k !== "authorization" && k !== "content-type" && k !== "x-api-key",
    ),
  );
}

export const openaiPythonGenerator: CodeGenerator = {
  id: "openai-python",
  label: "OpenAI Python SDK",
  language: "python",
  generate(request) {
    const { body } = request;
    const headers = extraHeaders(request);
    const clientArgs = [
      `api_key="${API_KEY_PLACEHOLDER}"`,
      `base_url=${JSON.stringify(sdkBaseUrl(request.url))}`,
    ];
    if (Object.keys(headers).length > 0)
      clientArgs.push(`default_headers=${toPython(headers, 4).trimStart()}`);
    const args: string[] = [];
    const extra: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(body)) {
      if (pythonKnown.has(k)) args.push(`    ${k}=${toPython(v, 4)},`);
      else extra[k] = v;
    }
    if (Object.keys(extra).length > 0) args.push(`    extra_body=${toPython(extra, 4)},`);
    const read = isStreamBody(body)
      ? [
          "for chunk in completion:",
          "    if chunk.choices and chunk.choices[0].delta.content:",
          '        print(chunk.choices[0].delta.content, end="", flush=True)',
          "print()",
        ]
      : ["print(completion.choices[0].message.content)"];
    return [
      "from openai import OpenAI",
      "",
      "client = OpenAI(",
      ...clientArgs.map((a) => `    ${a},`),
      ")",
      "",
      "completion = client.chat.completions.create(",
      ...args,
      ")",
      ...read,
      "",
    ].join("\n");
  },
};

export const openaiNodeGenerator: CodeGenerator = {
  id: "openai-node",
  label: "OpenAI Node SDK",
  language: "javascript",
  generate(request) {
    const { body } = request;
    const headers = extraHeaders(request);
    const clientArgs = [
      `apiKey: "${API_KEY_PLACEHOLDER}"`,
      `baseURL: ${JSON.stringify(sdkBaseUrl(request.url))}`,
    ];
    if (Object.keys(headers).length > 0)
      clientArgs.push(`defaultHeaders: ${indentLines(prettyJson(headers), 2).trimStart()}`);
    const read = isStreamBody(body)
      ? [
          "for await (const chunk of completion) {",
          '  process.stdout.write(chunk.choices[0]?.delta?.content ?? "");',
          "}",
        ]
      : ["console.log(completion.choices[0]?.message.content);"];
    return [
      'import OpenAI from "openai";',
      "",
      "const client = new OpenAI({",
      ...clientArgs.map((a) => `  ${a},`),
      "});",
      "",
      `const completion = await client.chat.completions.create(${prettyJson(body)});`,
      ...read,
      "",
    ].join("\n");
  },
};
