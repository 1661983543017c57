import { describe, expect, it } from "vitest";
import { shareSnapshotSchema } from "@/lib/schemas/share";
import { promptSchema } from "./schema";

const prompt = {
  id: "p1",
  name: "Explainer",
  createdAt: 1,
  versions: [
    {
      n: 1,
      savedAt: 2,
      setup: {
        api: "chat",
        model: "gpt-4o-mini",
        system: "S",
        messages: [{ role: "user", content: "Explain {{topic}}" }],
        params: { temperature: 0.5, api_key: "sk-smuggled" },
        tools: [{ type: "function" }],
        headers: { authorization: "Bearer x" },
      },
    },
  ],
};

describe("prompt schemas", () => {
  it("store the library's setup as saved (parameters are the tab's wire fields), unknown fields dropped", () => {
    const parsed = promptSchema.parse(prompt);
    expect(parsed.versions[0]?.setup).not.toHaveProperty("headers");
    expect(parsed.versions[0]?.setup.tools).toEqual([{ type: "function" }]);
  });

  it("narrow a shared prompt to the share's parameter allowlist and drop tools", () => {
    const snapshot = shareSnapshotSchema.parse({ v: 1, kind: "prompt", title: "Explainer", prompt });
    if (snapshot.kind !== "prompt") throw new Error("kind");
    const setup = snapshot.prompt.versions[0]?.setup;
    expect(setup?.params).toEqual({ temperature: 0.5 });
    expect(setup).not.toHaveProperty("tools");
    expect(JSON.stringify(snapshot)).not.toContain("sk-smuggled");
  });

  it("refuse a shared prompt with no versions or a bad role", () => {
    expect(
      shareSnapshotSchema.safeParse({ v: 1, kind: "prompt", prompt: { ...prompt, versions: [] } }).success,
    ).toBe(false);
    const bad = structuredClone(prompt);
    (bad.versions[0]?.setup.messages[0] as { role: string }).role = "system";
    expect(shareSnapshotSchema.safeParse({ v: 1, kind: "prompt", prompt: bad }).success).toBe(false);
  });
});
