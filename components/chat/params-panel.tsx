"use client";

import { RotateCcwIcon } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import { type MessageKey, useT } from "@/lib/i18n/provider";
import { type NumberParam, numberParams, paramProblem, reasoningEfforts } from "@/lib/schemas/chat-params";
import { useChatConfigStore } from "@/lib/stores/chat-config";
import { ParamRow } from "./param-row";
import { ResponseFormatField } from "./response-format-field";

const steps: Record<NumberParam, string> = {
  temperature: "0.1",
  top_p: "0.05",
  max_tokens: "1",
  presence_penalty: "0.1",
  frequency_penalty: "0.1",
  seed: "1",
};

/** Every body parameter with an on/off switch; values are sent as typed (the upstream sets the limits). */
export function ParamsPanel() {
  const t = useT();
  const params = useChatConfigStore((s) => s.params);
  const setParam = useChatConfigStore((s) => s.setParam);
  const setStream = useChatConfigStore((s) => s.setStream);
  const reset = useChatConfigStore((s) => s.resetParams);
  return (
    <div className="flex flex-col gap-2" data-testid="params-panel">
      <div className="flex items-center justify-between">
        <h2 className="text-sm font-semibold">{t("chat.params.title")}</h2>
        <Button variant="ghost" size="sm" onClick={reset} data-testid="params-reset">
          <RotateCcwIcon aria-hidden />
          {t("chat.params.reset")}
        </Button>
      </div>
      <p className="text-muted-foreground text-xs">{t("chat.params.hint")}</p>
      <label className="flex items-center gap-2 rounded-md border p-2.5 text-sm font-medium">
        <input
          type="checkbox"
          checked={params.stream}
          onChange={(e) => setStream(e.target.checked)}
          className="accent-primary size-4"
          data-testid="param-stream-toggle"
        />
        {t("chat.params.stream")}
        <code className="text-muted-foreground ml-auto font-mono text-[11px]">stream</code>
      </label>
      {numberParams.map((name) => (
        <ParamRow
          key={name}
          name={name}
          label={t(`chat.params.${name}` as MessageKey)}
          problem={paramProblem(name, params) ? t("chat.params.invalidNumber") : undefined}
        >
          {(id, enabled) => (
            <Input
              id={id}
              type="number"
              inputMode="decimal"
              step={steps[name]}
              value={params.values[name]}
              disabled={!enabled}
              onChange={(e) => setParam(name, e.target.value)}
              className="h-8 font-mono"
              data-testid={`param-${name}-input`}
            />
          )}
        </ParamRow>
      ))}
      <ParamRow name="stop" label={t("chat.params.stop")} hint={t("chat.params.stopHint")}>
        {(id, enabled) => (
          <Textarea
            id={id}
            rows={2}
            value={params.values.stop}
            disabled={!enabled}
            onChange={(e) => setParam("stop", e.target.value)}
            className="min-h-14 font-mono text-xs"
            data-testid="param-stop-input"
          />
        )}
      </ParamRow>
      <ResponseFormatField />
      <ParamRow name="reasoning_effort" label={t("chat.params.reasoning_effort")}>
        {(id, enabled) => (
          <select
            id={id}
            value={params.values.reasoning_effort}
            disabled={!enabled}
            onChange={(e) =>
              setParam("reasoning_effort", e.target.value as (typeof reasoningEfforts)[number])
            }
            className="bg-background h-8 rounded-md border px-2 text-sm disabled:opacity-50"
            data-testid="param-reasoning_effort-input"
          >
            {reasoningEfforts.map((effort) => (
              <option key={effort} value={effort}>
                {t(`chat.params.effort${effort[0]?.toUpperCase()}${effort.slice(1)}` as MessageKey)}
              </option>
            ))}
          </select>
        )}
      </ParamRow>
    </div>
  );
}
