import { describe, expect, it } from "vitest";
import type { PromptSetup } from "./schema";
import { fillMessages } from "./use-variable-fill";
import { fillText, fillVariables, listVariables } from "./variables";

function setup(system: string, ...contents: string[]): PromptSetup {
  return {
    api: "chat",
    model: "gpt-4o-mini",
    system,
    messages: contents.map((content, i) => ({ role: i % 2 ? "assistant" : "user", content })),
    params: {},
  };
}

describe("listVariables", () => {
  it("lists names from system and messages in order of first appearance, once each", () => {
    const s = setup(
      "You write about {{topic}} for {{ audience }}.",
      "Tell me {{topic}} in {{lang}}",
      "{{audience}}",
    );
    expect(listVariables(s)).toEqual(["topic", "audience", "lang"]);
  });

  it("ignores what is not a placeholder", () => {
    expect(listVariables(setup("{{}} {{ 1x }} {topic} {{a b}} {{ ok_1.x-y }}"))).toEqual(["ok_1.x-y"]);
  });

  it("is linear on adversarial input", () => {
    const evil = `${"{{".repeat(200_000)}${"{{a".repeat(50_000)}${" ".repeat(200_000)}`;
    const start = performance.now();
    expect(listVariables(setup(evil, `{{a${" ".repeat(300_000)}x`))).toEqual([]);
    expect(performance.now() - start).toBeLessThan(1000);
  });
});

describe("fillVariables", () => {
  it("fills known names everywhere and leaves unknown names as typed", () => {
    const s = setup("About {{topic}}", "{{ topic }} and {{other}}");
    const filled = fillVariables(s, { topic: "tides" });
    expect(filled.system).toBe("About tides");
    expect(filled.messages[0]?.content).toBe("tides and {{other}}");
    expect(s.system).toBe("About {{topic}}");
  });

  it("inserts values literally (no $-patterns, no re-expansion)", () => {
    expect(fillText("{{a}} {{b}}", { a: "$& {{b}}", b: "x" })).toBe("$& {{b}} x");
  });

  it("does not read inherited keys", () => {
    expect(fillText("{{constructor}} {{toString}}", {})).toBe("{{constructor}} {{toString}}");
  });
});

describe("fillMessages", () => {
  it("fills text parts only and keeps ids, other parts and metadata", () => {
    const messages = [
      {
        id: "m1",
        role: "user" as const,
        parts: [
          { type: "text" as const, text: "Hi {{name}}" },
          { type: "reasoning" as const, text: "{{name}}" },
        ],
        metadata: { model: "x" },
      },
    ];
    const [m] = fillMessages(messages, { name: "Ada" });
    expect(m?.id).toBe("m1");
    expect(m?.parts).toEqual([
      { type: "text", text: "Hi Ada" },
      { type: "reasoning", text: "{{name}}" },
    ]);
    expect(m?.metadata).toEqual({ model: "x" });
  });
});
