import { describe, expect, it } from "vitest";
import { parseRange } from "./range";

// RFC 9110 section 14.1.2, one range of a 100-byte file.
describe("parseRange", () => {
  it.each([
    ["bytes=0-", { start: 0, end: 99 }],
    ["bytes=10-19", { start: 10, end: 19 }],
    ["bytes=90-500", { start: 90, end: 99 }],
    ["bytes=-10", { start: 90, end: 99 }],
    ["bytes=-500", { start: 0, end: 99 }],
    [" Bytes = 5 - 6 ", { start: 5, end: 6 }],
  ])("%s -> %o", (header, range) => {
    expect(parseRange(header, 100)).toEqual(range);
  });

  it.each(["bytes=100-", "bytes=200-300", "bytes=-0"])("%s is unsatisfiable (416)", (header) => {
    expect(parseRange(header, 100)).toBe("unsatisfiable");
  });

  it.each(["bytes=0-1,5-6", "items=0-1", "bytes=5-2", "bytes=-", "bytes=x-1", ""])(
    "%s is ignored (the whole file is served)",
    (header) => {
      expect(parseRange(header, 100)).toBeUndefined();
    },
  );
});
