import { indentLines, isStreamBody, prettyJson, toPython } from "./request";
import { API_KEY_PLACEHOLDER, type CodeGenerator, type CodeRequest } from "./types";

// Body fields anthropic-python takes as keyword arguments of messages.create/stream; anything else
// (gateway extensions) goes through extra_body, or the SDK rejects the call.
const pythonKnown = new Set([
  "model",
  "max_tokens",
  "messages",
  "system",
  "metadata",
  "stop_sequences",
  "temperature",
  "top_p",
  "top_k",
  "thinking",
  "tools",
  "tool_choice",
  "service_tier",
]);

/** The SDKs take the host without `/v1` and post to `/v1/messages` themselves. */
function sdkHost(url: string): string {
  const index = url.indexOf("/v1/");
  return index === -1 ? url : url.slice(0, index);
}

/**
 * Headers the SDK does not set as we want: the key and content type are its own; `anthropic-version`
 * is kept because SDK v1 would otherwise send its own date (2026-10-21), not the one chosen here.
 */
function extraHeaders({ headers }: CodeRequest): Record<string, string> {
  return Object.fromEntries(
    Object.entries(headers).filter(
      ([k]) => k !== "authorization" && k !== "content-type" && k !== "x-api-key",
    ),
  );
}

function withoutStream(body: Record<string, unknown>): Record<string, unknown> {
  const { stream: _stream, ...rest } = body;
  return rest;
}

export const anthropicPythonGenerator: CodeGenerator = {
  id: "anthropic-python",
  label: "Anthropic Python SDK",
  language: "python",
  generate(request) {
    const headers = extraHeaders(request);
    const clientArgs = [
      `api_key="${API_KEY_PLACEHOLDER}"`,
      `base_url=${JSON.stringify(sdkHost(request.url))}`,
    ];
    if (Object.keys(headers).length > 0)
      clientArgs.push(`default_headers=${toPython(headers, 4).trimStart()}`);
    const args: string[] = [];
    const extra: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(withoutStream(request.body))) {
      if (pythonKnown.has(k)) args.push(`    ${k}=${toPython(v, 4)},`);
      else extra[k] = v;
    }
    if (Object.keys(extra).length > 0) args.push(`    extra_body=${toPython(extra, 4)},`);
    const call = isStreamBody(request.body)
      ? [
          "with client.messages.stream(",
          ...args,
          ") as stream:",
          "    for text in stream.text_stream:",
          '        print(text, end="", flush=True)',
          "    message = stream.get_final_message()",
          "print()",
          "print(message.stop_reason, message.usage)",
        ]
      : ["message = client.messages.create(", ...args, ")", "print(message.content)", "print(message.usage)"];
    return [
      "import anthropic",
      "",
      "client = anthropic.Anthropic(",
      ...clientArgs.map((a) => `    ${a},`),
      ")",
      "",
      ...call,
      "",
    ].join("\n");
  },
};

export const anthropicTypeScriptGenerator: CodeGenerator = {
  id: "anthropic-typescript",
  label: "Anthropic TypeScript SDK",
  language: "javascript",
  generate(request) {
    const headers = extraHeaders(request);
    const clientArgs = [
      `apiKey: "${API_KEY_PLACEHOLDER}"`,
      `baseURL: ${JSON.stringify(sdkHost(request.url))}`,
    ];
    if (Object.keys(headers).length > 0)
      clientArgs.push(`defaultHeaders: ${indentLines(prettyJson(headers), 2).trimStart()}`);
    const params = prettyJson(withoutStream(request.body));
    const call = isStreamBody(request.body)
      ? [
          `const stream = client.messages.stream(${params});`,
          'stream.on("text", (text) => process.stdout.write(text));',
          "const message = await stream.finalMessage();",
          "console.log();",
          "console.log(message.stop_reason, message.usage);",
        ]
      : [
          `const message = await client.messages.create(${params});`,
          "console.log(message.content);",
          "console.log(message.usage);",
        ];
    return [
      'import Anthropic from "@anthropic-ai/sdk";',
      "",
      "const client = new Anthropic({",
      ...clientArgs.map((a) => `  ${a},`),
      "});",
      "",
      ...call,
      "",
    ].join("\n");
  },
};
