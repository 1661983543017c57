import { createMessagesDialect } from "@/lib/streaming/dialects/messages";
import { frameBareJsonLines } from "@/lib/streaming/dialects/messages-framing";
import {
  DialectTransport,
  type DialectTransportOptions,
  type RequestConfig,
} from "@/lib/streaming/transport";
import { buildMessagesBody, type MessagesConfig, messagesHeaders } from "./request";

export const MESSAGES_URL = "/api/apigo/v1/messages";

export type MessagesTransportConfig = MessagesConfig & RequestConfig;

/** new-api's bare mid-stream error JSON, framed as SSE so that the dialect can report it. */
function framedStream(response: Response): Response {
  const streamed = response.headers.get("content-type")?.includes("text/event-stream");
  if (!response.body || !streamed) return response;
  return new Response(frameBareJsonLines(response.body), {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
}

/** The DialectTransport for /v1/messages: its body, the Anthropic headers and its stream dialect. */
export function createMessagesTransport(
  options: Omit<DialectTransportOptions<MessagesTransportConfig>, "url" | "buildBody" | "createDialect">,
) {
  return new DialectTransport<MessagesTransportConfig>({
    ...options,
    url: MESSAGES_URL,
    buildBody: buildMessagesBody,
    headers: messagesHeaders,
    wrapResponse: framedStream,
    createDialect: createMessagesDialect,
  });
}
