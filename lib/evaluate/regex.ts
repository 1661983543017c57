import type { Verdict } from "./grade-text";

// The regex grader runs user patterns on model replies, so a pattern such as `(a+)+$` could backtrack
// for minutes. Guard: the pattern (1,000 chars) and the reply (100,000 chars) are capped, and in the
// browser the match runs in a Web Worker with a time budget (500 ms); past it the worker is
// terminated and the grade fails with that reason. Without Worker (server, unit tests) it runs inline.

export const REGEX_MAX_PATTERN = 1000;
export const REGEX_MAX_INPUT = 100_000;
export const REGEX_BUDGET_MS = 500;

/** `/source/flags` or a bare source; throws on an invalid pattern or flag. */
export function compilePattern(value: string): RegExp {
  const slashed = /^\/([\s\S]*)\/([dgimsuyv]*)$/.exec(value);
  const source = slashed ? (slashed[1] ?? "") : value;
  const flags = (slashed?.[2] ?? "").replace(/[gy]/g, "");
  return new RegExp(source, flags);
}

const workerSource = `onmessage = (e) => {
  const { id, source, flags, text } = e.data;
  try { postMessage({ id, match: new RegExp(source, flags).test(text) }); }
  catch (error) { postMessage({ id, error: String(error && error.message || error) }); }
};`;

type Outcome = { match?: boolean; error?: string; timedOut?: boolean };
type Pending = {
  resolve: (r: Outcome) => void;
  timer: ReturnType<typeof setTimeout>;
};
let worker: Worker | undefined;
let workerUrl: string | undefined;
const pending = new Map<number, Pending>();
let nextId = 0;

function getWorker(): Worker {
  if (worker) return worker;
  workerUrl ??= URL.createObjectURL(new Blob([workerSource], { type: "text/javascript" }));
  const w = new Worker(workerUrl);
  w.onmessage = (e: MessageEvent<{ id: number; match?: boolean; error?: string }>) => {
    const entry = pending.get(e.data.id);
    if (!entry) return;
    clearTimeout(entry.timer);
    pending.delete(e.data.id);
    entry.resolve(e.data);
  };
  worker = w;
  return w;
}

/** A runaway match: terminate the worker and fail every check it had, with the reason. */
function killWorker() {
  worker?.terminate();
  worker = undefined;
  for (const [id, entry] of pending) {
    clearTimeout(entry.timer);
    entry.resolve({ timedOut: true });
    pending.delete(id);
  }
}

function inWorker(re: RegExp, text: string, budgetMs: number): Promise<Outcome> {
  return new Promise((resolve) => {
    const id = nextId++;
    const timer = setTimeout(killWorker, budgetMs);
    pending.set(id, { resolve, timer });
    getWorker().postMessage({ id, source: re.source, flags: re.flags, text });
  });
}

export async function testRegex(value: string, reply: string, budgetMs = REGEX_BUDGET_MS): Promise<Verdict> {
  if (value.length > REGEX_MAX_PATTERN)
    return { pass: false, code: "regexTooLong", params: { limit: REGEX_MAX_PATTERN } };
  let re: RegExp;
  try {
    re = compilePattern(value);
  } catch (error) {
    return {
      pass: false,
      code: "regexInvalid",
      params: { detail: error instanceof Error ? error.message : String(error) },
    };
  }
  const text = reply.slice(0, REGEX_MAX_INPUT);
  const result =
    typeof Worker === "undefined" ? { match: re.test(text) } : await inWorker(re, text, budgetMs);
  if (result.timedOut) return { pass: false, code: "regexTimeout", params: { ms: budgetMs } };
  if (result.error !== undefined)
    return { pass: false, code: "regexError", params: { detail: result.error } };
  const cut = reply.length > REGEX_MAX_INPUT;
  const pattern = String(re);
  if (result.match)
    return {
      pass: true,
      code: cut ? "regexMatchCut" : "regexMatch",
      params: { pattern, limit: REGEX_MAX_INPUT },
    };
  return {
    pass: false,
    code: cut ? "regexMissCut" : "regexMiss",
    params: { pattern, limit: REGEX_MAX_INPUT },
  };
}
