import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ImagesView, VideosView } from "@/components/share/view-media";
import { MessagesMessageView } from "@/components/share/view-message";
import { createFormatter } from "@/lib/i18n/format";
import { createTranslate } from "@/lib/i18n/translate";
import { messagesSnapshotFrom } from "@/lib/shares/builders";
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

  it("an image attached in the Messages tab leaves a placeholder in the shared thread", () => {
    const image = { type: "file", mediaType: "image/png", url: "data:image/png;base64,AAAA" };
    const snapshot = messagesSnapshotFrom({
      model: "claude-sonnet-4-5-20250929",
      vendor: "",
      anthropicVersion: "2023-06-01",
      system: "",
      params: {},
      messages: [
        {
          role: "user",
          parts: [image, { type: "text", text: "What is in this picture?" }],
        },
      ],
    });
    const blocks = snapshot.messages[0]?.blocks ?? [];
    expect(blocks).toEqual([
      { type: "image_not_shared" },
      { type: "text", text: "What is in this picture?" },
    ]);
    expect(JSON.stringify(snapshot)).not.toContain("base64");
    for (const [i18n, text] of [
      [en, "Image not shared"],
      [zh, "图片未分享"],
    ] as const) {
      const html = renderToStaticMarkup(
        createElement(MessagesMessageView, { role: "user", blocks, budget: 40_000, ...i18n }),
      );
      expect(html).toContain(text);
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
