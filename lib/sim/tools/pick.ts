import { hash32, rng } from "../util";
import { argumentsFor } from "./schema-value";

/** A function tool, whichever API declared it. */
export interface ToolSpec {
  name: string;
  description: string;
  schema: unknown;
}

/** tool_choice in one shape: OpenAI none/auto/required/{function}, Anthropic none/auto/any/{tool}. */
export type ToolChoice = { kind: "auto" | "none" | "required" } | { kind: "named"; name: string };

/** A request's tools, `tool_choice` and parallel switch, read from either API's body. */
export interface ToolParams {
  tools: ToolSpec[];
  choice: ToolChoice;
  /** false for `parallel_tool_calls: false` / `disable_parallel_tool_use: true`. */
  parallel: boolean;
}

export interface PlannedCall {
  name: string;
  input: Record<string, unknown>;
  /** `input` as compact JSON: the OpenAI `arguments` string and the Anthropic `partial_json` source. */
  json: string;
}

export interface ToolPlanInput extends ToolParams {
  /** `[sim:tool=NAME]`. */
  forceTool?: string;
  /** `[sim:tools=parallel]` (0: one call per tool, at least two) or `[sim:tools=N]`. */
  calls?: number;
  /** The last user text (directives removed): picks the tool and seeds the arguments. */
  lastUser: string;
}

const MAX_CALLS = 8;

function words(s: string): string[] {
  return s
    .toLowerCase()
    .split(/[^a-z0-9\u4e00-\u9fff]+/)
    .filter((w) => w.length > 2);
}

/** The tool whose name/description shares the most words with the user's text; the first on a tie. */
function bestTool(tools: readonly ToolSpec[], text: string): ToolSpec | undefined {
  const said = new Set(words(text));
  let best = tools[0];
  let bestScore = 0;
  for (const t of tools) {
    const mine = words(`${t.name.replace(/_/g, " ")} ${t.description}`);
    const score = mine.filter((w) => said.has(w)).length + (text.includes(t.name) ? 10 : 0);
    if (score > bestScore) {
      best = t;
      bestScore = score;
    }
  }
  return best;
}

/** Which tools the simulated model calls this turn, and with what arguments (empty: answer in text). */
export function planToolCalls(p: ToolPlanInput): PlannedCall[] {
  if (p.tools.length === 0 || p.choice.kind === "none") return [];
  const byName = (n: string | undefined) => p.tools.find((t) => t.name === n);
  let chosen: ToolSpec[];
  const forced = p.choice.kind === "named" ? byName(p.choice.name) : byName(p.forceTool);
  if (p.choice.kind === "named") {
    chosen = forced ? [forced] : [];
  } else if (p.calls !== undefined && p.parallel) {
    const count = p.calls === 0 ? Math.max(2, Math.min(p.tools.length, 4)) : Math.min(p.calls, MAX_CALLS);
    const pool = forced ? [forced] : p.tools;
    chosen = Array.from({ length: count }, (_, i) => pool[i % pool.length]).filter(
      (t): t is ToolSpec => t !== undefined,
    );
  } else {
    const one = forced ?? bestTool(p.tools, p.lastUser);
    chosen = one ? [one] : [];
  }
  const seen = new Set<string>();
  return chosen.map((t, i) => {
    // The user's words pick the values: the nth city they named goes to the nth call of a tool.
    const nth = chosen.slice(0, i).filter((x) => x.name === t.name).length;
    let json = "";
    let input: Record<string, unknown> = {};
    for (let k = 0; k < 6 && (json === "" || seen.has(`${t.name}|${json}`)); k++) {
      input = argumentsFor(t.schema, rng(hash32(`${t.name}|${i}|${k}|${p.lastUser}`)), p.lastUser, nth);
      json = JSON.stringify(input);
    }
    seen.add(`${t.name}|${json}`);
    return { name: t.name, input, json };
  });
}
