"use client";

import type { DynamicToolUIPart } from "ai";
import { WrenchIcon } from "lucide-react";
import type { PlaygroundMessage } from "@/lib/conversations/metadata";
import { useT } from "@/lib/i18n/provider";
import { capText, prettyIfJson, prettyJson } from "@/lib/pretty-json";
import { awaitingCalls } from "@/lib/tools/answer";
import { resultOf } from "@/lib/tools/steps";
import { cn } from "@/lib/utils";
import { ToolAnswerForm } from "./tool-answer-form";
import { useToolCalls } from "./tool-calls-context";
import { ToolJson } from "./tool-json";

/**
 * One tool call of a reply: its name, id and pretty arguments (growing while they stream), then the
 * result given, or a form to give it while the model waits.
 */
export function ToolCallCard({ part, message }: { part: DynamicToolUIPart; message: PlaygroundMessage }) {
  const t = useT();
  const context = useToolCalls();
  const args = typeof part.input === "string" ? capText(part.input) : prettyJson(part.input ?? {});
  const result = resultOf(part);
  const waiting = awaitingCalls(message);
  const isWaiting = waiting.some((c) => c.toolCallId === part.toolCallId);
  const status =
    part.state === "input-streaming"
      ? t("tools.call.streaming")
      : isWaiting
        ? t("tools.call.waiting")
        : result?.isError
          ? t("tools.call.failed")
          : result
            ? t("tools.call.answered")
            : "";
  const shown = result && prettyIfJson(result.text);
  return (
    <section
      className="bg-muted/40 min-w-0 rounded-md border text-sm"
      aria-label={`${t("tools.call.label")} ${part.toolName}`}
      data-testid="tool-call"
      data-state={part.state}
      data-tool={part.toolName}
    >
      <header className="text-muted-foreground flex flex-wrap items-center gap-1.5 border-b px-3 py-1.5 text-xs">
        <WrenchIcon className="size-3.5" aria-hidden />
        <code className="text-foreground font-mono font-medium" data-testid="tool-call-name">
          {part.toolName}
        </code>
        <code className="font-mono">{part.toolCallId}</code>
        {status && (
          <span
            className={cn(part.state === "input-streaming" && "animate-pulse")}
            data-testid="tool-call-status"
          >
            {status}
          </span>
        )}
      </header>
      <div data-testid="tool-call-arguments">
        <ToolJson label={t("tools.call.arguments")} {...args} note={t("shared.json.truncated")} />
      </div>
      {shown && (
        <div className="border-t" data-testid="tool-call-result">
          <ToolJson
            label={t("tools.call.result")}
            {...shown}
            note={t("shared.json.truncated")}
            error={result.isError}
          />
        </div>
      )}
      {isWaiting && context?.idle && (
        <ToolAnswerForm part={part} waiting={waiting} context={context} first={waiting[0] === part} />
      )}
    </section>
  );
}
