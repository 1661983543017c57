import type { PromptSetup } from "@/lib/prompts/schema";

// The model-graded rubric: a chosen model reads the rubric, the case's prompt, the expected value
// and the reply, and answers a score 1-5 with a short reason. The prompt is shown in the grader's
// editor (rubricSystemPrompt) so the user sees exactly what the grading model is told.

export const DEFAULT_RUBRIC_PASS = 4;
const MAX_REASON = 240;

export const rubricSystemPrompt = `You are a strict grader. Score the reply against the rubric from 1 (fails it) to 5 (fully meets it).
Answer with one JSON object and nothing else: {"score": <1-5>, "reason": "<one short sentence>"}`;

export interface RubricInput {
  rubric: string;
  /** The request's last user message, as sent (variables filled). */
  prompt: string;
  expected?: string;
  reply: string;
}

export function rubricUserMessage(input: RubricInput): string {
  return [
    `<rubric>\n${input.rubric}\n</rubric>`,
    `<prompt>\n${input.prompt}\n</prompt>`,
    ...(input.expected ? [`<expected>\n${input.expected}\n</expected>`] : []),
    `<reply>\n${input.reply}\n</reply>`,
  ].join("\n\n");
}

/** The grading request (chat completions, which the gateway offers for every vendor). */
export function rubricSetup(model: string, input: RubricInput, vendor?: string): PromptSetup {
  return {
    api: "chat",
    model,
    ...(vendor && { vendor }),
    system: rubricSystemPrompt,
    messages: [{ role: "user", content: rubricUserMessage(input) }],
    // No sampling parameters: reasoning models refuse temperature and max_tokens, and every grader
    // model should be usable; the JSON format keeps the answer short.
    params: {},
  };
}

export interface RubricScore {
  score: number;
  reason: string;
}

function clip(text: string): string {
  const t = text.replace(/\s+/g, " ").trim();
  return t.length > MAX_REASON ? `${t.slice(0, MAX_REASON - 1)}…` : t;
}

function fromJson(text: string): RubricScore | undefined {
  // The first {...} span (models wrap JSON in prose or code fences).
  const start = text.indexOf("{");
  const end = text.lastIndexOf("}");
  if (start < 0 || end <= start) return undefined;
  try {
    const value = JSON.parse(text.slice(start, end + 1)) as Record<string, unknown>;
    const raw = value.score ?? value.rating ?? value.grade;
    const score = typeof raw === "string" ? Number.parseFloat(raw) : raw;
    if (typeof score !== "number" || !Number.isFinite(score)) return undefined;
    const reason = typeof value.reason === "string" ? value.reason : "";
    return { score, reason: clip(reason) };
  } catch {
    return undefined;
  }
}

/** Reads a 1-5 score and a reason from the grader's reply: JSON first, then "score: 4", "4/5", a leading digit. */
export function parseRubric(text: string): RubricScore | undefined {
  const json = fromJson(text);
  const found =
    json ??
    (() => {
      const match =
        /score\s*(?:is|of|[:=])?\s*\**\s*([1-5](?:\.\d+)?)/i.exec(text) ??
        /\b([1-5](?:\.\d+)?)\s*(?:\/|out of)\s*5\b/i.exec(text) ??
        /^\s*\**([1-5])\b/.exec(text);
      if (!match?.[1]) return undefined;
      const rest = text.slice((match.index ?? 0) + match[0].length).replace(/^[\s.:,)*-]+/, "");
      return { score: Number.parseFloat(match[1]), reason: clip(rest) };
    })();
  if (!found || found.score < 1 || found.score > 5) return undefined;
  return { score: found.score, reason: found.reason || "(no reason given)" };
}
