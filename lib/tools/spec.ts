/**
 * A function tool as the user edits it: the schema stays text as typed (so nothing is lost while it is
 * invalid), and is checked and parsed when a request is built. Shared by chat and Messages.
 */
export interface ToolSpec {
  name: string;
  description: string;
  /** JSON Schema of the parameters, as typed. */
  parameters: string;
  /** A saved answer, so a run can repeat without typing. */
  mock?: string;
  /** The saved answer is an error (Messages `is_error`, an error output in chat). */
  mockError?: boolean;
}

/** `auto` (the APIs' default, not sent), `none`, `required` (Messages: `any`) or `tool:<name>`. */
export type ToolChoice = "auto" | "none" | "required" | `tool:${string}`;
/** Parallel calls: the API's default (not sent), or forced on / off. */
export type ParallelCalls = "default" | "on" | "off";

/** The tools of one conversation (kept in its settings, so export, reload and shares carry them). */
export interface ToolSettings {
  tools: ToolSpec[];
  choice: ToolChoice;
  parallel: ParallelCalls;
}

export const emptyToolSettings: ToolSettings = { tools: [], choice: "auto", parallel: "default" };

export type ToolProblem =
  | "name"
  | "duplicate"
  | "json"
  | "notObject"
  | "typeObject"
  | "properties"
  | "required"
  | "tooLong";

/** OpenAI's rule for function names; Anthropic's is the same set of characters. */
export const TOOL_NAME = /^[a-zA-Z0-9_-]{1,64}$/;
/** A schema longer than this is refused rather than parsed on every keystroke. */
export const MAX_SCHEMA_CHARS = 100_000;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === "object" && !Array.isArray(value);

/** Parses a parameters schema and checks its outer shape: type object, properties, required ⊆ properties. */
export function parseSchema(text: string): { schema?: Record<string, unknown>; problem?: ToolProblem } {
  if (text.length > MAX_SCHEMA_CHARS) return { problem: "tooLong" };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { problem: "json" };
  }
  if (!isRecord(value)) return { problem: "notObject" };
  if (value.type !== "object") return { problem: "typeObject" };
  const properties = value.properties ?? {};
  if (!isRecord(properties) || !Object.values(properties).every(isRecord)) return { problem: "properties" };
  const required = value.required ?? [];
  if (!Array.isArray(required) || !required.every((r) => typeof r === "string" && r in properties))
    return { problem: "required" };
  return { schema: value };
}

/** What stops a tool from being sent, if anything (the editor shows it; the tool is left out). */
export function toolProblem(tool: ToolSpec, all: readonly ToolSpec[] = [tool]): ToolProblem | undefined {
  if (!TOOL_NAME.test(tool.name)) return "name";
  if (all.filter((t) => t.name === tool.name).length > 1) return "duplicate";
  return parseSchema(tool.parameters).problem;
}

/**
 * The tools that can be sent, with their parsed schemas, in the order given, and the tool a forced
 * choice names when it is among them.
 */
export function sendableTools(settings: ToolSettings | undefined) {
  const all = settings?.tools ?? [];
  const tools = all.flatMap((tool) => {
    const { schema } = parseSchema(tool.parameters);
    return schema && !toolProblem(tool, all)
      ? [{ name: tool.name, description: tool.description.trim(), schema }]
      : [];
  });
  const named = settings?.choice.startsWith("tool:") ? settings.choice.slice(5) : undefined;
  return { tools, forced: tools.find((t) => t.name === named)?.name };
}

/** Reads tool settings back from a stored conversation (any older build or the user may have written them). */
export function toolSettingsOf(raw: unknown): ToolSettings {
  if (!isRecord(raw)) return emptyToolSettings;
  const text = (v: unknown) => (typeof v === "string" ? v : "");
  const tools = (Array.isArray(raw.tools) ? raw.tools : []).filter(isRecord).map(
    (t): ToolSpec => ({
      name: text(t.name),
      description: text(t.description),
      parameters: text(t.parameters),
      mock: typeof t.mock === "string" ? t.mock : undefined,
      mockError: t.mockError === true || undefined,
    }),
  );
  const { choice, parallel } = raw;
  return {
    tools,
    choice: typeof choice === "string" && choice !== "" ? (choice as ToolChoice) : "auto",
    parallel: parallel === "on" || parallel === "off" ? parallel : "default",
  };
}
