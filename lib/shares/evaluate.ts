import type { EvalRun } from "@/lib/evaluate/types";
import type { EvaluateSnapshot } from "@/lib/schemas/share";

// An Evaluate run as a share snapshot: settings, cases, finished replies and grades (no key: the run
// holds none). Each reply is cut so that 100 cases × 6 columns stay well under the share size cap.

export const SHARED_REPLY_CHARS = 2000;
const TITLE_CHARS = 120;

export function evaluateSnapshotFrom(run: EvalRun): EvaluateSnapshot | undefined {
  const cells: EvalRun["cells"] = {};
  for (const [key, cell] of Object.entries(run.cells)) {
    // Unfinished cells are not results; the recipient runs them with Run all.
    if (cell.status === "queued" || cell.status === "running") continue;
    cells[key] = {
      ...cell,
      text: cell.text.slice(0, SHARED_REPLY_CHARS),
      // A reply's tool calls are cut like its text (at most 8 calls, each's arguments).
      ...(cell.toolCalls && {
        toolCalls: cell.toolCalls
          .slice(0, 8)
          .map((c) => ({ ...c, arguments: c.arguments.slice(0, SHARED_REPLY_CHARS) })),
      }),
    };
  }
  if (Object.keys(cells).length === 0) return undefined;
  const firstUser = run.prompt.messages.find((m) => m.role === "user")?.content.trim() ?? "";
  return {
    v: 1,
    kind: "evaluate",
    ...(firstUser ? { title: firstUser.slice(0, TITLE_CHARS) } : {}),
    run: { ...run, cells },
  };
}
