import { describe, expect, it } from "vitest";
import type { Prompt } from "./schema";
import { importMaxBytes, libraryFile, parseLibraryFile, readLibraryFile } from "./transfer";

const prompt: Prompt = {
  id: "p1",
  name: "Summary",
  createdAt: 1,
  versions: [
    {
      n: 1,
      savedAt: 1,
      setup: {
        api: "chat",
        model: "gpt-4o-mini",
        system: "",
        messages: [{ role: "user", content: "Sum up {{text}}" }],
        params: { temperature: 0.2 },
      },
    },
  ],
};

describe("library import/export", () => {
  it("round-trips an export", () => {
    expect(parseLibraryFile(libraryFile([prompt]))).toEqual({ ok: true, prompts: [prompt] });
  });

  it("refuses what is not JSON, not an export, or breaks the schema, saying where", () => {
    expect(parseLibraryFile("{nope")).toEqual({ ok: false, kind: "not-json" });
    expect(parseLibraryFile("[]")).toMatchObject({ ok: false, kind: "invalid" });
    const bad = JSON.parse(libraryFile([prompt]));
    bad.prompts[0].versions[0].setup.messages[0].role = "system";
    expect(parseLibraryFile(JSON.stringify(bad))).toMatchObject({
      ok: false,
      kind: "invalid",
      detail: expect.stringContaining("prompts.0.versions.0.setup.messages.0.role"),
    });
    const noVersions = JSON.parse(libraryFile([{ ...prompt, versions: [] }]));
    expect(parseLibraryFile(JSON.stringify(noVersions))).toMatchObject({ ok: false, kind: "invalid" });
  });

  it("drops fields it does not know", () => {
    const extra = JSON.parse(libraryFile([prompt]));
    extra.prompts[0].apiKey = "sk-secret";
    extra.prompts[0].versions[0].setup.headers = { authorization: "x" };
    const result = parseLibraryFile(JSON.stringify(extra));
    expect(result).toEqual({ ok: true, prompts: [prompt] });
  });

  it("refuses a file over the size cap before reading it", async () => {
    const huge = {
      size: importMaxBytes + 1,
      text: () => Promise.reject(new Error("read")),
    } as unknown as Blob;
    expect(await readLibraryFile(huge)).toEqual({ ok: false, kind: "too-large" });
    expect(parseLibraryFile(" ".repeat(importMaxBytes + 1))).toEqual({ ok: false, kind: "too-large" });
  });
});
