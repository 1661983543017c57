import { WrenchIcon } from "lucide-react";
import { ToolJson } from "@/components/shared/tools/tool-json";
import { prettyIfJson, prettyJson } from "@/lib/pretty-json";
import type { ShareToolSettings } from "@/lib/schemas/share";
import type { ViewI18n } from "./view-types";

// Tools on the read-only share page (issue #20): the conversation's tool set, and each call of a reply
// as a card (name, id, pretty arguments, the result given). Server-rendered: no client code.

/** Arguments and results are shown up to this many characters each, with a note past it. */
const SHOWN_CHARS = 20_000;

/** `args`: the arguments' JSON text (chat) or the parsed input (Messages). */
export function SharedToolCall({
  id,
  name,
  args,
  result,
  isError,
  t,
}: {
  id: string;
  name: string;
  args: unknown;
  result?: string;
  isError?: boolean;
} & Pick<ViewI18n, "t">) {
  const limit = { maxChars: SHOWN_CHARS };
  const shownArgs = typeof args === "string" ? prettyIfJson(args, limit) : prettyJson(args ?? {}, limit);
  const shownResult = result === undefined ? undefined : prettyIfJson(result, limit);
  const note = t("shared.json.truncated");
  const status =
    shownResult === undefined
      ? t("share.view.toolNoResult")
      : isError
        ? t("tools.call.failed")
        : t("tools.call.answered");
  return (
    <section
      className="bg-muted/40 min-w-0 rounded-md border text-sm"
      aria-label={`${t("tools.call.label")} ${name}`}
      data-testid="share-tool-call"
    >
      <header className="text-muted-foreground flex flex-wrap items-center gap-1.5 border-b px-3 py-1.5 text-xs">
        <WrenchIcon className="size-3.5" aria-hidden />
        <code className="text-foreground font-mono font-medium" data-testid="share-tool-call-name">
          {name}
        </code>
        <code className="font-mono">{id}</code>
        <span>{status}</span>
      </header>
      <div data-testid="share-tool-call-arguments">
        <ToolJson label={t("tools.call.arguments")} {...shownArgs} note={note} />
      </div>
      {shownResult && (
        <div
          className="border-t"
          data-testid="share-tool-call-result"
          data-error={isError ? "true" : undefined}
        >
          <ToolJson label={t("tools.call.result")} {...shownResult} note={note} error={isError} />
        </div>
      )}
    </section>
  );
}

/** As the tool editor words it; Messages calls `required` `any`. */
const choiceText = (choice: string, messages: boolean, t: ViewI18n["t"]) =>
  choice.startsWith("tool:")
    ? t("tools.choiceTool", { name: choice.slice(5) })
    : choice === "none"
      ? t("tools.choiceNone")
      : choice !== "required"
        ? t("tools.choiceAuto")
        : messages
          ? t("tools.choiceAny")
          : t("tools.choiceRequired");

/** The tool set among the conversation's facts: each tool (its schema folded), then choice and parallel. */
export function SharedToolSet({
  tools: set,
  messages,
  t,
}: { tools: ShareToolSettings; messages: boolean } & Pick<ViewI18n, "t">) {
  const parallel =
    set.parallel === "on"
      ? t("tools.parallelOn")
      : set.parallel === "off"
        ? t("tools.parallelOff")
        : t("tools.parallelDefault");
  return (
    <div className="flex min-w-0 flex-col gap-1" data-testid="share-tools">
      {set.tools.map((tool, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a stored tool set never reorders (names may repeat).
        <details key={i} className="min-w-0" data-testid="share-tool">
          <summary className="cursor-pointer">
            <code className="font-mono">{tool.name}</code>
            {tool.description && <span className="text-muted-foreground"> — {tool.description}</span>}
          </summary>
          <ToolJson
            label={t("tools.parameters")}
            {...prettyIfJson(tool.parameters, { maxChars: SHOWN_CHARS })}
            note={t("shared.json.truncated")}
          />
        </details>
      ))}
      <span className="text-muted-foreground text-xs">
        {t("tools.choice")}: {choiceText(set.choice, messages, t)} · {t("tools.parallel")}: {parallel}
      </span>
    </div>
  );
}
