import { describe, expect, it } from "vitest";
import { en } from "./messages/en";
import { zhCN } from "./messages/zh-CN";
import { createTranslate } from "./translate";

function flatten(node: unknown, prefix = ""): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out[path] = value;
    else Object.assign(out, flatten(value, path));
  }
  return out;
}

// Names and symbols that read the same in both languages. Keep this list short and explicit.
const sameInBoth = new Set([
  "app.name",
  "app.shortName",
  "header.gatewayBadgeShort",
  "nav.messages",
  "languages.en",
  "languages.zh-CN",
  "format.unknown",
  "shortcuts.goMessages",
  // "{title} · API·GO Playground": the product name around the snapshot's own title.
  "share.meta.title",
  // API names and a version number.
  "prompts.apiChat",
  "prompts.apiMessages",
  "prompts.openMessages",
  "prompts.versionLabel",
]);

const enFlat = flatten(en);
const zhFlat = flatten(zhCN);

describe("message catalogues", () => {
  it("have exactly the same keys", () => {
    expect(Object.keys(zhFlat).sort()).toEqual(Object.keys(enFlat).sort());
  });

  it("have no empty values", () => {
    for (const [key, value] of [...Object.entries(enFlat), ...Object.entries(zhFlat)]) {
      expect(value.trim(), key).not.toBe("");
    }
  });

  it("translate every entry that is not a name", () => {
    const untranslated = Object.keys(enFlat).filter(
      (key) => !sameInBoth.has(key) && zhFlat[key] === enFlat[key],
    );
    expect(untranslated).toEqual([]);
  });

  it("keep the same placeholders in both languages", () => {
    const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
    for (const [key, value] of Object.entries(enFlat)) {
      expect(placeholders(zhFlat[key] ?? ""), key).toEqual(placeholders(value));
    }
  });

  it("interpolates variables and leaves unknown placeholders visible", () => {
    const t = createTranslate("zh-CN");
    expect(t("settings.savedKey", { hint: "…abcd" })).toBe("已保存的密钥 …abcd");
    expect(createTranslate("en")("error.status", {})).toBe("HTTP {status}");
  });
});
