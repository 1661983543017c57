import { describe, expect, it } from "vitest";
import { loadMessages } from "./load-messages";
import { en } from "./messages/en";
import { zhCN } from "./messages/zh-CN";
import { createTranslator } from "./translator";

describe("createTranslator (the browser's translate, one catalogue)", () => {
  it("reads the catalogue it is given and interpolates", () => {
    expect(createTranslator(zhCN)("settings.savedKey", { hint: "…abcd" })).toBe("已保存的密钥 …abcd");
    expect(createTranslator(en)("nav.chat")).toBe("Chat");
  });

  it("falls back to the fallback catalogue, then to the key itself", () => {
    const partial = { ...en, nav: { ...en.nav, chat: undefined } } as unknown as typeof en;
    expect(createTranslator(partial, zhCN)("nav.chat")).toBe("对话");
    expect(createTranslator(partial)("nav.chat")).toBe("nav.chat");
  });
});

describe("loadMessages (language switch)", () => {
  it("loads the catalogue of the requested locale", async () => {
    expect(await loadMessages("zh-CN")).toBe(zhCN);
    expect(await loadMessages("en")).toBe(en);
  });
});
