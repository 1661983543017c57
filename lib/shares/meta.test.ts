import { describe, expect, it } from "vitest";
import { createTranslate } from "@/lib/i18n/translate";
import { chatSnapshot, compareSnapshot, imagesSnapshot } from "@/tests/shares/fixtures";
import { shareMetaOf } from "./meta";

const en = createTranslate("en");

describe("share page title and preview", () => {
  it("come from the snapshot's title, kind and models only", () => {
    const meta = shareMetaOf({ ...chatSnapshot, title: "Explain SSE" }, en);
    expect(meta.title).toBe("Explain SSE · API·GO Playground");
    expect(meta.description).toContain(chatSnapshot.model);
    const replies = chatSnapshot.messages.filter((m) => m.role === "assistant").map((m) => m.content);
    for (const text of [...replies, chatSnapshot.system].filter(Boolean)) {
      expect(`${meta.title} ${meta.description}`).not.toContain(text);
    }
  });

  it("name the kind when untitled, in both languages", () => {
    const { title: _title, ...untitled } = imagesSnapshot;
    expect(shareMetaOf(untitled, en).title).toBe("Shared Images snapshot · API·GO Playground");
    expect(shareMetaOf(untitled, createTranslate("zh-CN")).description).toContain(
      imagesSnapshot.settings.model,
    );
    const models = compareSnapshot.panes.map((p) => p.model);
    expect(shareMetaOf(compareSnapshot, en).description).toContain(models[0] ?? "");
  });
});
