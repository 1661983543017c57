import { diffLines } from "diff";
import type { PromptSetup } from "./schema";
import { setupText } from "./setup-text";

// A line diff of two versions. Myers' algorithm costs O((N + M) · D) for D changed lines, so both the
// input and D are capped: past a cap the diff is not computed and the view says why, instead of
// freezing the page on two large, very different versions.

export const diffMaxChars = 400_000;
export const diffMaxLines = 20_000;
export const diffMaxEdits = 2_000;

export interface DiffLine {
  kind: "same" | "added" | "removed";
  text: string;
}

export type VersionDiff =
  | { ok: true; lines: DiffLine[]; added: number; removed: number }
  | { ok: false; reason: "too-large" | "too-many-changes" };

const lineCount = (s: string) => {
  let n = 0;
  for (let i = s.indexOf("\n"); i !== -1; i = s.indexOf("\n", i + 1)) n++;
  return n;
};

export function diffTexts(before: string, after: string): VersionDiff {
  if (before.length + after.length > diffMaxChars || lineCount(before) + lineCount(after) > diffMaxLines)
    return { ok: false, reason: "too-large" };
  const changes = diffLines(before, after, { maxEditLength: diffMaxEdits });
  if (!changes) return { ok: false, reason: "too-many-changes" };
  const lines: DiffLine[] = [];
  let added = 0;
  let removed = 0;
  for (const change of changes) {
    const kind = change.added ? "added" : change.removed ? "removed" : "same";
    const parts = change.value.endsWith("\n")
      ? change.value.slice(0, -1).split("\n")
      : change.value.split("\n");
    if (kind === "added") added += parts.length;
    if (kind === "removed") removed += parts.length;
    for (const text of parts) lines.push({ kind, text });
  }
  return { ok: true, lines, added, removed };
}

/** The diff of a version against the one before it (before = undefined: everything is added). */
export function diffSetups(before: PromptSetup | undefined, after: PromptSetup): VersionDiff {
  return diffTexts(before ? setupText(before) : "", setupText(after));
}

export type DiffRow = DiffLine | { kind: "skipped"; count: number };

/** Unchanged runs folded to `context` lines on each side of a change, as a unified diff shows them. */
export function foldUnchanged(lines: readonly DiffLine[], context = 3): DiffRow[] {
  const keep = new Uint8Array(lines.length);
  lines.forEach((line, i) => {
    if (line.kind === "same") return;
    for (let j = Math.max(0, i - context); j <= Math.min(lines.length - 1, i + context); j++) keep[j] = 1;
  });
  const rows: DiffRow[] = [];
  let skipped = 0;
  lines.forEach((line, i) => {
    if (keep[i]) {
      if (skipped) rows.push({ kind: "skipped", count: skipped });
      skipped = 0;
      rows.push(line);
    } else skipped++;
  });
  if (skipped) rows.push({ kind: "skipped", count: skipped });
  return rows;
}
