import { goJson } from "./util";

export const JSON_CT = "application/json; charset=utf-8";

export function withRid(message: string, rid: string): string {
  return `${message} (request id: ${rid})`;
}

export function jsonResponse(
  status: number,
  body: string,
  headers: Record<string, string> = {},
  contentType = JSON_CT,
): Response {
  return new Response(body, { status, headers: { "Content-Type": contentType, ...headers } });
}

/**
 * E1: middleware abort (auth, distributor, rate limit), new-api `abortWithOpenAiMessage`
 * (middleware/utils.go). No `param` key; a gin.H map, so Go writes the keys sorted.
 */
export function e1(rid: string, status: number, message: string, code = ""): Response {
  return jsonResponse(
    status,
    goJson({ error: { code, message: withRid(message, rid), type: "new_api_error" } }),
  );
}

export interface ErrOpts {
  contentType?: string;
  headers?: Record<string, string>;
}

/** E2: relay error on OpenAI-format routes. `param` always a string. */
export function e2(
  status: number,
  error: { message: string; type: string; code: string | number | null; param?: string },
  o: ErrOpts = {},
): Response {
  const body = {
    error: { message: error.message, type: error.type, param: error.param ?? "", code: error.code },
  };
  return jsonResponse(status, goJson(body), o.headers, o.contentType);
}

/** new-api generated validation error on OpenAI routes (500, invalid_request). */
export function e2Invalid(rid: string, message: string, o: ErrOpts = {}): Response {
  return e2(500, { message: withRid(message, rid), type: "new_api_error", code: "invalid_request" }, o);
}

/**
 * E3: relay error on the Claude route, new-api `Relay` (controller/relay.go): `gin.H{"type": "error",
 * "error": ToClaudeError()}`, a map (keys sorted) around the ClaudeError struct (type, message).
 */
export function e3(status: number, type: string, message: string, o: ErrOpts = {}): Response {
  return jsonResponse(status, goJson({ error: { type, message }, type: "error" }), o.headers, o.contentType);
}

/** E4: task (video) errors. */
export function e4(
  status: number,
  code: string,
  message: string,
  headers: Record<string, string> = {},
): Response {
  return jsonResponse(status, goJson({ code, message, data: null }), headers);
}

/** E5: video content proxy errors. */
export function e5(status: number, message: string): Response {
  return jsonResponse(status, goJson({ error: { message, type: "invalid_request_error" } }));
}

/** E6: unknown /v1 path. */
export function e6(method: string, path: string): Response {
  return e2(404, { message: `Invalid URL (${method} ${path})`, type: "invalid_request_error", code: "" });
}

/** E7: deliberately unimplemented routes. */
export function e7(): Response {
  return e2(501, { message: "API not implemented", type: "new_api_error", code: "api_not_implemented" });
}

const OPENAI_STATUS: Record<number, { type: string; code: string; message: string }> = {
  400: { type: "invalid_request_error", code: "invalid_request", message: "Simulated bad request" },
  401: { type: "invalid_request_error", code: "invalid_api_key", message: "Incorrect API key provided" },
  403: {
    type: "permission_error",
    code: "unsupported_country_region_territory",
    message: "Simulated forbidden",
  },
  404: { type: "invalid_request_error", code: "model_not_found", message: "Simulated not found" },
  409: { type: "invalid_request_error", code: "conflict", message: "Simulated conflict" },
  429: { type: "requests", code: "rate_limit_exceeded", message: "Rate limit reached (simulated)" },
  500: { type: "server_error", code: "server_error", message: "The server had an error (simulated)" },
  503: { type: "server_error", code: "service_unavailable", message: "Service unavailable (simulated)" },
};

/**
 * A relayed upstream error for `[sim:status=NNN]` in the route's own shape. new-api sends no
 * `retry-after` (none is set anywhere, and error replies do not copy upstream headers:
 * controller/relay.go `Relay`). On /v1/messages an Anthropic error body goes through
 * `RelayErrorHandler` (service/error.go) into an OpenAIError with a nil code, and `ToClaudeError`
 * (types/error.go) writes that code as its type (`"<nil>"`) and the message with the request id.
 */
export function simulatedStatus(
  route: "openai" | "anthropic" | "task",
  status: number,
  stream: boolean,
  rid: string,
): Response {
  const contentType = stream ? "text/event-stream" : JSON_CT;
  if (route === "anthropic") {
    const message = status === 529 ? "Overloaded" : `Simulated upstream status ${status}`;
    return e3(status, "<nil>", withRid(message, rid), { contentType });
  }
  if (route === "task") {
    // controller/relay.go `respondTaskError` rewrites every task 429 to this text.
    const message =
      status === 429 ? "当前分组上游负载已饱和，请稍后再试" : `Simulated upstream status ${status}`;
    return e4(status, status === 429 ? "fail_to_fetch_task" : `upstream_status_${status}`, message);
  }
  const e = OPENAI_STATUS[status] ?? {
    type: "upstream_error",
    code: `upstream_status_${status}`,
    message: `Simulated upstream status ${status}`,
  };
  return e2(status, e, { contentType });
}

/** new-api's default quota display (logger/logger.go `FormatQuota`, USD): a full-width dollar sign. */
export const QUOTA_EXHAUSTED = "用户额度不足, 剩余额度: ＄0.000000";

/**
 * `[sim:quota]`: the account's balance is used up. service/pre_consume_quota.go (and
 * service/billing_session.go) return 403 `insufficient_user_quota` before any upstream call, so a
 * stream request still gets a JSON content type. Relay routes add the request id to the message
 * (controller/relay.go); task routes do not (service/error.go `TaskErrorFromAPIError`).
 */
export function quotaExhausted(route: "openai" | "anthropic" | "task", rid: string): Response {
  if (route === "task") return e4(403, "insufficient_user_quota", QUOTA_EXHAUSTED);
  const message = withRid(QUOTA_EXHAUSTED, rid);
  if (route === "anthropic") return e3(403, "new_api_error", message);
  return e2(403, { message, type: "new_api_error", code: "insufficient_user_quota" });
}

/**
 * `[sim:rate-limit]` / `[sim:rate-limit-empty]`: new-api's per-user model request limit
 * (middleware/model-rate-limit.go, default 1 minute / 1000 successful requests). The Redis limiter
 * aborts with an E1 body, OpenAI-shaped even on /v1/messages; the in-memory limiter only sets the
 * status: 429 with no body and no content type.
 */
export function modelRateLimited(rid: string, empty: boolean): Response {
  if (empty) return new Response(null, { status: 429 });
  return e1(rid, 429, "您已达到请求数限制：1分钟内最多请求1000次");
}
