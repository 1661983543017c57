"use client";

import { Textarea } from "@/components/ui/textarea";
import { type MessageKey, useT } from "@/lib/i18n/provider";
import { type ChatParams, paramProblem, responseFormats } from "@/lib/schemas/chat-params";
import { ParamRow } from "./param-row";
import type { ParamsEditing } from "./params-editor";

const formatLabels: Record<(typeof responseFormats)[number], MessageKey> = {
  text: "chat.params.formatText",
  json_object: "chat.params.formatJsonObject",
  json_schema: "chat.params.formatJsonSchema",
};

/** response_format: text, json_object, or json_schema with an editor for the schema object. */
export function ResponseFormatField({ params, setParam, setEnabled }: ParamsEditing) {
  const t = useT();
  const format = params.values.response_format;
  return (
    <ParamRow
      name="response_format"
      label={t("chat.params.response_format")}
      enabled={Boolean(params.enabled.response_format)}
      onEnabledChange={(on) => setEnabled("response_format", on)}
      problem={paramProblem("response_format", params) ? t("chat.params.invalidJson") : undefined}
    >
      {(id, enabled) => (
        <div className="grid gap-1.5">
          <select
            id={id}
            value={format}
            disabled={!enabled}
            onChange={(e) =>
              setParam("response_format", e.target.value as ChatParams["values"]["response_format"])
            }
            className="bg-background h-8 rounded-md border px-2 text-sm disabled:opacity-50"
            data-testid="param-response_format-input"
          >
            {responseFormats.map((f) => (
              <option key={f} value={f}>
                {t(formatLabels[f])}
              </option>
            ))}
          </select>
          {format === "json_schema" && (
            <Textarea
              aria-label={t("chat.params.schemaLabel")}
              rows={8}
              value={params.values.json_schema}
              disabled={!enabled}
              onChange={(e) => setParam("json_schema", e.target.value)}
              spellCheck={false}
              className="font-mono text-xs"
              data-testid="param-json_schema-input"
            />
          )}
        </div>
      )}
    </ParamRow>
  );
}
