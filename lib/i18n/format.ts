import type { Locale } from "./config";

/**
 * Every number, size, duration, price and date the UI shows, in the current locale's words and digits
 * (Intl): "850 ms" / "850毫秒", "1.5 kB" / "1.5 kB", "3 min 05 s" / "3分钟 05秒". Components get it from
 * `useFormat()`; server pages from `createFormatter(await getLocale())`.
 */
export interface Formatter {
  number: (value: number, options?: Intl.NumberFormatOptions) => string;
  /** Always in milliseconds: "850 ms", "1,240 ms" (event timelines, where units must not switch). */
  ms: (ms: number) => string;
  /** Milliseconds as "850 ms" or "1.24 s": a request's latency. */
  duration: (ms: number) => string;
  /** A wall-clock span: "42 s", or "3 min 05 s" past a minute (whole seconds). */
  elapsed: (ms: number) => string;
  /** A count of seconds: "8 s"; `fractionDigits` fixes the decimals ("1.5 s" for a ticking timer). */
  seconds: (seconds: number, fractionDigits?: number) => string;
  /** Decimal units, as browsers report storage quotas: 1536 → "1.5 kB", 3145728 → "3.1 MB". */
  bytes: (bytes: number) => string;
  /** An amount of money, US dollars unless told: "$0.0042" / "US$0.0042", small prices keep 2 significant digits. */
  price: (amount: number, currency?: string) => string;
  date: (value: Date | number, options?: Intl.DateTimeFormatOptions) => string;
}

const byteUnits = ["byte", "kilobyte", "megabyte", "gigabyte", "terabyte"] as const;

export function createFormatter(locale: Locale): Formatter {
  // Making an Intl.NumberFormat costs far more than formatting with one: a grid of metrics formats
  // hundreds of numbers per render, each with one of a few option sets.
  const numberFormats = new Map<string, Intl.NumberFormat>();
  const numberFormat = (options: Intl.NumberFormatOptions | undefined) => {
    const key = options ? JSON.stringify(options) : "";
    let format = numberFormats.get(key);
    if (!format) {
      format = new Intl.NumberFormat(locale, options);
      numberFormats.set(key, format);
    }
    return format;
  };
  const unit = (name: string, options: Intl.NumberFormatOptions = {}) =>
    new Intl.NumberFormat(locale, { style: "unit", unit: name, unitDisplay: "short", ...options });
  const ms = unit("millisecond", { maximumFractionDigits: 0 });
  const seconds2 = unit("second", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const wholeSeconds = unit("second", { maximumFractionDigits: 0 });
  const paddedSeconds = unit("second", { minimumIntegerDigits: 2, maximumFractionDigits: 0 });
  const minutes = unit("minute", { maximumFractionDigits: 0 });

  return {
    number: (value, options) => numberFormat(options).format(value),
    ms: (value) => ms.format(value),
    duration: (value) => (value < 1000 ? ms.format(value) : seconds2.format(value / 1000)),
    elapsed: (value) => {
      const total = Math.max(0, Math.floor(value / 1000));
      if (total < 60) return wholeSeconds.format(total);
      return `${minutes.format(Math.floor(total / 60))} ${paddedSeconds.format(total % 60)}`;
    },
    seconds: (value, fractionDigits) =>
      unit(
        "second",
        fractionDigits === undefined
          ? { maximumFractionDigits: 2 }
          : { minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits },
      ).format(value),
    bytes: (bytes) => {
      let value = bytes;
      let index = 0;
      while (value >= 1000 && index < byteUnits.length - 1) {
        value /= 1000;
        index++;
      }
      // "512 byte" reads oddly; the narrow form is "512B" / "512 B".
      return unit(byteUnits[index] ?? "byte", {
        maximumFractionDigits: 1,
        ...(index === 0 ? { unitDisplay: "narrow" } : {}),
      }).format(value);
    },
    price: (amount, currency = "USD") =>
      new Intl.NumberFormat(locale, {
        style: "currency",
        currency,
        // Per-request prices are fractions of a cent: keep two significant digits instead of rounding to $0.00.
        ...(Math.abs(amount) > 0 && Math.abs(amount) < 0.01
          ? { maximumSignificantDigits: 2 }
          : { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
      }).format(amount),
    date: (value, options) =>
      new Intl.DateTimeFormat(locale, options ?? { dateStyle: "medium", timeStyle: "short" }).format(value),
  };
}
