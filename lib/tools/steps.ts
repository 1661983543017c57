import type { DynamicToolUIPart } from "ai";
import type { PlaygroundMessage } from "@/lib/conversations/metadata";

type Part = PlaygroundMessage["parts"][number];

export const isToolCall = (part: { type: string }): part is DynamicToolUIPart => part.type === "dynamic-tool";

/**
 * An assistant message that called tools holds every step of the turn: the calls, then (after the user
 * answered and the page asked again) the next reply, split by `step-start` parts. Each step is one
 * assistant message on the wire, followed by its tool results.
 */
export function stepsOf(message: PlaygroundMessage): Part[][] {
  const steps: Part[][] = [[]];
  for (const part of message.parts) {
    if (part.type === "step-start") {
      if ((steps.at(-1) ?? []).length > 0) steps.push([]);
    } else steps.at(-1)?.push(part);
  }
  return steps.filter((step) => step.length > 0);
}

/** What a call's result is, as the user gave it (text or JSON as typed), and whether it is an error. */
export function resultOf(part: DynamicToolUIPart): { text: string; isError: boolean } | undefined {
  if (part.state === "output-available")
    return {
      text: typeof part.output === "string" ? part.output : JSON.stringify(part.output),
      isError: false,
    };
  if (part.state === "output-error") return { text: part.errorText, isError: true };
  return undefined;
}

/** The arguments of a call as the model sent them: its JSON text (an unparseable one stays a string). */
export function argumentsText(input: unknown): string {
  if (typeof input === "string") return input;
  return JSON.stringify(input ?? {});
}

/** The reverse of argumentsText: a call's input from its arguments text (unparseable text stays a string). */
export function argumentsValue(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
