/** "42 s", or "3 min 05 s" past a minute, in the locale's unit words. */
export function formatElapsed(ms: number, locale: string): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const seconds = new Intl.NumberFormat(locale, { style: "unit", unit: "second", unitDisplay: "short" });
  if (total < 60) return seconds.format(total);
  const minutes = new Intl.NumberFormat(locale, { style: "unit", unit: "minute", unitDisplay: "short" });
  const padded = new Intl.NumberFormat(locale, {
    style: "unit",
    unit: "second",
    unitDisplay: "short",
    minimumIntegerDigits: 2,
  });
  return `${minutes.format(Math.floor(total / 60))} ${padded.format(total % 60)}`;
}
