import type { Faults } from "./faults";
import { applyStop, composeReasoning, composeReply, countTokens, tokenize } from "./text";
import { hash32 } from "./util";

/** LRU of prompt-prefix hashes -> token count, used to report cached tokens on repeats. */
export class PrefixCache {
  private map = new Map<number, number>();
  constructor(private max = 500) {}

  /** `parts` are successive prompt pieces; returns tokens of the longest prefix seen before (per scope). */
  lookupAndStore(scope: string, parts: readonly string[]): number {
    let acc = scope;
    let tokens = 0;
    let cached = 0;
    for (const part of parts) {
      acc += `\u0000${part}`;
      tokens += countTokens(part) + 3;
      const key = hash32(acc) ^ acc.length;
      if (this.map.has(key)) {
        cached = tokens;
        this.map.delete(key);
      }
      this.map.set(key, tokens);
      if (this.map.size > this.max) {
        const oldest = this.map.keys().next();
        if (!oldest.done) this.map.delete(oldest.value);
      }
    }
    return cached;
  }
}

export interface PlanInput {
  model: string;
  /** One string per prompt piece (system first, then "role: text" per message). */
  promptParts: string[];
  lastUser: string;
  turn: number;
  imageCount: number;
  maxTokens?: number;
  stops: string[];
  reasoning: boolean;
  json: boolean;
  faults: Faults;
  /** The answer text when it is not the composed markdown (tool turns: "" or the read-back reply). */
  reply?: string;
}

export interface Plan {
  reasoning: string[];
  content: string[];
  /** "length" when max tokens cut the output, "stop_sequence" when a stop string matched. */
  finish: "stop" | "length" | "stop_sequence";
  stopSequence?: string;
  promptTokens: number;
  cachedTokens: number;
  /** Output tokens of tool calls (names and arguments), on top of reasoning and content. */
  toolTokens?: number;
}

export function promptTokenCount(parts: readonly string[]): number {
  return parts.reduce((n, p) => n + countTokens(p) + 3, 3);
}

export function buildPlan(input: PlanInput, cache: PrefixCache): Plan {
  const promptTokens = promptTokenCount(input.promptParts);
  const cachedTokens = Math.min(cache.lookupAndStore(input.model, input.promptParts), promptTokens);
  const full =
    input.reply ??
    composeReply({
      model: input.model,
      lastUser: input.lastUser,
      turn: input.turn,
      promptTokens,
      imageCount: input.imageCount,
      minTokens: input.faults.tokens ?? (input.faults.long ? 4000 : 0),
      json: input.json,
      system: input.promptParts
        .filter((p) => p.startsWith("system: ") || p.startsWith("developer: "))
        .join("\n"),
    });
  const stopped = applyStop(full, input.stops);
  let reasoning = input.reasoning
    ? tokenize(composeReasoning(input.model, input.lastUser, input.faults.reasoning ?? 0))
    : [];
  let content = tokenize(stopped.text);
  let finish: Plan["finish"] = stopped.stop === undefined ? "stop" : "stop_sequence";
  const max = input.maxTokens;
  if (max !== undefined && max > 0 && reasoning.length + content.length > max) {
    if (reasoning.length >= max) {
      reasoning = reasoning.slice(0, max);
      content = [];
    } else {
      content = content.slice(0, max - reasoning.length);
    }
    finish = "length";
  }
  const plan: Plan = { reasoning, content, finish, promptTokens, cachedTokens };
  if (finish === "stop_sequence" && stopped.stop !== undefined) plan.stopSequence = stopped.stop;
  return plan;
}

export interface Timing {
  firstTokenMs: number;
  tokensPerSecond: number;
}

/** Delay before emitting token i of `total` (first token delay, steady rate, optional mid-stream stall). */
export function pacer(timing: Timing, faults: Faults, total: number): (i: number) => number {
  const first = faults.slowFirstMs ?? timing.firstTokenMs;
  const tps = faults.tps ?? timing.tokensPerSecond;
  const step = tps > 0 ? 1000 / tps : 0;
  const stallAt = Math.floor(total / 2);
  return (i) => {
    if (i === 0) return first;
    return step + (faults.stallMs !== undefined && i === stallAt ? faults.stallMs : 0);
  };
}
