import { describe, expect, it } from "vitest";
import { httpErrorHint } from "./error-hints";

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
});
