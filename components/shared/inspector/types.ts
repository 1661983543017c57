/** What the inspector shows for one request/reply pair; every tab fills it from its transport hooks. */
export interface InspectorExchange {
  request: { url: string; method: string; headers: Record<string, string>; body: string };
  /** Epoch milliseconds. */
  sentAt?: number;
  response?: { status: number; headers: Record<string, string>; at: number };
  /** SSE messages with their time since the request was sent (streamed replies). */
  events?: { at: number; event?: string; data: string }[];
  /** The whole body (non-stream and error replies). */
  rawBody?: string;
  /** Long strings of `rawBody` were shortened when it was recorded. */
  rawBodyShortened?: boolean;
}

/** Response headers worth showing: ids, content type, retry and rate limits. */
export function headersThatMatter(headers: Record<string, string>): [string, string][] {
  return Object.entries(headers).filter(([name]) =>
    /^(content-type|x-oneapi-request-id|x-request-id|request-id|retry-after|x-ratelimit-.*|anthropic-.*|openai-.*)$/i.test(
      name,
    ),
  );
}

export function requestIdOf(headers: Record<string, string> | undefined): string | undefined {
  if (!headers) return undefined;
  return headers["x-oneapi-request-id"] ?? headers["x-request-id"] ?? headers["request-id"];
}
