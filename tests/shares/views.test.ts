import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ImagesView, VideosView } from "@/components/share/view-media";
import { ChatMessageView, MessagesMessageView } from "@/components/share/view-message";
import { createFormatter } from "@/lib/i18n/format";
import { createTranslate } from "@/lib/i18n/translate";
import { SHARE_IMAGE_BUDGET } from "@/lib/shares/attachment-builders";
import { chatSnapshotFrom, messagesSnapshotFrom } from "@/lib/shares/builders";
import { imagesSnapshot, videosSnapshot } from "./fixtures";

const en = { t: createTranslate("en"), f: createFormatter("en") };
const zh = { t: createTranslate("zh-CN"), f: createFormatter("zh-CN") };

describe("shared views (#19 defect 7)", () => {
  it("an image share lists exactly the parameters its request sent", () => {
    const dalle3 = {
      ...imagesSnapshot,
      // The form keeps gpt-image values while dall-e-3 is chosen; the request leaves them out.
      settings: { ...imagesSnapshot.settings, model: "dall-e-3", quality: "hd", style: "vivid" },
    };
    const html = renderToStaticMarkup(createElement(ImagesView, { snapshot: dalle3, ...en }));
    expect(html).toContain("quality");
    expect(html).toContain("style");
    expect(html).not.toContain("background");
    expect(html).not.toContain("output_format");

    const gptImage = renderToStaticMarkup(createElement(ImagesView, { snapshot: imagesSnapshot, ...en }));
    expect(gptImage).toContain("background");
    expect(gptImage).toContain("output_format");
    expect(gptImage).not.toContain(">style<");
  });

  it("images attached in chat and Messages are shared within the size cap; past it a placeholder says so", () => {
    const png =
      "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==";
    const file = (data: string, mediaType = "image/png") => ({
      type: "file",
      mediaType,
      url: `data:${mediaType};base64,${data}`,
    });
    const huge = `iVBORw0KGgo${"A".repeat(SHARE_IMAGE_BUDGET)}`;
    const parts = [
      file(png),
      file(huge),
      file("R0lGODlhAQABAAAAACw=", "image/gif"),
      { type: "text", text: "What is this?" },
    ];
    const snapshot = messagesSnapshotFrom({
      model: "claude-sonnet-4-5-20250929",
      vendor: "",
      anthropicVersion: "2023-06-01",
      system: "",
      params: {},
      messages: [{ role: "user", parts }],
    });
    const blocks = snapshot.messages[0]?.blocks ?? [];
    expect(blocks).toEqual([
      { type: "image", image: { mime: "image/png", data: png } },
      { type: "image", image: { omitted: "too_large" } },
      { type: "image", image: { omitted: "unsupported" } },
      { type: "text", text: "What is this?" },
    ]);
    const chat = chatSnapshotFrom({
      model: "gpt-4o",
      vendor: "",
      system: "",
      params: {},
      messages: [{ role: "user", parts }],
    });
    expect(chat.messages[0]?.images).toEqual(
      blocks.slice(0, 3).map((b) => (b.type === "image" ? b.image : b)),
    );
    for (const [i18n, text] of [
      [en, "over the share&#x27;s size cap"],
      [zh, "超过分享的大小上限"],
    ] as const) {
      const html = renderToStaticMarkup(
        createElement(MessagesMessageView, { role: "user", blocks, budget: 40_000, ...i18n }),
      );
      expect(html).toContain(`src="data:image/png;base64,${png}"`);
      expect(html).toContain(text);
      const chatHtml = renderToStaticMarkup(
        createElement(ChatMessageView, {
          ...chat.messages[0],
          role: "user",
          content: "",
          budget: 40_000,
          ...i18n,
        }),
      );
      expect(chatHtml).toContain(`src="data:image/png;base64,${png}"`);
    }
  });

  it("a video share plays its stored MP4, or says why it holds none (#19 defect 2)", () => {
    const id = "AAAAAAAAAAAAAAAAAAAAAA";
    const view = (video: (typeof videosSnapshot)["video"], i18n = en) =>
      renderToStaticMarkup(
        createElement(VideosView, { snapshot: { ...videosSnapshot, video }, shareId: id, ...i18n }),
      );
    const stored = view({ state: "stored", bytes: 44_005 });
    expect(stored).toContain(`src="/api/shares/${id}/video"`);
    expect(stored).toContain("<video");
    const tooLarge = view({ state: "too_large", bytes: 30 * 1048576, cap: 20 * 1048576 });
    expect(tooLarge).not.toContain("<video");
    expect(tooLarge).toContain("larger than this playground shares");
    expect(tooLarge).toContain(en.f.bytes(30 * 1048576));
    expect(view({ state: "unavailable" })).toContain("could not be fetched");
    expect(view(undefined, zh)).toContain("此链接不含视频");
  });
});
