import { describe, expect, it } from "vitest";
import { byteRangeResponse, parseByteRange } from "./http-range";

describe("parseByteRange", () => {
  it.each([
    [null, null],
    ["bytes=0-9", { start: 0, end: 9 }],
    ["bytes=90-", { start: 90, end: 99 }],
    ["bytes=95-500", { start: 95, end: 99 }],
    ["bytes=-10", { start: 90, end: 99 }],
    ["bytes=-500", { start: 0, end: 99 }],
    ["bytes=100-", "unsatisfiable"],
    ["bytes=9-3", "unsatisfiable"],
    ["bytes=-0", "unsatisfiable"],
    ["bytes=-", "unsatisfiable"],
    ["items=0-9", "unsatisfiable"],
    ["bytes=0-1,5-6", null],
  ])("%s of 100 bytes -> %j", (header, expected) => {
    expect(parseByteRange(header, 100)).toEqual(expected);
  });
});

describe("byteRangeResponse", () => {
  const bytes = Uint8Array.from({ length: 100 }, (_, i) => i);
  it("answers 206 with the span and its Content-Range", async () => {
    const res = byteRangeResponse(bytes, "bytes=10-19", { "Content-Type": "video/mp4" });
    expect(res.status).toBe(206);
    expect(res.headers.get("content-range")).toBe("bytes 10-19/100");
    expect(res.headers.get("content-length")).toBe("10");
    expect([...new Uint8Array(await res.arrayBuffer())]).toEqual([10, 11, 12, 13, 14, 15, 16, 17, 18, 19]);
  });
  it("answers 416 with bytes */size past the end, and 200 whole without Range", async () => {
    const bad = byteRangeResponse(bytes, "bytes=200-", {});
    expect(bad.status).toBe(416);
    expect(bad.headers.get("content-range")).toBe("bytes */100");
    const whole = byteRangeResponse(bytes, null, {});
    expect(whole.status).toBe(200);
    expect(whole.headers.get("accept-ranges")).toBe("bytes");
    expect((await whole.arrayBuffer()).byteLength).toBe(100);
  });
});
