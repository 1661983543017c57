import { tokensPerSecond } from "@/lib/conversations/metadata";
import { type EffectivePrice, replyCost } from "@/lib/pricing/effective-price";
import { isAbort } from "@/lib/queries/http";
import { rubricRequest, streamCell } from "./cell-request";
import { cellSetup, lastUserText, PromptMissingError } from "./cell-setup";
import { gradeReply } from "./graders";
import { withRetries } from "./retry";
import { vendorGroup } from "./run-model";
import { LimitQueue } from "./scheduler";
import { gradedText } from "./tool-calls";
import type { CellResult, EvalCase, EvalRun, PromptSetup } from "./types";

// Runs cells: each a streamed request through the proxy, limited per run and per vendor, with the
// gateway's 429s retried. Text deltas are buffered and handed over every 100 ms (one store update
// for every streaming cell), so hundreds of cells stream without a render per token.

export interface EngineDeps {
  getRun: () => EvalRun;
  /** Merges cell changes into the run (one store update). */
  patch: (cells: Record<string, Partial<CellResult>>) => void;
  onIdle: () => void;
  /** The price a cell's cost is computed with: the user's typed one, else the gateway's. */
  priceOf: (model: string) => EffectivePrice | undefined;
  loadPrompt: (id: string, n: number) => Promise<PromptSetup | undefined>;
  fetch?: typeof globalThis.fetch;
  flushMs?: number;
  /** First backoff after a 429 (default 1 s; tests shorten it). */
  retryBaseMs?: number;
}

const REGRADE = "#grade";
const INCOMPLETE =
  "The reply ended before its end marker (the connection or the upstream broke off): rerun the cell";
// toolCalls is named so a patch clears the calls of an earlier run of the cell.
const emptyCell = (): CellResult => ({ status: "queued", text: "", toolCalls: undefined, retries: 0 });

export function createEngine(deps: EngineDeps) {
  /** Cells with text not yet handed to the store. */
  const buffered = new Set<string>();
  const texts = new Map<string, string>();
  let scheduled = false;
  /** Bumped by reset(): changes from jobs of an earlier generation (a replaced run) are dropped. */
  let generation = 0;
  const out = (gen: number, changes: Record<string, Partial<CellResult>>) => {
    if (gen === generation) deps.patch(changes);
  };

  function flushText() {
    scheduled = false;
    if (buffered.size === 0) return;
    const patch: Record<string, Partial<CellResult>> = {};
    for (const key of buffered) patch[key] = { text: texts.get(key) ?? "" };
    buffered.clear();
    out(generation, patch);
  }

  function onText(key: string, delta: string) {
    texts.set(key, (texts.get(key) ?? "") + delta);
    buffered.add(key);
    if (scheduled) return;
    scheduled = true;
    setTimeout(flushText, deps.flushMs ?? 100);
  }

  function finish(gen: number, key: string, cell: Partial<CellResult>) {
    if (gen !== generation) return;
    buffered.delete(key);
    texts.delete(key);
    deps.patch({ [key]: cell });
  }

  /** Grades a finished reply; a stop while grading leaves it as it is, ungraded. */
  async function gradeCell(
    gen: number,
    key: string,
    run: EvalRun,
    evalCase: EvalCase,
    setup: PromptSetup,
    reply: string,
    signal: AbortSignal,
  ) {
    if (run.graders.length === 0) return;
    const input = { reply, vars: evalCase.vars, expected: evalCase.expected, prompt: lastUserText(setup) };
    const grades = await gradeReply(run.graders, input, {
      columnModel: setup.model,
      signal,
      rubric: rubricRequest(setup, deps),
    }).catch((error) => {
      if (isAbort(error, signal)) return undefined;
      throw error;
    });
    if (grades) out(gen, { [key]: { grades } });
  }

  function parts(key: string) {
    const run = deps.getRun();
    const [caseId, columnId] = key.split(":");
    return {
      run,
      evalCase: run.cases.find((c) => c.id === caseId),
      column: run.columns.find((c) => c.id === columnId),
    };
  }

  /** The run's current graders on a finished cell's reply (no new request for the reply). */
  async function regradeCell(key: string, signal: AbortSignal) {
    const gen = generation;
    const { run, evalCase, column } = parts(key);
    const cell = run.cells[key];
    if (!evalCase || !column || cell?.status !== "done") return;
    const setup = await cellSetup(run, evalCase, column, deps.loadPrompt);
    if (run.graders.length === 0) out(gen, { [key]: { grades: undefined } });
    await gradeCell(gen, key, run, evalCase, setup, gradedText(cell), signal);
  }

  function requeue(gen: number, key: string) {
    finish(gen, key, emptyCell());
    return "again" as const;
  }

  async function runCell(key: string, signal: AbortSignal) {
    const { run, evalCase, column } = parts(key);
    if (!evalCase || !column) return;
    texts.set(key, "");
    const gen = generation;
    out(gen, { [key]: { ...emptyCell(), status: "running" } });
    let retries = 0;
    let replied = false;
    try {
      const setup = await cellSetup(run, evalCase, column, deps.loadPrompt);
      const reply = await withRetries(
        () => {
          texts.set(key, "");
          return streamCell(setup, {
            signal,
            fetch: deps.fetch,
            onText: (d) => gen === generation && onText(key, d),
          });
        },
        {
          signal,
          baseMs: deps.retryBaseMs,
          onRetry: (n) => {
            retries = n;
            out(gen, { [key]: { retries, text: "" } });
          },
        },
      );
      const meta = reply.meta;
      const usage = meta.usage;
      const metrics: Partial<CellResult> = {
        text: reply.text,
        toolCalls: reply.toolCalls.length > 0 ? reply.toolCalls : undefined,
        firstTokenMs: meta.ttftMs,
        totalMs: meta.totalMs,
        tokensPerSec: tokensPerSecond(meta),
        usage: usage && { input: usage.promptTokens ?? 0, output: usage.completionTokens ?? 0 },
        cost: replyCost(meta, deps.priceOf(setup.model)),
        retries,
      };
      // The page is being left and the browser cut the reply: the cell waits queued for the resumed run.
      if (queue.held && (reply.streamError || meta.incomplete)) return requeue(gen, key);
      replied = true;
      if (reply.streamError) {
        finish(gen, key, { ...metrics, status: "error", error: { message: reply.streamError } });
        return;
      }
      // Cut off (no [DONE] / message_stop, or no finish reason): a partial reply is not graded as a whole one.
      if (meta.incomplete) {
        finish(gen, key, { ...metrics, status: "error", error: { code: "incomplete", message: INCOMPLETE } });
        return;
      }
      finish(gen, key, { ...metrics, status: "done" });
      await gradeCell(gen, key, run, evalCase, setup, gradedText(reply), signal);
    } catch (error) {
      if (isAbort(error, signal)) {
        finish(gen, key, { status: "stopped", text: texts.get(key) ?? "", retries });
        return;
      }
      if (queue.held && !replied) return requeue(gen, key);
      const display = (error as { display?: { status?: number; message?: string } }).display;
      const message = display?.message ?? (error instanceof Error ? error.message : String(error));
      const status = display?.status || undefined;
      const code = error instanceof PromptMissingError ? ("promptMissing" as const) : undefined;
      finish(gen, key, {
        status: "error",
        text: texts.get(key) ?? "",
        retries,
        error: { message, ...(status !== undefined && { status }), ...(code && { code }) },
      });
    }
  }

  const queue = new LimitQueue(
    () => {
      const run = deps.getRun();
      return { concurrency: run.concurrency, perGroup: run.perVendor };
    },
    (job, signal) =>
      job.key.endsWith(REGRADE)
        ? regradeCell(job.key.slice(0, -REGRADE.length), signal)
        : runCell(job.key, signal),
    () => {
      flushText();
      deps.onIdle();
    },
  );

  return {
    get busy() {
      return queue.busy;
    },
    has: (key: string) => queue.has(key),
    /** Queues the cells (keys `${caseId}:${columnId}`); those already queued or running are skipped. */
    run(keys: readonly string[], { gradeOnly = false } = {}) {
      const run = deps.getRun();
      const jobs = keys.flatMap((key) => {
        const column = run.columns.find((c) => c.id === key.split(":")[1]);
        return column ? [{ key: gradeOnly ? `${key}${REGRADE}` : key, group: vendorGroup(column, run) }] : [];
      });
      queue.add(jobs);
    },
    /** The page is being left: no cell starts until release() (see ./page-leave.ts). */
    hold: queue.hold,
    release: queue.release,
    /** Aborts every request; running cells keep their text, marked stopped. */
    stop() {
      queue.stop();
    },
    /** Stops everything and drops what the stopped jobs would still report (the run was replaced). */
    reset() {
      generation++;
      buffered.clear();
      texts.clear();
      queue.stop();
    },
  };
}
