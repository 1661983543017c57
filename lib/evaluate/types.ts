// The Evaluate run's data (issue #21): test cases × columns = cells, each graded. Shared with the
// Evaluate tab (components/evaluate) and persisted as-is in IndexedDB, so keep it plain JSON.

import type { evaluateGradesEn } from "@/lib/i18n/messages/evaluate-grades.en";
import type { PromptSetup } from "@/lib/prompts/schema";
import type { EvalToolCall } from "./tool-calls";

/** A cell keeps at most this many tool calls, each with at most this many characters of arguments. */
export const MAX_TOOL_CALLS = 32;
export const MAX_ARGUMENT_CHARS = 100_000;

export type { PromptSetup };

/** One row of the test-case table: the `{{variable}}` values and an optional expected reply. */
export interface EvalCase {
  id: string;
  vars: Record<string, string>;
  expected?: string;
}

export const graderKinds = [
  "contains",
  "not-contains",
  "equals",
  "regex",
  "json",
  "json-schema",
  "length",
  "rubric",
] as const;
export type GraderKind = (typeof graderKinds)[number];

/**
 * A check on every reply. `value` is the needle / pattern / JSON Schema text / rubric; `min`/`max`
 * bound the length (characters) or the rubric score (1-5, pass at `min`, default 4); `model` is the
 * rubric's grading model.
 */
export interface Grader {
  kind: GraderKind;
  value?: string;
  min?: number;
  max?: number;
  model?: string;
}

/** What the cases run against: a model (and vendor) as in compare, or a saved prompt version. */
export interface EvalColumn {
  id: string;
  label: string;
  api: "chat" | "messages";
  model: string;
  vendor?: string;
  /** A prompt version instead of the run's base prompt. */
  prompt?: { id: string; n: number };
}

export type CellStatus = "queued" | "running" | "done" | "error" | "stopped";

/** Verdict codes: `evaluate.grades.<code>` in the catalogue (lib/i18n/messages/evaluate-grades.en.ts). */
export type GradeCode = keyof typeof evaluateGradesEn;
export type GradeParams = Record<string, string | number>;

export interface Grade {
  kind: string;
  pass: boolean;
  /** The verdict in English (exports; the tab shows `code` translated). */
  reason: string;
  code?: GradeCode;
  params?: GradeParams;
}

export interface CellResult {
  status: CellStatus;
  text: string;
  /** The tools the reply called (graded as their JSON: see ./tool-calls.ts). */
  toolCalls?: EvalToolCall[];
  firstTokenMs?: number;
  totalMs?: number;
  tokensPerSec?: number;
  usage?: { input: number; output: number };
  cost?: number;
  /** Gateway 429s retried for this cell. */
  retries: number;
  /**
   * Why the cell failed: the gateway's status and message, or `code` for the engine's own cases
   * (`incomplete`: the stream ended without its end marker; `promptMissing`: the column's prompt
   * version is gone from the library), with the English text as `message`.
   */
  error?: { status?: number; message: string; code?: "incomplete" | "promptMissing" };
  grades?: Grade[];
}

export interface EvalRun {
  id: string;
  createdAt: number;
  prompt: PromptSetup;
  cases: EvalCase[];
  columns: EvalColumn[];
  graders: Grader[];
  /** Keyed by `${caseId}:${columnId}` (see cellKey). */
  cells: Record<string, CellResult>;
  /** Requests in flight per run (default 4). */
  concurrency: number;
  /** Requests in flight per vendor (default: as many as the run allows; lower it for a strict vendor). */
  perVendor: number;
}

export function cellKey(caseId: string, columnId: string): string {
  return `${caseId}:${columnId}`;
}

export const DEFAULT_CONCURRENCY = 4;
export const DEFAULT_PER_VENDOR = 4;
