"use client";

import { lazy, memo, Suspense } from "react";
import { afterLoad } from "@/lib/after-load";

// The markdown stack (react-markdown, GFM, KaTeX, highlight.js grammars) is most of a page's script
// weight, and no page needs it for its first paint: it loads on first use, or right after the page's
// load event, whichever comes first. Until then a block shows as plain text, which is what it says.
const load = () => import("./markdown-renderer");
const Renderer = lazy(() => load().then((m) => ({ default: m.MarkdownRenderer })));

afterLoad(() => void load());

/** One top-level markdown block (safe renderer: see markdown-renderer.tsx). */
export const MarkdownBlock = memo(function MarkdownBlock({ text }: { text: string }) {
  return (
    <Suspense fallback={<p className="whitespace-pre-wrap">{text}</p>}>
      <Renderer text={text} />
    </Suspense>
  );
});
