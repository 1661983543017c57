"use client";

import type { ReactNode } from "react";
import { type ReplyMetadata, tokensPerSecond } from "@/lib/conversations/metadata";
import { useFormat, useT } from "@/lib/i18n/provider";

/** `children`: more figures after the measured ones (chat adds the reply's cost). */
export function ReplyMetrics({ meta, children }: { meta: ReplyMetadata; children?: ReactNode }) {
  const t = useT();
  const f = useFormat();
  const speed = tokensPerSecond(meta);
  const usage = meta.usage;
  const items = [
    meta.ttftMs != null && t("chat.ttft", { value: f.duration(meta.ttftMs) }),
    meta.totalMs != null && t("chat.total", { value: f.duration(meta.totalMs) }),
    speed != null && t("chat.speed", { value: f.number(speed, { maximumFractionDigits: 1 }) }),
    usage?.promptTokens != null && t("chat.promptTokens", { value: f.number(usage.promptTokens) }),
    usage?.cachedTokens ? t("chat.cachedTokens", { value: f.number(usage.cachedTokens) }) : false,
    usage?.completionTokens != null &&
      t("chat.completionTokens", { value: f.number(usage.completionTokens) }),
    usage?.reasoningTokens ? t("chat.reasoningTokens", { value: f.number(usage.reasoningTokens) }) : false,
    meta.finishReason && t("chat.finishReason", { value: meta.finishReason }),
  ].filter((item): item is string => Boolean(item));
  return (
    <p
      className="text-muted-foreground flex flex-wrap gap-x-3 gap-y-0.5 font-mono text-xs"
      title={[meta.model, meta.requestId].filter(Boolean).join(" · ")}
      data-testid="chat-metrics"
    >
      <span className="sr-only">{t("chat.metricsLabel")}</span>
      {items.map((item) => (
        <span key={item}>{item}</span>
      ))}
      {children}
    </p>
  );
}
