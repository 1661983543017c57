import { evaluateGradesEn } from "@/lib/i18n/messages/evaluate-grades.en";
import type { Grade, GradeCode, GradeParams } from "./types";

// A grader's verdict as a code and params (the tab translates `evaluate.grades.<code>`), with the
// English text as `reason` for exports and anything that shows a grade without the catalogue.

export interface Verdict {
  pass: boolean;
  code: GradeCode;
  params?: GradeParams;
}

export function reasonText(code: GradeCode, params: GradeParams = {}): string {
  return evaluateGradesEn[code].replace(/\{(\w+)\}/g, (match, name: string) =>
    name in params ? String(params[name]) : match,
  );
}

export function gradeOf(kind: string, verdict: Verdict): Grade {
  return { kind, ...verdict, reason: reasonText(verdict.code, verdict.params) };
}

/** A value quoted in a reason: cut at `max` characters. */
export function clipped(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
