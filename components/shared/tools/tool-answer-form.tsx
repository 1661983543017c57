"use client";

import type { DynamicToolUIPart } from "ai";
import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { Textarea } from "@/components/ui/textarea";
import { useT } from "@/lib/i18n/provider";
import { savedAnswerOf, submitAnswers, type ToolAnswer } from "@/lib/tools/answer";
import type { ToolCallsContextValue } from "./tool-calls-context";

interface Props {
  part: DynamicToolUIPart;
  /** Every call of the step still waiting (parallel calls), in order. */
  waiting: DynamicToolUIPart[];
  context: ToolCallsContextValue;
  /** The first waiting call offers to answer all of them with their saved answers. */
  first: boolean;
}

const mockOf = (context: ToolCallsContextValue, name: string) => savedAnswerOf(context.tools, name);

function Check(props: { label: string; checked: boolean; onChange: (on: boolean) => void; testId: string }) {
  return (
    <label className="flex items-center gap-1.5">
      <input
        type="checkbox"
        checked={props.checked}
        onChange={(e) => props.onChange(e.target.checked)}
        data-testid={props.testId}
      />
      {props.label}
    </label>
  );
}

/** The user's result for one waiting call: typed JSON or text, an error toggle, or the saved answer. */
export function ToolAnswerForm({ part, waiting, context, first }: Props) {
  const t = useT();
  const id = useId();
  const [text, setText] = useState("");
  const [isError, setIsError] = useState(false);
  const [save, setSave] = useState(false);
  const known = context.tools.tools.some((tool) => tool.name === part.toolName);
  const mock = mockOf(context, part.toolName);
  const allMocks = waiting.map((c) => [c.toolCallId, mockOf(context, c.toolName)] as const);
  const canAnswerAll = first && waiting.length > 1 && allMocks.every(([, m]) => m);

  const answer = (answers: ReadonlyMap<string, ToolAnswer>) => submitAnswers(context.chat(), answers);

  function send() {
    const typed = { text, isError };
    if (save)
      context.setTools((current) => ({
        ...current,
        tools: current.tools.map((tool) =>
          tool.name === part.toolName ? { ...tool, mock: text, mockError: isError || undefined } : tool,
        ),
      }));
    answer(new Map([[part.toolCallId, typed]]));
  }

  return (
    <div className="grid gap-2 border-t px-3 py-2" data-testid="tool-answer">
      {!known && <p className="text-muted-foreground text-xs">{t("tools.call.unknownTool")}</p>}
      <label htmlFor={id} className="text-xs font-medium">
        {t("tools.call.answerLabel", { name: part.toolName })}
      </label>
      <Textarea
        id={id}
        rows={3}
        value={text}
        placeholder={t("tools.call.answerPlaceholder")}
        onChange={(e) => setText(e.target.value)}
        spellCheck={false}
        className="font-mono text-xs"
        data-testid="tool-answer-input"
      />
      <div className="flex flex-wrap items-center gap-x-4 gap-y-1 text-xs">
        <Check
          label={t("tools.call.isError")}
          checked={isError}
          onChange={setIsError}
          testId="tool-answer-error"
        />
        {known && (
          <Check
            label={t("tools.call.saveMock", { name: part.toolName })}
            checked={save}
            onChange={setSave}
            testId="tool-answer-save"
          />
        )}
      </div>
      <div className="flex flex-wrap gap-2">
        <Button size="sm" onClick={send} data-testid="tool-answer-send">
          {t("tools.call.send")}
        </Button>
        {mock && (
          <Button
            size="sm"
            variant="outline"
            onClick={() => answer(new Map([[part.toolCallId, mock]]))}
            data-testid="tool-answer-mock"
          >
            {t("tools.call.useMock")}
          </Button>
        )}
        {canAnswerAll && (
          <Button
            size="sm"
            variant="outline"
            onClick={() => answer(new Map(allMocks.flatMap(([callId, m]) => (m ? [[callId, m]] : []))))}
            data-testid="tool-answer-all"
          >
            {t("tools.call.sendAll")}
          </Button>
        )}
      </div>
    </div>
  );
}
