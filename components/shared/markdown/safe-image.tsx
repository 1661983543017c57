"use client";

import { ImageIcon } from "lucide-react";
import { useState } from "react";
import { useT } from "@/lib/i18n/provider";
import { hostOf, safeUrl } from "./safe-url";

/** Remote images in model output load only on request, so a reply cannot ping a third party by itself. */
export function SafeImage({ src, alt }: { src?: string; alt?: string }) {
  const t = useT();
  const [load, setLoad] = useState(false);
  const url = typeof src === "string" ? safeUrl(src) : "";
  if (!url)
    return <span className="text-muted-foreground">[{alt || t("shared.markdown.imageBlocked")}]</span>;
  if (load) {
    return (
      // biome-ignore lint/performance/noImgElement: arbitrary remote hosts, next/image would need each allowed.
      <img src={url} alt={alt ?? ""} referrerPolicy="no-referrer" className="max-h-96 rounded-md border" />
    );
  }
  return (
    <button
      type="button"
      onClick={() => setLoad(true)}
      title={url}
      className="text-muted-foreground hover:bg-muted inline-flex items-center gap-1.5 rounded-md border border-dashed px-2 py-1 text-xs"
      data-testid="markdown-load-image"
    >
      <ImageIcon className="size-3.5" aria-hidden />
      {alt ? `${alt} · ` : ""}
      {t("shared.markdown.loadImage", { host: hostOf(url) })}
    </button>
  );
}
