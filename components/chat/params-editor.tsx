"use client";

import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import { type MessageKey, useT } from "@/lib/i18n/provider";
import {
  type ChatParams,
  type NumberParam,
  numberParams,
  type ParamKey,
  paramProblem,
  reasoningEfforts,
} from "@/lib/schemas/chat-params";
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

/** The chat parameters being edited and how to change them (the chat tab's store, or a compare pane). */
export interface ParamsEditing {
  params: ChatParams;
  setParam: <K extends ParamKey>(key: K, value: ChatParams["values"][K]) => void;
  setEnabled: (key: ParamKey, enabled: boolean) => void;
}

/** Helpers for an editor over a plain ChatParams value. */
export function paramsEditing(
  params: ChatParams,
  onChange: (params: ChatParams) => void,
): ParamsEditing & {
  setStream: (stream: boolean) => void;
} {
  return {
    params,
    setParam: (key, value) => onChange({ ...params, values: { ...params.values, [key]: value } }),
    setEnabled: (key, enabled) => onChange({ ...params, enabled: { ...params.enabled, [key]: enabled } }),
    setStream: (stream) => onChange({ ...params, stream }),
  };
}

/** Every body parameter with an on/off switch; values are sent as typed (the upstream sets the limits). */
export function ParamsEditor(props: ParamsEditing & { setStream: (stream: boolean) => void }) {
  const t = useT();
  const { params, setParam, setEnabled, setStream } = props;
  const on = (name: ParamKey) => Boolean(params.enabled[name]);
  return (
    <>
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
          enabled={on(name)}
          onEnabledChange={(enabled) => setEnabled(name, enabled)}
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
      <ParamRow
        name="stop"
        label={t("chat.params.stop")}
        hint={t("chat.params.stopHint")}
        enabled={on("stop")}
        onEnabledChange={(enabled) => setEnabled("stop", enabled)}
      >
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
      <ResponseFormatField params={params} setParam={setParam} setEnabled={setEnabled} />
      <ParamRow
        name="reasoning_effort"
        label={t("chat.params.reasoning_effort")}
        enabled={on("reasoning_effort")}
        onEnabledChange={(enabled) => setEnabled("reasoning_effort", enabled)}
      >
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
    </>
  );
}
