import { z } from "zod";
import { firstIssue } from "@/lib/schemas/first-issue";
import { type Prompt, promptSchema } from "./schema";

// The library as a JSON file: exported as it is stored, imported through the same schemas (every
// string and list capped), with the file's size checked before it is read or parsed.

export const libraryFileFormat = "apigo-prompts";
export const importMaxBytes = 10 * 1024 * 1024;
export const importMaxPrompts = 1_000;

const libraryFileSchema = z.object({
  format: z.literal(libraryFileFormat),
  version: z.literal(1),
  prompts: z.array(promptSchema).max(importMaxPrompts),
});

export function libraryFile(prompts: Prompt[], now = new Date()): string {
  return JSON.stringify(
    { format: libraryFileFormat, version: 1, exportedAt: now.toISOString(), prompts },
    null,
    2,
  );
}

export const libraryFileName = (now = new Date()) => `apigo-prompts-${now.toISOString().slice(0, 10)}.json`;

export type ImportProblem =
  | { kind: "too-large" }
  | { kind: "not-json" }
  | { kind: "invalid"; detail: string };

export type ImportResult = { ok: true; prompts: Prompt[] } | ({ ok: false } & ImportProblem);

export function parseLibraryFile(text: string): ImportResult {
  if (text.length > importMaxBytes) return { ok: false, kind: "too-large" };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, kind: "not-json" };
  }
  const parsed = libraryFileSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, kind: "invalid", detail: firstIssue(parsed.error).slice(0, 200) };
  return { ok: true, prompts: parsed.data.prompts };
}

/** Reads a picked file, refusing one over the cap before reading it. */
export async function readLibraryFile(file: Blob): Promise<ImportResult> {
  if (file.size > importMaxBytes) return { ok: false, kind: "too-large" };
  return parseLibraryFile(await file.text());
}
