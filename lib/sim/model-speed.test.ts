import { describe, expect, it } from "vitest";
import { resolveOptions } from "./context";
import { modelSpeedFactor, modelTiming } from "./model-speed";
import { composeReply } from "./text";

const base = {
  model: "m",
  lastUser: "hi",
  turn: 1,
  promptTokens: 5,
  imageCount: 0,
  minTokens: 0,
  json: false,
};

describe("per-model speed", () => {
  it("small models are faster than large and reasoning ones; the same name always gets the same pace", () => {
    expect(modelSpeedFactor("gpt-4o-mini")).toBeGreaterThan(modelSpeedFactor("gpt-4o"));
    expect(modelSpeedFactor("claude-3-5-haiku")).toBeGreaterThan(modelSpeedFactor("claude-opus-4-1"));
    expect(modelSpeedFactor("gemini-2.5-flash")).toBeGreaterThan(modelSpeedFactor("gemini-2.5-pro"));
    expect(modelSpeedFactor("deepseek-reasoner")).toBeLessThan(1);
    expect(modelSpeedFactor("gpt-4o")).toBe(modelSpeedFactor("gpt-4o"));
  });

  it("defaults vary per model; pinned speeds are used as given (0 stays as fast as possible)", () => {
    const defaults = resolveOptions();
    const mini = modelTiming(defaults, "gpt-4o-mini");
    const opus = modelTiming(defaults, "claude-opus-4-1");
    expect(mini.tokensPerSecond).toBeGreaterThan(opus.tokensPerSecond);
    expect(mini.firstTokenMs).toBeLessThan(opus.firstTokenMs);
    const pinned = resolveOptions({ firstTokenMs: 150, tokensPerSecond: 80 });
    expect(modelTiming(pinned, "gpt-4o-mini")).toEqual({ firstTokenMs: 150, tokensPerSecond: 80 });
    expect(modelTiming(resolveOptions({ tokensPerSecond: 0 }), "claude-opus-4-1").tokensPerSecond).toBe(0);
  });
});

describe("deterministic replies per (model, input)", () => {
  it("repeat exactly; another system prompt gives another fixed answer, none keeps the old one", () => {
    expect(composeReply(base)).toBe(composeReply({ ...base }));
    expect(composeReply({ ...base, system: "" })).toBe(composeReply(base));
    const variants = ["be brief", "be formal", "be funny", "be terse"].map((system) =>
      composeReply({ ...base, system }),
    );
    expect(new Set(variants).size).toBeGreaterThan(1);
    expect(composeReply({ ...base, system: "be brief" })).toBe(variants[0]);
  });
});

describe("grading prompts", () => {
  it('a system prompt asking for {"score": …} gets a fixed JSON verdict', () => {
    const system =
      'Answer with one JSON object and nothing else: {"score": <1-5>, "reason": "<one short sentence>"}';
    const graded = { ...base, lastUser: "<reply>x</reply>" };
    const verdict = JSON.parse(composeReply({ ...graded, system }));
    expect(verdict.score).toBeGreaterThanOrEqual(2);
    expect(verdict.score).toBeLessThanOrEqual(5);
    expect(verdict.reason).toMatch(/simulated grade/);
    expect(composeReply({ ...graded, system })).toBe(composeReply({ ...graded, system }));
  });
});
