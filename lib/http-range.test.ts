import { describe, expect, it } from "vitest";
import { byteRangeResponse, parseByteRange, rangedResponse } from "./http-range";

// RFC 9110 section 14.1.2, one range of a 100-byte body.
describe("parseByteRange", () => {
  it.each([
    ["bytes=0-", { start: 0, end: 99 }],
    ["bytes=0-9", { start: 0, end: 9 }],
    ["bytes=90-", { start: 90, end: 99 }],
    ["bytes=95-500", { start: 95, end: 99 }],
    ["bytes=-10", { start: 90, end: 99 }],
    ["bytes=-500", { start: 0, end: 99 }],
    [" Bytes = 5 - 6 ", { start: 5, end: 6 }],
  ])("%s -> %o", (header, range) => {
    expect(parseByteRange(header, 100)).toEqual(range);
  });

  it.each(["bytes=100-", "bytes=200-300", "bytes=-0"])("%s is unsatisfiable (416)", (header) => {
    expect(parseByteRange(header, 100)).toBe("unsatisfiable");
  });

  it.each([null, "bytes=0-1,5-6", "items=0-1", "bytes=5-2", "bytes=-", "bytes=x-1", ""])(
    "%s is ignored (the whole body is served)",
    (header) => {
      expect(parseByteRange(header, 100)).toBeNull();
    },
  );
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

describe("rangedResponse", () => {
  const size = 2.5 * 1024 * 1024;
  const bytes = Uint8Array.from({ length: size }, (_, i) => i % 251);
  function reader() {
    const reads: [number, number][] = [];
    return {
      reads,
      body: {
        size,
        read: async (start: number, end: number) => {
          reads.push([start, end]);
          return bytes.slice(start, end + 1);
        },
      },
    };
  }
  it("reads a whole body a megabyte at a time, and only as the client takes it", async () => {
    const r = reader();
    const res = rangedResponse(r.body, null, {});
    expect(res.headers.get("content-length")).toBe(String(size));
    const stream = res.body?.getReader();
    await stream?.read();
    expect(r.reads).toEqual([[0, 1048575]]);
    const rest: Uint8Array[] = [];
    for (let next = await stream?.read(); next && !next.done; next = await stream?.read())
      rest.push(next.value);
    expect(r.reads.map(([a, b]) => b - a + 1)).toEqual([1048576, 1048576, 524288]);
    expect(rest.reduce((n, part) => n + part.byteLength, 0)).toBe(size - 1048576);
  });
  it("reads only the span of a Range request", async () => {
    const r = reader();
    const res = rangedResponse(r.body, "bytes=100-199", {});
    expect(res.status).toBe(206);
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(bytes.slice(100, 200));
    expect(r.reads).toEqual([[100, 199]]);
  });
  it("ends the download with an error when the stored body goes away meanwhile", async () => {
    const res = rangedResponse({ size: 100, read: async () => new Uint8Array(0) }, null, {});
    await expect(res.arrayBuffer()).rejects.toThrow();
  });
});
