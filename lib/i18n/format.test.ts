import { describe, expect, it } from "vitest";
import { createFormatter } from "./format";

const en = createFormatter("en");
const zh = createFormatter("zh-CN");
// Intl may put a narrow no-break space between number and unit; compare with plain spaces.
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, " ");

describe("locale formatting", () => {
  it("formats numbers with the locale's grouping", () => {
    expect(en.number(1234567.5)).toBe("1,234,567.5");
    expect(zh.number(1234567.5)).toBe("1,234,567.5");
    expect(en.number(0.5, { style: "percent" })).toBe("50%");
  });

  it("formats latencies in ms below a second, seconds above", () => {
    expect(plain(en.duration(850))).toBe("850 ms");
    expect(plain(en.duration(1240))).toBe("1.24 sec");
    expect(zh.duration(850)).toBe("850毫秒");
    expect(zh.duration(1240)).toBe("1.24秒");
    expect(plain(en.ms(1240.4))).toBe("1,240 ms");
    expect(zh.ms(1240.4)).toBe("1,240毫秒");
  });

  it("formats elapsed wall-clock time and seconds", () => {
    expect(plain(en.elapsed(42_900))).toBe("42 sec");
    expect(plain(en.elapsed(185_000))).toBe("3 min 05 sec");
    expect(zh.elapsed(42_900)).toBe("42秒");
    expect(zh.elapsed(185_000)).toBe("3分钟 05秒");
    expect(plain(en.seconds(8))).toBe("8 sec");
    expect(zh.seconds(8)).toBe("8秒");
    expect(plain(en.seconds(1.25, 1))).toBe("1.3 sec");
    expect(zh.seconds(2, 1)).toBe("2.0秒");
  });

  it("formats byte sizes in decimal units", () => {
    expect(plain(en.bytes(512))).toBe("512B");
    expect(plain(en.bytes(1536))).toBe("1.5 kB");
    expect(plain(en.bytes(3 * 1024 * 1024))).toBe("3.1 MB");
    expect(plain(zh.bytes(2_500_000_000))).toBe("2.5 GB");
  });

  it("formats prices, keeping fractions of a cent", () => {
    expect(en.price(12.5)).toBe("$12.50");
    expect(en.price(0.0042)).toBe("$0.0042");
    expect(zh.price(12.5)).toBe("US$12.50");
    expect(zh.price(0.0042)).toBe("US$0.0042");
    expect(zh.price(3, "CNY")).toBe("¥3.00");
  });

  it("formats dates in each locale's order", () => {
    const at = Date.UTC(2026, 10, 26, 14, 5);
    const options = { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" } as const;
    expect(plain(en.date(at, options))).toBe("Nov 26, 2026, 2:05 PM");
    expect(zh.date(at, options)).toBe("2026年11月26日 14:05");
  });
});
