import { setupOnApi } from "@/lib/prompts/setup-tools";
import { fillVariables } from "@/lib/prompts/variables";
import { cellRequest } from "./cell-request";
import type { EvalCase, EvalColumn, EvalRun, PromptSetup } from "./types";

// What one cell sends: the run's prompt (or the column's prompt version), on the column's API,
// model and vendor, with the case's {{variables}} filled in. A prompt saved on the other API keeps
// its tools, converted to the column's wire form.

/** A column's prompt version is no longer in the library (deleted, or a run from another browser). */
export class PromptMissingError extends Error {
  override name = "PromptMissingError";
}

export type LoadPrompt = (id: string, n: number) => Promise<PromptSetup | undefined>;

/** A version's setup from this browser's prompt library. */
export const libraryPrompt: LoadPrompt = async (id, n) => {
  const { promptStore } = await import("@/lib/prompts/store");
  const prompt = await promptStore().get(id);
  return prompt?.versions.find((v) => v.n === n)?.setup;
};

export function applyColumn(base: PromptSetup, column: EvalColumn, evalCase: EvalCase): PromptSetup {
  const vendor = column.vendor?.trim() || base.vendor;
  const setup: PromptSetup = { ...setupOnApi(base, column.api), model: column.model.trim() || base.model };
  if (vendor) setup.vendor = vendor;
  else delete setup.vendor;
  return fillVariables(setup, evalCase.vars);
}

export async function cellSetup(
  run: EvalRun,
  evalCase: EvalCase,
  column: EvalColumn,
  loadPrompt: LoadPrompt = libraryPrompt,
): Promise<PromptSetup> {
  let base = run.prompt;
  if (column.prompt) {
    const version = await loadPrompt(column.prompt.id, column.prompt.n);
    if (!version) {
      throw new PromptMissingError(
        `Prompt version ${column.prompt.n} of column “${column.label}” is no longer in this browser's library; pick another version`,
      );
    }
    base = version;
  }
  return applyColumn(base, column, evalCase);
}

/** The last user message (what the rubric calls "the prompt"). */
export function lastUserText(setup: PromptSetup): string {
  for (let i = setup.messages.length - 1; i >= 0; i--) {
    const m = setup.messages[i];
    if (m?.role === "user") return m.content;
  }
  return "";
}

/** The request a cell sends (or sent), exactly, for the Inspector and View code; undefined for an unknown key. */
export async function requestOfCell(run: EvalRun, key: string, loadPrompt: LoadPrompt = libraryPrompt) {
  const [caseId, columnId] = key.split(":");
  const evalCase = run.cases.find((c) => c.id === caseId);
  const column = run.columns.find((c) => c.id === columnId);
  if (!evalCase || !column) return undefined;
  return cellRequest(await cellSetup(run, evalCase, column, loadPrompt));
}
