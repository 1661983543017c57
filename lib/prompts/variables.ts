import type { PromptSetup } from "./schema";

// `{{ name }}` placeholders. A name is a word (letters, digits, `_`, `.`, `-`) with optional spaces
// inside the braces. The pattern has no nested quantifiers, so a scan is linear in the text.
const variablePattern = /\{\{\s*([A-Za-z_][\w.-]{0,63})\s*\}\}/g;

function texts(setup: Pick<PromptSetup, "system" | "messages">): string[] {
  return [setup.system, ...setup.messages.map((m) => m.content)];
}

/** Variable names in one text, in order of first appearance, each once. */
export function variablesIn(text: string, seen = new Set<string>()): string[] {
  const out: string[] = [];
  for (const match of text.matchAll(variablePattern)) {
    const name = match[1];
    if (name === undefined || seen.has(name)) continue;
    seen.add(name);
    out.push(name);
  }
  return out;
}

/** Variable names in the system prompt and every message, in order of first appearance. */
export function listVariables(setup: Pick<PromptSetup, "system" | "messages">): string[] {
  const seen = new Set<string>();
  return texts(setup).flatMap((t) => variablesIn(t, seen));
}

/** One text with its known variables replaced; unknown names stay as typed. */
export function fillText(text: string, values: Readonly<Record<string, string>>): string {
  return text.replace(variablePattern, (whole, name: string) =>
    Object.hasOwn(values, name) ? (values[name] ?? "") : whole,
  );
}

/** The setup with every known `{{ name }}` filled in (a copy; the input is not changed). */
export function fillVariables<T extends Pick<PromptSetup, "system" | "messages">>(
  setup: T,
  values: Readonly<Record<string, string>>,
): T {
  return {
    ...setup,
    system: fillText(setup.system, values),
    messages: setup.messages.map((m) => ({ ...m, content: fillText(m.content, values) })),
  };
}
