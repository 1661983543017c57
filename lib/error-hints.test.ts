import { describe, expect, it } from "vitest";
import { errorHeadingKey, httpErrorHint, isQuotaError, isUnreachable, needsSettings } from "./error-hints";
import { parseErrorBody } from "./errors";

describe("httpErrorHint", () => {
  it.each([
    [0, undefined, "error.hintNetwork"],
    [401, undefined, "error.hint401"],
    [403, undefined, "error.hint403"],
    [413, undefined, "error.hint413"],
    [429, undefined, "error.hint429"],
    [429, 20, "error.hint429After"],
    [400, undefined, "error.hint400"],
    [404, undefined, "error.hint400"],
    [500, undefined, "error.hint5xx"],
    [529, undefined, "error.hint5xx"],
    [302, undefined, "error.hintOther"],
  ])("status %i (retry-after %s) -> %s", (status, retryAfterSeconds, hint) => {
    expect(httpErrorHint({ status, message: "x", retryAfterSeconds })).toBe(hint);
  });

  it("an unreachable gateway (our proxy's 502 upstream_unreachable) gets its own hint, not a 5xx one", () => {
    const body =
      '{"error":{"message":"Could not reach the upstream gateway at https://api.apigo.ai (ENOTFOUND).","type":"playground_error","param":"","code":"upstream_unreachable"}}';
    const e = parseErrorBody(502, body);
    expect(isUnreachable(e)).toBe(true);
    expect(httpErrorHint(e)).toBe("error.hintUnreachable");
    expect(isUnreachable({ status: 502, message: "Bad gateway" })).toBe(false);
  });
});

// The gateway's own refusals, as the simulator writes them after new-api (lib/sim/errors.ts).
describe("new-api's quota and rate-limit replies", () => {
  const quotaText = "用户额度不足, 剩余额度: ＄0.000000";

  it("a used-up balance asks for a top-up on every route's shape (service/pre_consume_quota.go)", () => {
    const chat = parseErrorBody(
      403,
      `{"error":{"message":"${quotaText} (request id: r1)","type":"new_api_error","param":"","code":"insufficient_user_quota"}}`,
    );
    // /v1/messages: ToClaudeError keeps no code, only the text says it.
    const messages = parseErrorBody(
      403,
      `{"error":{"type":"new_api_error","message":"${quotaText} (request id: r1)"},"type":"error"}`,
    );
    const video = parseErrorBody(
      403,
      `{"code":"insufficient_user_quota","message":"${quotaText}","data":null}`,
    );
    for (const e of [chat, messages, video]) {
      expect(isQuotaError(e)).toBe(true);
      expect(httpErrorHint(e)).toBe("error.hintQuota");
    }
    expect(httpErrorHint({ status: 403, message: "普通用户不支持指定渠道" })).toBe("error.hint403");
  });

  it("the model rate limit gets its own advice; an empty 429 the general one (middleware/model-rate-limit.go)", () => {
    const limited = parseErrorBody(
      429,
      '{"error":{"code":"","message":"您已达到请求数限制：1分钟内最多请求1000次 (request id: r2)","type":"new_api_error"}}',
    );
    expect(httpErrorHint(limited)).toBe("error.hint429Gateway");
    const empty = parseErrorBody(429, "", new Headers());
    expect(empty.message).toBe("HTTP 429");
    expect(httpErrorHint(empty)).toBe("error.hint429");
  });

  it('a relayed Anthropic error shows no "<nil>" type (types/error.go ToClaudeError)', () => {
    const e = parseErrorBody(
      529,
      '{"error":{"type":"<nil>","message":"Overloaded (request id: r3)"},"type":"error"}',
    );
    expect(e).toMatchObject({ status: 529, message: "Overloaded (request id: r3)" });
    expect(e.type).toBeUndefined();
    expect(httpErrorHint(e)).toBe("error.hint5xx");
  });
});

describe("the error card's heading and Settings button", () => {
  const of = (status: number, code?: string, message = "x") => ({
    status,
    message,
    ...(code ? { code } : {}),
  });
  it("heads with no answer, an unreachable gateway, or the status", () => {
    expect(errorHeadingKey(of(0))).toBe("error.network");
    expect(errorHeadingKey(of(502, "upstream_unreachable"))).toBe("error.unreachable");
    expect(errorHeadingKey(of(500))).toBe("error.status");
  });
  it("offers Settings for a missing or refused key, not for a used-up balance", () => {
    expect(needsSettings(of(401))).toBe(true);
    expect(needsSettings(of(403))).toBe(true);
    expect(needsSettings(of(403, "insufficient_user_quota"))).toBe(false);
    expect(needsSettings(of(429))).toBe(false);
  });
});
