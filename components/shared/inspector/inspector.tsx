"use client";

import type { ReactNode } from "react";
import { CopyButton } from "@/components/shared/copy-button";
import { MarkdownBlock } from "@/components/shared/markdown/markdown-block";
import { useFormat, useT } from "@/lib/i18n/provider";
import { prettyIfJson } from "@/lib/pretty-json";
import { cn } from "@/lib/utils";
import { TruncatedNote } from "../truncated-note";
import { SseEvents } from "./sse-events";
import { headersThatMatter, type InspectorExchange, requestIdOf } from "./types";

function Section({ title, action, children }: { title: string; action?: ReactNode; children: ReactNode }) {
  return (
    <section className="flex min-w-0 flex-col gap-1.5">
      <div className="flex items-center justify-between gap-2">
        <h3 className="text-sm font-semibold">{title}</h3>
        {action}
      </div>
      {children}
    </section>
  );
}

/** A body: highlighted as JSON unless its content type says otherwise (a multipart create, plain text). */
function Json({ text, testId, type }: { text: string; testId: string; type?: string }) {
  const t = useT();
  const pretty = prettyIfJson(text);
  return (
    <>
      <div className="markdown max-h-80 min-w-0 overflow-auto [&>div]:my-0" data-testid={testId}>
        <MarkdownBlock
          text={`\`\`\`\`${!type || /json/i.test(type) ? "json" : "text"}\n${pretty.text}\n\`\`\`\``}
        />
      </div>
      {pretty.truncated && <TruncatedNote text={t("shared.json.truncated")} />}
    </>
  );
}

/** The exact request, the response status and headers that matter, and the raw reply (JSON or SSE). */
export function Inspector({ exchange }: { exchange: InspectorExchange | undefined }) {
  const t = useT();
  const f = useFormat();
  if (!exchange) return <p className="text-muted-foreground text-sm">{t("shared.inspector.empty")}</p>;
  const { request, response, events, rawBody, rawBodyShortened } = exchange;
  const requestId = requestIdOf(response?.headers);
  const ok = response != null && response.status < 400;
  return (
    <div className="flex min-w-0 flex-col gap-4" data-testid="inspector">
      <Section title={t("shared.inspector.request")}>
        <p className="font-mono text-xs break-all" data-testid="inspector-request-line">
          <span className="font-semibold">{request.method}</span> {request.url}
        </p>
        <ul className="text-muted-foreground font-mono text-xs">
          {Object.entries(request.headers).map(([name, value]) => (
            <li key={name}>
              {name}: {value}
            </li>
          ))}
        </ul>
        {request.body ? (
          <Json text={request.body} testId="inspector-request-body" type={request.headers["content-type"]} />
        ) : (
          <p className="text-muted-foreground text-xs">{t("shared.inspector.noBody")}</p>
        )}
      </Section>
      <Section title={t("shared.inspector.response")}>
        {response ? (
          <>
            <p className="flex flex-wrap items-center gap-2 text-xs">
              <span
                className={cn(
                  "rounded px-1.5 py-0.5 font-mono font-semibold",
                  ok
                    ? "bg-emerald-500/15 text-emerald-700 dark:text-emerald-300"
                    : "bg-destructive/15 text-destructive",
                )}
                data-testid="inspector-status"
              >
                {t("shared.inspector.status", { status: response.status })}
              </span>
              <span className="text-muted-foreground font-mono" data-testid="inspector-timing">
                {t("shared.inspector.headersAfter", { time: f.ms(response.at) })}
              </span>
              {requestId && (
                <span className="font-mono" data-testid="inspector-request-id">
                  {t("shared.inspector.requestId")}: {requestId}
                </span>
              )}
            </p>
            <ul
              className="text-muted-foreground font-mono text-xs break-all"
              data-testid="inspector-response-headers"
            >
              {headersThatMatter(response.headers).map(([name, value]) => (
                <li key={name}>
                  {name}: {value}
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p className="text-muted-foreground text-xs">{t("shared.inspector.waiting")}</p>
        )}
      </Section>
      <Section
        title={t("shared.inspector.raw")}
        action={
          (rawBody != null || (events?.length ?? 0) > 0) && (
            <CopyButton
              text={() =>
                rawBody ??
                (events ?? [])
                  .map((e) => `${e.event ? `event: ${e.event}\n` : ""}data: ${e.data}\n`)
                  .join("\n")
              }
              data-testid="inspector-copy-raw"
            />
          )
        }
      >
        {rawBody != null ? (
          <>
            <Json text={rawBody} testId="inspector-raw-body" />
            {rawBodyShortened && <TruncatedNote text={t("shared.inspector.shortened")} />}
          </>
        ) : events && events.length > 0 ? (
          <SseEvents events={events} />
        ) : (
          <p className="text-muted-foreground text-xs">{t("shared.inspector.noRaw")}</p>
        )}
      </Section>
    </div>
  );
}
