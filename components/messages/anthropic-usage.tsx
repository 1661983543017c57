"use client";

import { useFormat, useT } from "@/lib/i18n/provider";
import type { AnthropicDetails } from "@/lib/messages/metadata";

/**
 * The Messages API's own usage fields, under their wire names (what a developer looks up in the
 * docs), including the cache write breakdown by TTL, the service tier and the vendor API·GO echoes.
 */
export function AnthropicUsage({ details }: { details: AnthropicDetails }) {
  const t = useT();
  const f = useFormat();
  const n = (value: number | undefined) => (value == null ? undefined : f.number(value));
  const breakdown =
    details.cacheCreation5m != null || details.cacheCreation1h != null
      ? `5m ${n(details.cacheCreation5m) ?? 0} · 1h ${n(details.cacheCreation1h) ?? 0}`
      : undefined;
  const rows: [string, string | undefined][] = [
    ["input_tokens", n(details.inputTokens)],
    ["cache_creation_input_tokens", n(details.cacheCreationInputTokens)],
    ["cache_creation", breakdown],
    ["cache_read_input_tokens", n(details.cacheReadInputTokens)],
    ["output_tokens", n(details.outputTokens)],
    ["service_tier", details.serviceTier],
    ["stop_sequence", details.stopSequence],
    ["vendor", details.vendor],
  ];
  const shown = rows.filter((row): row is [string, string] => row[1] != null);
  if (shown.length === 0) return null;
  return (
    <dl
      className="text-muted-foreground flex flex-wrap gap-x-3 gap-y-0.5 font-mono text-xs"
      aria-label={t("messages.usage")}
      data-testid="messages-usage"
    >
      {shown.map(([name, value]) => (
        <div key={name} className="flex gap-1" data-testid={`messages-usage-${name}`}>
          <dt>{name}</dt>
          <dd className="text-foreground">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
