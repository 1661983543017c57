import { fillText } from "@/lib/prompts/variables";
import { parseRubric, type RubricInput } from "./rubric";
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

function quote(text: string, max = 60): string {
  const t = text.length > max ? `${text.slice(0, max - 1)}…` : text;
  return JSON.stringify(t);
}

/** The reply as JSON: the whole text, or the inside of one ```json fence around it. */
export function replyJson(reply: string): { ok: true; value: unknown } | { ok: false; reason: string } {
  const trimmed = reply.trim();
  const fenced = /^```(?:json)?\s*\n([\s\S]*?)\n?```$/i.exec(trimmed);
  try {
    return { ok: true, value: JSON.parse(fenced?.[1] ?? trimmed) };
  } catch (error) {
    return { ok: false, reason: `Not valid JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
}

const noTarget = (kind: string): Grade => ({
  kind,
  pass: false,
  reason: "Nothing to compare with: give the grader a value or the case an expected value",
});

export function gradeText(grader: Grader, input: GradeInput): Grade | undefined {
  const { kind } = grader;
  const reply = input.reply;
  switch (kind) {
    case "contains":
    case "not-contains": {
      const needle = target(grader, input);
      if (needle === undefined || needle === "") return noTarget(kind);
      const found = reply.includes(needle);
      const pass = kind === "contains" ? found : !found;
      return { kind, pass, reason: `${found ? "Contains" : "Does not contain"} ${quote(needle)}` };
    }
    case "equals": {
      const expected = target(grader, input);
      if (expected === undefined) return noTarget(kind);
      const pass = reply.trim() === expected.trim();
      return { kind, pass, reason: pass ? "Equals the expected text" : `Differs from ${quote(expected)}` };
    }
    case "json": {
      const parsed = replyJson(reply);
      return parsed.ok
        ? { kind, pass: true, reason: "Valid JSON" }
        : { kind, pass: false, reason: parsed.reason };
    }
    case "length": {
      const n = reply.length;
      const tooShort = grader.min !== undefined && n < grader.min;
      const tooLong = grader.max !== undefined && n > grader.max;
      const bounds = `${grader.min ?? 0}–${grader.max ?? "∞"}`;
      return { kind, pass: !tooShort && !tooLong, reason: `${n} characters (allowed ${bounds})` };
    }
    default:
      return undefined;
  }
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
      grades.push(gradeText(grader, input) ?? (await gradeAsync(grader, input, deps)));
    } catch (error) {
      if (deps.signal.aborted) throw error;
      grades.push({
        kind: grader.kind,
        pass: false,
        reason: error instanceof Error ? error.message : String(error),
      });
    }
  }
  return grades;
}

async function gradeAsync(grader: Grader, input: GradeInput, deps: GradeDeps): Promise<Grade> {
  const kind = grader.kind;
  if (kind === "regex") {
    const { testRegex } = await import("./regex");
    return { kind, ...(await testRegex(target(grader, input) ?? "", input.reply)) };
  }
  if (kind === "json-schema") {
    const parsed = replyJson(input.reply);
    if (!parsed.ok) return { kind, pass: false, reason: parsed.reason };
    const { validateJson } = await import("./json-schema");
    return { kind, ...validateJson(grader.value ?? "", parsed.value) };
  }
  // rubric
  const rubric = grader.value?.trim() ?? "";
  if (rubric === "")
    return { kind, pass: false, reason: "The rubric is empty: describe what a good reply does" };
  const model = grader.model?.trim() || deps.columnModel;
  const text = await deps.rubric(
    model,
    { rubric, prompt: input.prompt, expected: input.expected, reply: input.reply },
    deps.signal,
  );
  const score = parseRubric(text);
  if (!score) return { kind, pass: false, reason: `No 1-5 score in ${model}'s answer: ${quote(text, 120)}` };
  const threshold = grader.min ?? 4;
  return {
    kind,
    pass: score.score >= threshold,
    reason: `${score.score}/5 (pass at ${threshold}): ${score.reason}`,
  };
}
