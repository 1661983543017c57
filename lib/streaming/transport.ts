import type { ChatTransport } from "ai";
import type { PlaygroundMessage } from "@/lib/conversations/metadata";
import { callApi, HttpError } from "@/lib/queries/http";
import { coalesceDeltas } from "./coalesce";
import {
  chunksStream,
  type DialectContext,
  type ReplyChunk,
  type StreamDialect,
  toReplyStream,
  withStartMetadata,
} from "./dialect";

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

/** One request/reply pair; its id travels in the reply's metadata (`exchangeId`). */
export interface ExchangeStart {
  exchangeId: string;
  request: BuiltRequest;
  /** Epoch milliseconds when the request was sent. */
  sentAt: number;
}
export interface ResponseInfo {
  exchangeId: string;
  status: number;
  headers: Record<string, string>;
  /** Milliseconds since the request was sent. */
  at: number;
}
export interface RawEvent {
  exchangeId: string;
  at: number;
  event?: string;
  data: string;
}
export interface RawBody {
  exchangeId: string;
  at: number;
  text: string;
}

export interface DialectTransportOptions<C extends RequestConfig> {
  /** Path on our proxy, e.g. `/api/apigo/v1/chat/completions`. */
  url: string;
  /** Read at send time, so model and parameter changes apply to the next request. */
  getConfig: () => C;
  buildBody: (messages: PlaygroundMessage[], config: C) => object;
  /** Headers this API adds to every request (after content-type, accept and vendor). */
  headers?: (config: C) => Record<string, string>;
  /** Wraps every 2xx reply before the dialect reads it (e.g. to repair its framing). */
  wrapResponse?: (response: Response) => Response;
  createDialect: () => StreamDialect;
  /** Whether a body asks for a stream; default: its `stream` field is `true`. */
  isStream?: (body: object) => boolean;
  onRequest?: (request: BuiltRequest, exchange: ExchangeStart) => void;
  /** Status and headers of every reply, errors included. */
  onResponse?: (info: ResponseInfo) => void;
  /** Every SSE message of a streamed reply, as read. */
  onRawEvent?: (event: RawEvent) => void;
  /** The whole body of a non-stream reply or of an error reply. */
  onRawBody?: (body: RawBody) => void;
  fetch?: typeof fetch;
  now?: () => number;
}

const defaultIsStream = (body: object) => (body as { stream?: unknown }).stream === true;
let exchangeCounter = 0;

/** A useChat transport for one upstream API: builds its body, POSTs it, reads its stream dialect. */
export class DialectTransport<C extends RequestConfig> implements ChatTransport<PlaygroundMessage> {
  readonly #options: DialectTransportOptions<C>;

  constructor(options: DialectTransportOptions<C>) {
    this.#options = options;
  }

  buildRequest(messages: PlaygroundMessage[]): BuiltRequest {
    return this.#build(messages).request;
  }

  #build(messages: PlaygroundMessage[]): { request: BuiltRequest; stream: boolean } {
    const config = this.#options.getConfig();
    const body = this.#options.buildBody(messages, config);
    const stream = (this.#options.isStream ?? defaultIsStream)(body);
    const headers: Record<string, string> = {
      "content-type": "application/json",
      accept: stream ? "text/event-stream" : "application/json",
    };
    const vendor = config.vendor?.trim();
    if (vendor) headers.vendor = vendor;
    Object.assign(headers, this.#options.headers?.(config));
    return {
      request: { url: this.#options.url, method: "POST", headers, body: JSON.stringify(body) },
      stream,
    };
  }

  async sendMessages({
    messages,
    abortSignal,
  }: Parameters<ChatTransport<PlaygroundMessage>["sendMessages"]>[0]) {
    const o = this.#options;
    const { fetch: doFetch = globalThis.fetch, now = () => performance.now() } = o;
    const { request, stream } = this.#build(messages);
    exchangeCounter += 1;
    const exchangeId = `x${Date.now().toString(36)}-${exchangeCounter}`;
    o.onRequest?.(request, { exchangeId, request, sentAt: Date.now() });
    const startedAt = now();
    const at = () => now() - startedAt;
    const reply = await callApi(request.url, {
      method: request.method,
      headers: request.headers,
      body: request.body,
      signal: abortSignal,
      fetch: doFetch,
      onResponse: (r) =>
        o.onResponse?.({
          exchangeId,
          status: r.status,
          headers: Object.fromEntries(r.headers.entries()),
          at: at(),
        }),
      onErrorBody: (text) => o.onRawBody?.({ exchangeId, at: at(), text }),
    });
    const response = o.wrapResponse ? o.wrapResponse(reply) : reply;
    const ctx: DialectContext = {
      startedAt,
      now,
      requestId: response.headers.get("x-oneapi-request-id") ?? undefined,
    };
    const dialect = o.createDialect();
    const replies = stream
      ? toReplyStream(response, dialect, ctx, {
          onEvent:
            o.onRawEvent && ((m) => o.onRawEvent?.({ exchangeId, at: at(), event: m.event, data: m.data })),
        })
      : chunksStream(
          await readWhole(response, dialect, ctx, (text) => o.onRawBody?.({ exchangeId, at: at(), text })),
        );
    return coalesceDeltas(withStartMetadata(replies, { exchangeId }));
  }

  async reconnectToStream() {
    // Replies are not stored server-side, so there is nothing to resume.
    return null;
  }
}

async function readWhole(
  response: Response,
  dialect: StreamDialect,
  ctx: DialectContext,
  onText: (text: string) => void,
): Promise<ReplyChunk[]> {
  const text = await response.text();
  onText(text);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new HttpError({
      status: response.status,
      message: text.slice(0, 500),
      requestId: ctx.requestId,
    });
  }
  if (!dialect.json) {
    throw new HttpError({ status: response.status, message: "This API has no non-stream reader" });
  }
  return dialect.json(json, ctx);
}
