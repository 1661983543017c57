import * as z from "zod/mini";

// zod/mini: the chat settings are read back in every page's first load, where zod's classic API would
// add ~20 kB of gzip JavaScript.

/** Parameters of /v1/chat/completions the panel edits. Values are kept as typed; nothing is clamped. */
export const numberParams = [
  "temperature",
  "top_p",
  "max_tokens",
  "presence_penalty",
  "frequency_penalty",
  "seed",
] as const;
export type NumberParam = (typeof numberParams)[number];
export const reasoningEfforts = ["minimal", "low", "medium", "high"] as const;
export const responseFormats = ["text", "json_object", "json_schema"] as const;

export const chatParamsSchema = z.object({
  values: z.object({
    temperature: z.string(),
    top_p: z.string(),
    max_tokens: z.string(),
    presence_penalty: z.string(),
    frequency_penalty: z.string(),
    seed: z.string(),
    /** One stop sequence per line; `\n`, `\t` and `\\` are escapes (a stop may be a newline). */
    stop: z.string(),
    response_format: z.enum(responseFormats),
    /** The `json_schema` object: `{ "name": ..., "schema": {...}, "strict": true }`. */
    json_schema: z.string(),
    reasoning_effort: z.enum(reasoningEfforts),
  }),
  /** A parameter that is off is not sent at all. */
  enabled: z.record(z.string(), z.boolean()),
  stream: z.boolean(),
});
export type ChatParams = z.infer<typeof chatParamsSchema>;
export type ParamKey = keyof ChatParams["values"];
export const paramKeys = Object.keys(chatParamsSchema.shape.values.shape) as ParamKey[];

export const defaultChatParams: ChatParams = {
  values: {
    temperature: "1",
    top_p: "1",
    max_tokens: "1024",
    presence_penalty: "0",
    frequency_penalty: "0",
    seed: "42",
    stop: "",
    response_format: "text",
    json_schema: JSON.stringify(
      {
        name: "answer",
        strict: true,
        schema: {
          type: "object",
          properties: { answer: { type: "string" } },
          required: ["answer"],
          additionalProperties: false,
        },
      },
      null,
      2,
    ),
    reasoning_effort: "medium",
  },
  enabled: {},
  stream: true,
};

const unescapes: Record<string, string> = { n: "\n", t: "\t", "\\": "\\" };
export const unescapeStop = (line: string) =>
  line.replace(/\\([nt\\])/g, (_m, c: string) => unescapes[c] ?? c);
export const escapeStop = (stop: string) =>
  stop.replace(/\\/g, "\\\\").replace(/\n/g, "\\n").replace(/\t/g, "\\t");

export type ParamProblem = "number" | "json";

/** Why a value cannot be sent as typed, if it cannot (the field shows it; the value is left out). */
export function paramProblem(key: ParamKey, params: ChatParams): ParamProblem | undefined {
  const v = params.values;
  if ((numberParams as readonly string[]).includes(key)) {
    const raw = v[key as NumberParam].trim();
    return raw !== "" && Number.isFinite(Number(raw)) ? undefined : "number";
  }
  if (key === "response_format" && v.response_format === "json_schema") {
    try {
      const parsed: unknown = JSON.parse(v.json_schema);
      return parsed && typeof parsed === "object" && !Array.isArray(parsed) ? undefined : "json";
    } catch {
      return "json";
    }
  }
  return undefined;
}

/** The body fields for the enabled parameters, in a stable order. */
export function paramsToBody(params: ChatParams): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const v = params.values;
  for (const key of paramKeys) {
    if (!params.enabled[key] || paramProblem(key, params)) continue;
    if ((numberParams as readonly string[]).includes(key)) out[key] = Number(v[key as NumberParam]);
    else if (key === "stop") {
      const list = v.stop
        .split("\n")
        .filter((s) => s !== "")
        .map(unescapeStop);
      if (list.length > 0) out.stop = list;
    } else if (key === "response_format") {
      out.response_format =
        v.response_format === "json_schema"
          ? { type: "json_schema", json_schema: JSON.parse(v.json_schema) as unknown }
          : { type: v.response_format };
    } else if (key === "reasoning_effort") out.reasoning_effort = v.reasoning_effort;
  }
  return out;
}

/** The reverse of paramsToBody for an imported request: known fields become enabled parameters. */
export function paramsFromBody(
  body: Record<string, unknown>,
  base: ChatParams = defaultChatParams,
): ChatParams {
  const values = { ...base.values };
  const enabled: Record<string, boolean> = {};
  for (const key of numberParams) {
    const value = body[key];
    if (typeof value === "number") {
      values[key] = String(value);
      enabled[key] = true;
    }
  }
  const stop = body.stop;
  if (typeof stop === "string" || Array.isArray(stop)) {
    values.stop = (Array.isArray(stop) ? stop.map(String) : [stop]).map(escapeStop).join("\n");
    enabled.stop = true;
  }
  const format = z
    .object({ type: z.enum(responseFormats), json_schema: z.optional(z.unknown()) })
    .safeParse(body.response_format);
  if (format.success) {
    values.response_format = format.data.type;
    if (format.data.json_schema !== undefined)
      values.json_schema = JSON.stringify(format.data.json_schema, null, 2);
    enabled.response_format = true;
  }
  const effort = z.enum(reasoningEfforts).safeParse(body.reasoning_effort);
  if (effort.success) {
    values.reasoning_effort = effort.data;
    enabled.reasoning_effort = true;
  }
  return { values, enabled, stream: body.stream !== false };
}
