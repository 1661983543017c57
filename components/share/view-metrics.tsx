import type { ShareMetrics } from "@/lib/schemas/share";
import type { ViewI18n } from "./view-types";

/** One line of reply metrics, as the live chat shows them (plus Anthropic cache usage). */
export function ViewMetrics({ metrics, t, f }: { metrics: ShareMetrics } & ViewI18n) {
  const u = metrics.usage;
  const speed =
    u?.completionTokens != null &&
    metrics.totalMs != null &&
    metrics.ttftMs != null &&
    metrics.totalMs > metrics.ttftMs
      ? u.completionTokens / ((metrics.totalMs - metrics.ttftMs) / 1000)
      : undefined;
  const items = [
    metrics.ttftMs != null && t("share.metrics.ttft", { value: f.duration(metrics.ttftMs) }),
    metrics.totalMs != null && t("share.metrics.total", { value: f.duration(metrics.totalMs) }),
    speed != null && t("share.metrics.speed", { value: f.number(speed, { maximumFractionDigits: 1 }) }),
    u?.promptTokens != null && t("share.metrics.prompt", { value: f.number(u.promptTokens) }),
    u?.completionTokens != null && t("share.metrics.completion", { value: f.number(u.completionTokens) }),
    u?.reasoningTokens ? t("share.metrics.reasoning", { value: f.number(u.reasoningTokens) }) : false,
    u?.cacheReadInputTokens
      ? t("share.metrics.cacheRead", { value: f.number(u.cacheReadInputTokens) })
      : false,
    u?.cacheCreationInputTokens
      ? t("share.metrics.cacheWrite", { value: f.number(u.cacheCreationInputTokens) })
      : false,
    metrics.finishReason && t("share.metrics.finish", { value: metrics.finishReason }),
    metrics.incomplete && t("share.metrics.incomplete"),
  ].filter((item): item is string => Boolean(item));
  if (items.length === 0) return null;
  return (
    <p
      className="text-muted-foreground flex flex-wrap gap-x-3 gap-y-0.5 font-mono text-xs"
      title={metrics.model}
      data-testid="share-metrics"
    >
      <span className="sr-only">{t("share.metrics.label")}</span>
      {items.map((item) => (
        <span key={item}>{item}</span>
      ))}
    </p>
  );
}
