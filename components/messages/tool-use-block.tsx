"use client";

import { BoxIcon, WrenchIcon } from "lucide-react";
import { MarkdownBlock } from "@/components/shared/markdown/markdown-block";
import { TruncatedNote } from "@/components/shared/truncated-note";
import { useT } from "@/lib/i18n/provider";
import { type BlockData, blockJson } from "@/lib/messages/blocks";

/** A tool_use block (or any block type the page does not render itself) as its JSON. */
export function ToolUseBlock({ block }: { block: BlockData }) {
  const t = useT();
  const isTool = block.blockType === "tool_use";
  const Icon = isTool ? WrenchIcon : BoxIcon;
  const json = blockJson(block);
  return (
    <section className="bg-muted/40 min-w-0 rounded-md border text-sm" data-testid="messages-tool-use">
      <header className="text-muted-foreground flex flex-wrap items-center gap-1.5 border-b px-3 py-1.5 text-xs">
        <Icon className="size-3.5" aria-hidden />
        <span className="font-medium">{isTool ? t("messages.toolUse") : t("messages.otherBlock")}</span>
        <code className="text-foreground font-mono">{isTool ? block.name : block.blockType}</code>
        {block.toolId && <code className="font-mono">{block.toolId}</code>}
        {!block.complete && <span className="animate-pulse">{t("messages.toolStreaming")}</span>}
      </header>
      <div className="markdown max-h-72 min-w-0 overflow-auto [&>div]:my-0">
        <MarkdownBlock text={`\`\`\`\`json\n${json.text}\n\`\`\`\``} />
      </div>
      {json.truncated && <TruncatedNote text={t("shared.json.truncated")} />}
    </section>
  );
}
