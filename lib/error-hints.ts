import type { DisplayError } from "@/lib/errors";
import type { MessageKey } from "@/lib/i18n/translator";

// new-api's billing refusals: 403 with these codes (types/error.go). On /v1/messages the code is not in
// the body (ToClaudeError keeps only type and message), so the Chinese text is matched too
// (service/pre_consume_quota.go, service/billing_session.go: "用户额度不足", "预扣费额度失败", "订阅额度不足").
const QUOTA_CODES = new Set(["insufficient_user_quota", "pre_consume_token_quota_failed"]);
const QUOTA_TEXT = /额度不足|预扣费额度失败/;

/** The account's API·GO balance (or the key's quota) cannot pay for the request. */
export function isQuotaError(error: DisplayError): boolean {
  return (error.code !== undefined && QUOTA_CODES.has(error.code)) || QUOTA_TEXT.test(error.message);
}

// middleware/model-rate-limit.go: "您已达到请求数限制…" / "您已达到总请求数限制…", an E1 body.
const GATEWAY_LIMIT_TEXT = /请求数限制/;

/** Our proxy could not reach the gateway (offline server, DNS, TLS, refused): lib/server/upstream.ts. */
export function isUnreachable(error: DisplayError): boolean {
  return error.code === "upstream_unreachable";
}

/** What to do next after a failed request, from its HTTP status and gateway code (0: no answer). */
export function httpErrorHint(error: DisplayError): MessageKey {
  if (error.status === 0) return "error.hintNetwork";
  if (error.status === 401) return "error.hint401";
  if (isQuotaError(error)) return "error.hintQuota";
  if (error.status === 403) return "error.hint403";
  if (error.status === 413) return "error.hint413";
  if (error.status === 429) {
    if (error.retryAfterSeconds) return "error.hint429After";
    return GATEWAY_LIMIT_TEXT.test(error.message) ? "error.hint429Gateway" : "error.hint429";
  }
  if (isUnreachable(error)) return "error.hintUnreachable";
  if (error.status >= 500) return "error.hint5xx";
  if (error.status >= 400) return "error.hint400";
  return "error.hintOther";
}

/** The heading of a failed request's card (its `{status}` is the HTTP status): no answer, no gateway, or the status. */
export function errorHeadingKey(error: DisplayError): MessageKey {
  if (error.status === 0) return "error.network";
  return isUnreachable(error) ? "error.unreachable" : "error.status";
}

/** The key is missing or refused (401, or a 403 that is not a used-up balance, which is fixed on API·GO): Settings can help. */
export function needsSettings(error: DisplayError): boolean {
  return error.status === 401 || (error.status === 403 && !isQuotaError(error));
}
