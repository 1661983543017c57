import { createMessagesDialect } from "@/lib/streaming/dialects/messages";
import { frameBareJsonLines } from "@/lib/streaming/dialects/messages-framing";
import type { PlaygroundMessage } from "@/lib/streaming/metadata";
import {
  type BuiltRequest,
  DialectTransport,
  type DialectTransportOptions,
  type RequestConfig,
} from "@/lib/streaming/transport";
import { buildMessagesBody, type MessagesConfig, messagesHeaders } from "./request";

export const MESSAGES_URL = "/api/apigo/v1/messages";

export type MessagesTransportConfig = MessagesConfig & RequestConfig;

/**
 * The shared DialectTransport for /v1/messages. It adds the Anthropic headers to the request both as
 * sent and as reported to `onRequest` (the inspector and View code show exactly what went out), and
 * frames new-api's bare mid-stream error JSON so the dialect can report it.
 */
export function createMessagesTransport(
  options: Omit<DialectTransportOptions<MessagesTransportConfig>, "url" | "buildBody" | "createDialect">,
) {
  const doFetch = options.fetch ?? ((...args: Parameters<typeof fetch>) => globalThis.fetch(...args));
  // Set while a request is built, read by onRequest and fetch of the same send (synchronous hand-off).
  let headers: Record<string, string> = {};
  return new MessagesTransport(() => headers, {
    ...options,
    url: MESSAGES_URL,
    buildBody: (messages, config) => {
      headers = messagesHeaders(config);
      return buildMessagesBody(messages, config);
    },
    createDialect: createMessagesDialect,
    onRequest: (request, exchange) => {
      const withHeaders = { ...request, headers: { ...request.headers, ...headers } };
      options.onRequest?.(withHeaders, { ...exchange, request: withHeaders });
    },
    fetch: async (input, init) => {
      const merged = new Headers(init?.headers);
      for (const [name, value] of Object.entries(headers)) merged.set(name, value);
      const response = await doFetch(input, { ...init, headers: merged });
      const streamed = response.headers.get("content-type")?.includes("text/event-stream");
      if (!response.ok || !response.body || !streamed) return response;
      return new Response(frameBareJsonLines(response.body), {
        status: response.status,
        statusText: response.statusText,
        headers: response.headers,
      });
    },
  });
}

/** The shared transport, whose `buildRequest` (used by View code) includes the Anthropic headers. */
class MessagesTransport extends DialectTransport<MessagesTransportConfig> {
  readonly #headers: () => Record<string, string>;

  constructor(
    headers: () => Record<string, string>,
    options: DialectTransportOptions<MessagesTransportConfig>,
  ) {
    super(options);
    this.#headers = headers;
  }

  override buildRequest(messages: PlaygroundMessage[]): BuiltRequest {
    const request = super.buildRequest(messages);
    return { ...request, headers: { ...request.headers, ...this.#headers() } };
  }
}
