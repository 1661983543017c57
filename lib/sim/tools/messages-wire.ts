import { tokenize } from "../text";
import { isRecord, randomAlnum } from "../util";
import type { PlannedCall, ToolChoice, ToolParams, ToolSpec } from "./pick";
import { resultText, type ToolResult } from "./readback";

/** Client tools of a Messages request (server tools such as `web_search_*` have no input_schema). */
export function messagesToolParams(body: Record<string, unknown>): ToolParams {
  const tools: ToolSpec[] = [];
  for (const t of Array.isArray(body.tools) ? body.tools : []) {
    if (!isRecord(t) || typeof t.name !== "string" || !isRecord(t.input_schema)) continue;
    const description = typeof t.description === "string" ? t.description : "";
    tools.push({ name: t.name, description, schema: t.input_schema });
  }
  const tc = isRecord(body.tool_choice) ? body.tool_choice : {};
  let choice: ToolChoice = { kind: "auto" };
  if (tc.type === "none") choice = { kind: "none" };
  else if (tc.type === "any") choice = { kind: "required" };
  else if (tc.type === "tool" && typeof tc.name === "string") choice = { kind: "named", name: tc.name };
  return { tools, choice, parallel: tc.disable_parallel_tool_use !== true };
}

/** Anthropic refuses extended thinking together with a forced tool (`any` or a named tool). */
export function thinkingForcedToolError(p: ToolParams, thinking: boolean): string | null {
  if (!thinking || p.tools.length === 0) return null;
  if (p.choice.kind !== "required" && p.choice.kind !== "named") return null;
  return "Thinking may not be enabled when tool_choice forces tool use.";
}

type Msg = Record<string, unknown>;

function blocksOf(m: Msg | undefined, type: string): Record<string, unknown>[] {
  const c = m?.content;
  return Array.isArray(c)
    ? c.filter((b): b is Record<string, unknown> => isRecord(b) && b.type === type)
    : [];
}

function toolUseIds(m: Msg | undefined): string[] {
  if (m?.role !== "assistant") return [];
  return blocksOf(m, "tool_use").map((b) => (typeof b.id === "string" ? b.id : ""));
}

/**
 * Anthropic's pairing checks, with its texts: every `tool_result` must answer a `tool_use` of the
 * message before it (checked first, so an unknown id is named as such), and every `tool_use` needs a
 * `tool_result` in the very next (user) message.
 */
export function messagesPairingError(messages: readonly Msg[]): string | null {
  for (let i = 0; i < messages.length; i++) {
    const m = messages[i];
    const before = new Set(toolUseIds(messages[i - 1]));
    const content = Array.isArray(m?.content) ? m.content : [];
    for (let j = 0; j < content.length; j++) {
      const b = content[j];
      if (!isRecord(b) || b.type !== "tool_result") continue;
      const id = typeof b.tool_use_id === "string" ? b.tool_use_id : "";
      if (!before.has(id)) {
        return `messages.${i}.content.${j}: unexpected \`tool_use_id\` found in \`tool_result\` blocks: ${id}. Each \`tool_result\` block must have a corresponding \`tool_use\` block in the previous message.`;
      }
    }
  }
  for (let i = 0; i + 1 < messages.length; i++) {
    const m = messages[i];
    const answered = new Set(blocksOf(messages[i + 1], "tool_result").map((b) => b.tool_use_id));
    const missing = toolUseIds(m).filter((id) => !answered.has(id));
    if (missing.length > 0) {
      return `messages.${i}: \`tool_use\` ids were found without \`tool_result\` blocks immediately after: ${missing.join(", ")}. Each \`tool_use\` block must have a corresponding \`tool_result\` block in the next message.`;
    }
  }
  return null;
}

/** The tool results in the last (user) message, named after the `tool_use` blocks they answer. */
export function messagesTrailingResults(messages: readonly Msg[]): ToolResult[] {
  const last = messages.at(-1);
  if (last?.role !== "user") return [];
  const names = new Map<unknown, string>();
  for (const b of blocksOf(messages.at(-2), "tool_use"))
    names.set(b.id, typeof b.name === "string" ? b.name : "");
  return blocksOf(last, "tool_result").map((b) => ({
    name: names.get(b.tool_use_id) ?? "",
    text: resultText(b.content),
    isError: b.is_error === true,
  }));
}

export interface ToolUse extends PlannedCall {
  id: string;
}

export function withToolUseIds(calls: readonly PlannedCall[]): ToolUse[] {
  return calls.map((c) => ({ ...c, id: `toolu_01${randomAlnum(22)}` }));
}

export function toolUseBlock(c: ToolUse, input: unknown = c.input) {
  return { type: "tool_use", id: c.id, name: c.name, input };
}

/** `partial_json` fragments: an empty one first (as Claude sends), then the input JSON by token. */
export function inputJsonFragments(c: ToolUse): string[] {
  return ["", ...tokenize(c.json)];
}

/** The sentence Claude often writes before calling tools on its own (`auto`); forced calls have none. */
export function toolPreamble(calls: readonly PlannedCall[], choice: ToolChoice): string {
  if (calls.length === 0 || choice.kind !== "auto") return "";
  const names = [...new Set(calls.map((c) => `\`${c.name}\``))].join(" and ");
  return `I'll use ${names} to answer this.`;
}
