import type { Locale } from "./config";

export interface Formatter {
  number: (value: number, options?: Intl.NumberFormatOptions) => string;
  /** Milliseconds as "850 ms" or "1.24 s" in the locale's words. */
  duration: (ms: number) => string;
  date: (value: Date | number, options?: Intl.DateTimeFormatOptions) => string;
}

export function createFormatter(locale: Locale): Formatter {
  const ms = new Intl.NumberFormat(locale, { style: "unit", unit: "millisecond", maximumFractionDigits: 0 });
  const seconds = new Intl.NumberFormat(locale, {
    style: "unit",
    unit: "second",
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  });
  return {
    number: (value, options) => new Intl.NumberFormat(locale, options).format(value),
    duration: (value) => (value < 1000 ? ms.format(value) : seconds.format(value / 1000)),
    date: (value, options) =>
      new Intl.DateTimeFormat(locale, options ?? { dateStyle: "medium", timeStyle: "short" }).format(value),
  };
}
