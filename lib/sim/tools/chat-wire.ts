import { tokenize } from "../text";
import { isRecord, randomAlnum } from "../util";
import type { PlannedCall, ToolChoice, ToolParams, ToolSpec } from "./pick";
import { resultText, type ToolResult } from "./readback";

/**
 * Chat Completions `tools` / `tool_choice` / `parallel_tool_calls`, read loosely (no rejections): the
 * function tools (other tool types, e.g. `custom`, are not called by the simulator).
 */
export function chatToolParams(body: Record<string, unknown>): ToolParams {
  const tools: ToolSpec[] = [];
  for (const t of Array.isArray(body.tools) ? body.tools : []) {
    const fn = isRecord(t) && isRecord(t.function) ? t.function : undefined;
    if (!fn || typeof fn.name !== "string") continue;
    const description = typeof fn.description === "string" ? fn.description : "";
    tools.push({ name: fn.name, description, schema: fn.parameters });
  }
  const tc = body.tool_choice;
  let choice: ToolChoice = { kind: "auto" };
  if (tc === "none" || tc === "required") choice = { kind: tc };
  else if (isRecord(tc) && isRecord(tc.function) && typeof tc.function.name === "string") {
    choice = { kind: "named", name: tc.function.name };
  }
  return { tools, choice, parallel: body.parallel_tool_calls !== false };
}

export interface ChatPairingError {
  message: string;
  param: string;
}

/** OpenAI refuses `tool_choice` / `parallel_tool_calls` on a request without tools (param, message). */
export function chatToolParamError(body: Record<string, unknown>): ChatPairingError | null {
  if (Array.isArray(body.tools) && body.tools.length > 0) return null;
  for (const param of ["tool_choice", "parallel_tool_calls"]) {
    if (body[param] === undefined || body[param] === null) continue;
    return {
      message: `Invalid value for '${param}': '${param}' is only allowed when 'tools' are specified.`,
      param,
    };
  }
  return null;
}

function callIds(m: Record<string, unknown>): string[] {
  const calls = Array.isArray(m.tool_calls) ? m.tool_calls : [];
  return calls.map((c) => (isRecord(c) && typeof c.id === "string" ? c.id : "")).filter(Boolean);
}

/**
 * OpenAI's checks of tool turns, with its texts and `param` paths: a `tool` message must answer a
 * call of the assistant message before its run of tool messages, and every call must be answered
 * before the next non-tool message.
 */
export function chatPairingError(messages: readonly Record<string, unknown>[]): ChatPairingError | null {
  let open: string[] = [];
  let known = new Set<string>();
  for (let i = 0; i < messages.length; i++) {
    const m = messages[i] ?? {};
    if (m.role === "tool") {
      const id = typeof m.tool_call_id === "string" ? m.tool_call_id : "";
      if (known.size === 0) {
        return {
          message:
            "Invalid parameter: messages with role 'tool' must be a response to a preceeding message with 'tool_calls'.",
          param: `messages.[${i}].role`,
        };
      }
      if (!known.has(id)) {
        return {
          message: `Invalid parameter: 'tool_call_id' of '${id}' not found in 'tool_calls' of previous message.`,
          param: `messages.[${i}].tool_call_id`,
        };
      }
      open = open.filter((x) => x !== id);
      continue;
    }
    if (open.length > 0) {
      return {
        message: `An assistant message with 'tool_calls' must be followed by tool messages responding to each 'tool_call_id'. The following tool_call_ids did not have response messages: ${open.join(", ")}`,
        param: `messages.[${i}].role`,
      };
    }
    known = new Set(m.role === "assistant" ? callIds(m) : []);
    open = [...known];
  }
  return null;
}

/** The tool results that end the conversation (the run of `tool` messages after the last call). */
export function chatTrailingResults(messages: readonly Record<string, unknown>[]): ToolResult[] {
  const out: ToolResult[] = [];
  let i = messages.length - 1;
  while (i >= 0 && messages[i]?.role === "tool") i--;
  const names = new Map<string, string>();
  const asked = messages[i]?.tool_calls;
  for (const c of Array.isArray(asked) ? asked : []) {
    if (isRecord(c) && typeof c.id === "string" && isRecord(c.function)) {
      names.set(c.id, typeof c.function.name === "string" ? c.function.name : "");
    }
  }
  for (const m of messages.slice(i + 1)) {
    const id = typeof m.tool_call_id === "string" ? m.tool_call_id : "";
    out.push({ name: names.get(id) ?? "", text: resultText(m.content), isError: false });
  }
  return out;
}

export interface WireCall extends PlannedCall {
  id: string;
}

export function withCallIds(calls: readonly PlannedCall[]): WireCall[] {
  return calls.map((c) => ({ ...c, id: `call_${randomAlnum(24)}` }));
}

/** `message.tool_calls` of a non-stream completion. */
export function chatToolCalls(calls: readonly WireCall[]) {
  return calls.map((c) => ({ id: c.id, type: "function", function: { name: c.name, arguments: c.json } }));
}

/**
 * Stream deltas, one per token: a call opens with its id, type, name and empty arguments, then its
 * arguments follow in fragments carrying only `index` (OpenAI's streaming shape).
 */
export function chatToolDeltas(calls: readonly WireCall[]): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  calls.forEach((c, index) => {
    out.push({
      tool_calls: [{ index, id: c.id, type: "function", function: { name: c.name, arguments: "" } }],
    });
    for (const frag of tokenize(c.json)) out.push({ tool_calls: [{ index, function: { arguments: frag } }] });
  });
  return out;
}

/** Output tokens of the calls: name and arguments (counted like text). */
export function callTokens(calls: readonly PlannedCall[]): number {
  return calls.reduce((n, c) => n + tokenize(c.name).length + tokenize(c.json).length, 0);
}
