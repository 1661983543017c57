import type { ReactNode } from "react";
import type { ViewI18n } from "./view-types";

/** Label/value pairs (model, vendor, API, …) as a compact definition list. */
export function Facts({ items }: { items: [label: string, value: ReactNode][] }) {
  return (
    <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-1 text-sm">
      {items.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="text-muted-foreground">{label}</dt>
          <dd className="min-w-0 font-mono text-xs leading-5 break-all">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Request parameters in wire form, one per line (`temperature: 0.7`). */
export function ParamsList({ params, t }: { params: object } & Pick<ViewI18n, "t">) {
  const entries = Object.entries(params).filter(([, v]) => v !== undefined);
  if (entries.length === 0)
    return <span className="text-muted-foreground font-sans">{t("share.view.noParameters")}</span>;
  return (
    <ul className="flex flex-wrap gap-1.5" data-testid="share-params">
      {entries.map(([key, value]) => (
        <li key={key} className="bg-muted rounded px-1.5 py-0.5">
          {key}: {typeof value === "string" ? value : JSON.stringify(value)}
        </li>
      ))}
    </ul>
  );
}

/** A system prompt, folded when long. */
export function SystemView({ text, t }: { text: string } & Pick<ViewI18n, "t">) {
  if (!text.trim()) return null;
  return (
    <details
      className="bg-muted/40 rounded-md border text-sm"
      open={text.length < 400}
      data-testid="share-system"
    >
      <summary className="text-muted-foreground cursor-pointer px-3 py-1.5 text-xs font-medium select-none">
        {t("share.view.system")}
      </summary>
      <div className="border-t px-3 py-2 break-words whitespace-pre-wrap">{text}</div>
    </details>
  );
}

/** A media request as shared: its prompt, then its settings as facts. */
export function PromptFacts({
  prompt,
  facts,
  t,
}: { prompt: string; facts: [string, string][] } & Pick<ViewI18n, "t">) {
  return (
    <section className="bg-card flex flex-col gap-3 rounded-lg border p-3">
      <div>
        <h2 className="text-muted-foreground mb-1 text-xs font-medium">{t("share.view.prompt")}</h2>
        <p className="text-sm break-words whitespace-pre-wrap">{prompt}</p>
      </div>
      <Facts items={facts} />
    </section>
  );
}
