import { argumentsText, argumentsValue } from "@/lib/tools/steps";
import { MAX_ARGUMENT_CHARS } from "./types";

// A cell whose reply called tools: the calls are kept with the cell (name and arguments as the model
// sent them), shown in place of an empty reply, and graded as JSON. Graders see
// `[{"name": …, "arguments": {…}}, …]` (the arguments parsed when they are JSON), so `valid JSON`,
// `matches JSON Schema` and `contains` grade what an agent prompt produced: which tool, with what.

export interface EvalToolCall {
  name: string;
  /** The arguments' JSON text as the model sent it. */
  arguments: string;
}

/** What a cell or dialog shows of one call's arguments, at most. */
export const ARGUMENTS_SHOWN_CHARS = 20_000;

/** A tool call chunk's name and parsed input as the cell keeps it (capped). */
export function evalToolCall(name: string, input: unknown): EvalToolCall {
  return { name: name.slice(0, 64), arguments: argumentsText(input).slice(0, MAX_ARGUMENT_CHARS) };
}

/** What graders see of a reply: its text, or the JSON of its tool calls when it made any. */
export function gradedText(cell: { text: string; toolCalls?: readonly EvalToolCall[] }): string {
  if (!cell.toolCalls?.length) return cell.text;
  return JSON.stringify(
    cell.toolCalls.map((c) => ({ name: c.name, arguments: argumentsValue(c.arguments) })),
  );
}

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** One call in one line, `name({"city":"Paris"})`, for a grid cell. */
export function callLine(call: EvalToolCall, max = 360): string {
  return clip(`${call.name}(${call.arguments})`, max);
}

/** What a grid shows of a reply: its calls, one line each, or its text, cut at `max` characters. */
export function replyPreview(
  cell: { text: string; toolCalls?: readonly EvalToolCall[] },
  max: number,
): string {
  if (cell.toolCalls?.length) return cell.toolCalls.map((c) => callLine(c, max)).join("\n");
  return clip(cell.text, max);
}

/** A call's arguments as indented JSON (as sent when not JSON), capped. */
export function prettyArguments(call: EvalToolCall): string {
  const value = argumentsValue(call.arguments);
  return clip(typeof value === "string" ? value : JSON.stringify(value, null, 2), ARGUMENTS_SHOWN_CHARS);
}
