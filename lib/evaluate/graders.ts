import { fillText } from "@/lib/prompts/variables";
import { clipped, gradeOf, type Verdict } from "./grade-text";
import { DEFAULT_RUBRIC_PASS, parseRubric, type RubricInput } from "./rubric";
import type { Grade, Grader } from "./types";

// Each grader checks one reply. Text graders compare the reply as received; `value` may use the
// case's {{variables}} and {{expected}}, and an empty value means the case's expected value.

export interface GradeInput {
  reply: string;
  vars: Record<string, string>;
  expected?: string;
  /** The last user message as sent (for the rubric). */
  prompt: string;
}

export interface GradeDeps {
  /** Sends the rubric request for `model` and returns the grading model's reply text. */
  rubric: (model: string, input: RubricInput, signal: AbortSignal) => Promise<string>;
  /** The column's model: the rubric's model when the grader names none. */
  columnModel: string;
  signal: AbortSignal;
}

function target(grader: Grader, input: GradeInput): string | undefined {
  const value = grader.value ?? "";
  if (value === "") return input.expected;
  return fillText(value, { ...input.vars, expected: input.expected ?? "" });
}

/** The reply as JSON: the whole text, or the inside of one ```json fence around it. */
export function replyJson(reply: string): { ok: true; value: unknown } | { ok: false; detail: string } {
  const trimmed = reply.trim();
  const fenced = /^```(?:json)?\s*\n([\s\S]*?)\n?```$/i.exec(trimmed);
  try {
    return { ok: true, value: JSON.parse(fenced?.[1] ?? trimmed) };
  } catch (error) {
    return { ok: false, detail: error instanceof Error ? error.message : String(error) };
  }
}

function textVerdict(grader: Grader, input: GradeInput): Verdict | undefined {
  const reply = input.reply;
  switch (grader.kind) {
    case "contains":
    case "not-contains": {
      const needle = target(grader, input);
      if (needle === undefined || needle === "") return { pass: false, code: "noTarget" };
      const found = reply.includes(needle);
      const pass = grader.kind === "contains" ? found : !found;
      return { pass, code: found ? "contains" : "notContains", params: { needle: clipped(needle) } };
    }
    case "equals": {
      const expected = target(grader, input);
      if (expected === undefined) return { pass: false, code: "noTarget" };
      return reply.trim() === expected.trim()
        ? { pass: true, code: "equals" }
        : { pass: false, code: "differs", params: { expected: clipped(expected) } };
    }
    case "json": {
      const parsed = replyJson(reply);
      return parsed.ok
        ? { pass: true, code: "json" }
        : { pass: false, code: "jsonInvalid", params: { detail: parsed.detail } };
    }
    case "length": {
      const n = reply.length;
      const pass =
        !(grader.min !== undefined && n < grader.min) && !(grader.max !== undefined && n > grader.max);
      return { pass, code: "length", params: { n, min: grader.min ?? 0, max: grader.max ?? "∞" } };
    }
    default:
      return undefined;
  }
}

export function gradeText(grader: Grader, input: GradeInput): Grade | undefined {
  const verdict = textVerdict(grader, input);
  return verdict && gradeOf(grader.kind, verdict);
}

/** Every grader's verdict on one reply, in the graders' order. A grader that throws fails with its message. */
export async function gradeReply(
  graders: readonly Grader[],
  input: GradeInput,
  deps: GradeDeps,
): Promise<Grade[]> {
  const grades: Grade[] = [];
  for (const grader of graders) {
    try {
      grades.push(gradeText(grader, input) ?? gradeOf(grader.kind, await gradeAsync(grader, input, deps)));
    } catch (error) {
      if (deps.signal.aborted) throw error;
      const detail = error instanceof Error ? error.message : String(error);
      grades.push(gradeOf(grader.kind, { pass: false, code: "failed", params: { detail } }));
    }
  }
  return grades;
}

async function gradeAsync(grader: Grader, input: GradeInput, deps: GradeDeps): Promise<Verdict> {
  if (grader.kind === "regex") {
    const { testRegex } = await import("./regex");
    return testRegex(target(grader, input) ?? "", input.reply);
  }
  if (grader.kind === "json-schema") {
    const parsed = replyJson(input.reply);
    if (!parsed.ok) return { pass: false, code: "jsonInvalid", params: { detail: parsed.detail } };
    const { validateJson } = await import("./json-schema");
    return validateJson(grader.value ?? "", parsed.value);
  }
  // rubric
  const rubric = grader.value?.trim() ?? "";
  if (rubric === "") return { pass: false, code: "rubricEmpty" };
  const model = grader.model?.trim() || deps.columnModel;
  const text = await deps.rubric(
    model,
    { rubric, prompt: input.prompt, expected: input.expected, reply: input.reply },
    deps.signal,
  );
  const score = parseRubric(text);
  if (!score) return { pass: false, code: "rubricNoScore", params: { model, answer: clipped(text, 120) } };
  const threshold = grader.min ?? DEFAULT_RUBRIC_PASS;
  return {
    pass: score.score >= threshold,
    code: "rubricScore",
    params: { score: score.score, threshold, reason: score.reason },
  };
}
