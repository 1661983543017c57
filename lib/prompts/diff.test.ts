import { describe, expect, it } from "vitest";
import { diffMaxChars, diffMaxEdits, diffSetups, diffTexts, foldUnchanged } from "./diff";
import type { PromptSetup } from "./schema";

const setup = (system: string, content: string, temperature = 0.2): PromptSetup => ({
  api: "chat",
  model: "gpt-4o-mini",
  system,
  messages: [{ role: "user", content }],
  params: { temperature },
});

describe("version diff", () => {
  it("shows changed lines as removed and added, the rest as same", () => {
    const d = diffSetups(setup("Be brief.", "Hello {{name}}"), setup("Be brief.", "Hi {{name}}", 0.7));
    expect(d.ok).toBe(true);
    if (!d.ok) return;
    expect(d.lines.filter((l) => l.kind === "removed").map((l) => l.text)).toEqual([
      "temperature: 0.2",
      "Hello {{name}}",
    ]);
    expect(d.lines.filter((l) => l.kind === "added").map((l) => l.text)).toEqual([
      "temperature: 0.7",
      "Hi {{name}}",
    ]);
    expect([d.added, d.removed]).toEqual([2, 2]);
    expect(d.lines.some((l) => l.kind === "same" && l.text === "Be brief.")).toBe(true);
  });

  it("shows a first version as all added", () => {
    const d = diffSetups(undefined, setup("S", "U"));
    expect(d.ok && d.lines.every((l) => l.kind === "added")).toBe(true);
  });

  it("refuses input past the size cap without computing", () => {
    const big = "x".repeat(diffMaxChars);
    expect(diffTexts(big, "y")).toEqual({ ok: false, reason: "too-large" });
  });

  it("gives up past the edit cap, quickly", () => {
    const n = diffMaxEdits * 3;
    const a = Array.from({ length: n }, (_, i) => `a${i}`).join("\n");
    const b = Array.from({ length: n }, (_, i) => `b${i}`).join("\n");
    const start = performance.now();
    expect(diffTexts(a, b)).toEqual({ ok: false, reason: "too-many-changes" });
    expect(performance.now() - start).toBeLessThan(5000);
  });
});

describe("foldUnchanged", () => {
  it("keeps context around changes and folds the rest", () => {
    const same = (text: string) => ({ kind: "same" as const, text });
    const lines = [...["a", "b", "c", "d", "e"].map(same), { kind: "added" as const, text: "x" }, same("f")];
    expect(foldUnchanged(lines, 2)).toEqual([
      { kind: "skipped", count: 3 },
      same("d"),
      same("e"),
      { kind: "added", text: "x" },
      same("f"),
    ]);
    expect(foldUnchanged([same("a"), same("b")])).toEqual([{ kind: "skipped", count: 2 }]);
  });
});
