import { anthropicPythonGenerator, anthropicTypeScriptGenerator } from "./anthropic-sdk";
import { curlGenerator } from "./curl";
import { nodeFetchGenerator } from "./node-fetch";
import { pythonRequestsGenerator } from "./python-requests";
import { type PublicRequestOptions, toPublicRequest } from "./request";
import type { CodeGenerator, CodeRequest } from "./types";

/** What the Messages tab offers: cURL as in API·GO's docs, two HTTP clients and Anthropic's SDKs. */
export const messagesGenerators: CodeGenerator[] = [
  curlGenerator,
  pythonRequestsGenerator,
  nodeFetchGenerator,
  anthropicPythonGenerator,
  anthropicTypeScriptGenerator,
];

/** Anthropic's own convention for the key on /v1/messages (new-api accepts it on this route). */
export const messagesAuth: PublicRequestOptions = { auth: "x-api-key" };

export function toPublicMessagesRequest(built: {
  url: string;
  headers: Record<string, string>;
  body: string;
}): CodeRequest {
  return toPublicRequest(built, messagesAuth);
}
