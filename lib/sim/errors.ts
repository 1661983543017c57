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

/** E1: middleware abort (auth, distributor). No `param` key. */
export function e1(rid: string, status: number, message: string, code = ""): Response {
  return jsonResponse(
    status,
    goJson({ error: { message: withRid(message, rid), type: "new_api_error", code } }),
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

/** E3: relay error on the Claude route. */
export function e3(status: number, type: string, message: string, o: ErrOpts = {}): Response {
  return jsonResponse(status, goJson({ type: "error", error: { type, message } }), o.headers, o.contentType);
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

const ANTHROPIC_TYPES: Record<number, string> = {
  400: "invalid_request_error",
  401: "authentication_error",
  403: "permission_error",
  404: "not_found_error",
  409: "invalid_request_error",
  413: "request_too_large",
  429: "rate_limit_error",
  500: "api_error",
  503: "api_error",
  529: "overloaded_error",
};

function retryHeaders(status: number): Record<string, string> {
  return status === 429 ? { "retry-after": "1" } : {};
}

/** A relayed upstream error for `[sim:status=NNN]` in the route's own shape. */
export function simulatedStatus(
  route: "openai" | "anthropic" | "task",
  status: number,
  stream: boolean,
): Response {
  const contentType = stream ? "text/event-stream" : JSON_CT;
  const headers = retryHeaders(status);
  if (route === "anthropic") {
    const type = ANTHROPIC_TYPES[status] ?? "api_error";
    const message = status === 529 ? "Overloaded" : `Simulated upstream status ${status}`;
    return e3(status, type, message, { contentType, headers });
  }
  if (route === "task") {
    const message =
      status === 429 ? "当前分组上游负载已饱和，请稍后再试" : `Simulated upstream status ${status}`;
    return e4(status, status === 429 ? "rate_limited" : `upstream_status_${status}`, message, headers);
  }
  const e = OPENAI_STATUS[status] ?? {
    type: "upstream_error",
    code: `upstream_status_${status}`,
    message: `Simulated upstream status ${status}`,
  };
  return e2(status, e, { contentType, headers });
}
