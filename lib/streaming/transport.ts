import type { ChatTransport } from "ai";
import { parseErrorBody } from "@/lib/errors";
import { type DialectContext, type StreamDialect, toReplyStream } from "./dialect";
import {
  buildChatCompletionsBody,
  type ChatCompletionsConfig,
  createChatCompletionsDialect,
} from "./dialects/chat-completions";
import { ChatRequestError } from "./errors";
import type { PlaygroundMessage } from "./metadata";

/** The request exactly as sent, for the inspector and "View code". */
export interface BuiltRequest {
  url: string;
  method: "POST";
  headers: Record<string, string>;
  body: string;
}

export interface RequestConfig {
  /** Sent as the `vendor` header when set: picks the upstream vendor on API·GO. */
  vendor?: string;
}

export interface DialectTransportOptions<C extends RequestConfig> {
  /** Path on our proxy, e.g. `/api/apigo/v1/chat/completions`. */
  url: string;
  /** Read at send time, so model and parameter changes apply to the next request. */
  getConfig: () => C;
  buildBody: (messages: PlaygroundMessage[], config: C) => object;
  createDialect: () => StreamDialect;
  onRequest?: (request: BuiltRequest) => void;
  fetch?: typeof fetch;
  now?: () => number;
}

/** A useChat transport for one upstream API: builds its body, POSTs it, reads its stream dialect. */
export class DialectTransport<C extends RequestConfig> implements ChatTransport<PlaygroundMessage> {
  readonly #options: DialectTransportOptions<C>;

  constructor(options: DialectTransportOptions<C>) {
    this.#options = options;
  }

  buildRequest(messages: PlaygroundMessage[]): BuiltRequest {
    const config = this.#options.getConfig();
    const headers: Record<string, string> = {
      "content-type": "application/json",
      accept: "text/event-stream",
    };
    const vendor = config.vendor?.trim();
    if (vendor) headers.vendor = vendor;
    const body = JSON.stringify(this.#options.buildBody(messages, config));
    return { url: this.#options.url, method: "POST", headers, body };
  }

  async sendMessages({
    messages,
    abortSignal,
  }: Parameters<ChatTransport<PlaygroundMessage>["sendMessages"]>[0]) {
    const { fetch: doFetch = globalThis.fetch, now = () => performance.now() } = this.#options;
    const request = this.buildRequest(messages);
    this.#options.onRequest?.(request);
    const startedAt = now();
    let response: Response;
    try {
      response = await doFetch(request.url, {
        method: request.method,
        headers: request.headers,
        body: request.body,
        credentials: "same-origin",
        signal: abortSignal,
      });
    } catch (error) {
      if (abortSignal?.aborted || (error instanceof Error && error.name === "AbortError")) throw error;
      throw new ChatRequestError({
        status: 0,
        message: error instanceof Error ? error.message : String(error),
      });
    }
    if (!response.ok) {
      const text = await response.text().catch(() => "");
      throw new ChatRequestError(parseErrorBody(response.status, text, response.headers));
    }
    const ctx: DialectContext = {
      startedAt,
      now,
      requestId: response.headers.get("x-oneapi-request-id") ?? undefined,
    };
    return toReplyStream(response, this.#options.createDialect(), ctx);
  }

  async reconnectToStream() {
    // Replies are not stored server-side, so there is nothing to resume.
    return null;
  }
}

export type ChatCompletionsTransportConfig = ChatCompletionsConfig & RequestConfig;

export function createChatCompletionsTransport(
  options: Omit<
    DialectTransportOptions<ChatCompletionsTransportConfig>,
    "url" | "buildBody" | "createDialect"
  >,
) {
  return new DialectTransport<ChatCompletionsTransportConfig>({
    ...options,
    url: "/api/apigo/v1/chat/completions",
    buildBody: buildChatCompletionsBody,
    createDialect: createChatCompletionsDialect,
  });
}
