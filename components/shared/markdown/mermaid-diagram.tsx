"use client";

import { useEffect, useState } from "react";
import { useFormat, useT } from "@/lib/i18n/provider";
import { TruncatedNote } from "../truncated-note";

/** Longest mermaid source drawn: layout cost grows quickly with the number of nodes and edges. */
export const MERMAID_MAX_CHARS = 10_000;
// While a reply streams the source grows: it is drawn once it has been still this long.
const SETTLE_MS = 400;

type Drawn = { svg: string; width: number; height: number } | { error: string } | undefined;

let seq = 0;

/** Draws `source` with mermaid (loaded on first use), strict security level, SVG labels only. */
async function draw(source: string, dark: boolean): Promise<Drawn> {
  const { default: mermaid } = await import("mermaid");
  mermaid.initialize({
    startOnLoad: false,
    securityLevel: "strict",
    maxTextSize: MERMAID_MAX_CHARS,
    theme: dark ? "dark" : "default",
    htmlLabels: false,
    flowchart: { htmlLabels: false },
  });
  const id = `mermaid-${++seq}`;
  try {
    const { svg } = await mermaid.render(id, source);
    const box = /viewBox="[-\d.]+ [-\d.]+ ([\d.]+) ([\d.]+)"/.exec(svg);
    return { svg, width: Number(box?.[1] ?? 600), height: Number(box?.[2] ?? 400) };
  } catch (error) {
    document.getElementById(`d${id}`)?.remove(); // the error diagram mermaid may leave behind
    const message = error instanceof Error ? error.message : String(error);
    return { error: message.split("\n")[0]?.slice(0, 160) || "syntax error" };
  }
}

/**
 * A ```mermaid block's diagram, under its source (which stays visible and copyable). The SVG mermaid
 * returns (sanitised at securityLevel "strict") is shown as an image: it cannot run script or load
 * anything, whatever the source says.
 */
export function MermaidDiagram({ source }: { source: string }) {
  const t = useT();
  const f = useFormat();
  const [drawn, setDrawn] = useState<Drawn>();
  const tooLarge = source.length > MERMAID_MAX_CHARS;

  useEffect(() => {
    if (tooLarge) return;
    let live = true;
    const timer = setTimeout(() => {
      const dark = document.documentElement.classList.contains("dark");
      void draw(source, dark).then((next) => live && setDrawn(next));
    }, SETTLE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [source, tooLarge]);

  if (tooLarge)
    return (
      <TruncatedNote text={t("shared.markdown.diagramTooLarge", { limit: f.number(MERMAID_MAX_CHARS) })} />
    );
  if (!drawn) return <TruncatedNote text={t("shared.markdown.diagramDrawing")} />;
  if ("error" in drawn)
    return <TruncatedNote text={t("shared.markdown.diagramError", { message: drawn.error })} />;
  return (
    <div className="overflow-x-auto border-t bg-white p-3 dark:bg-transparent" data-testid="mermaid-diagram">
      {/* biome-ignore lint/performance/noImgElement: a data: URL of a generated SVG, nothing to optimise. */}
      <img
        src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(drawn.svg)}`}
        alt={t("shared.markdown.diagram")}
        width={Math.round(drawn.width)}
        height={Math.round(drawn.height)}
        className="mx-auto h-auto max-w-full"
      />
    </div>
  );
}
