import { describe, expect, it } from "vitest";
import { describeImages, imageNotes } from "./image-notes";
import { json, post, testSim } from "./test-helpers";

const png = "data:image/png;base64,iVBORw0KGgo="; // 8 bytes
const jpeg = `data:image/jpeg;base64,${"A".repeat(4096)}`; // 3072 bytes

describe("image notes", () => {
  it("describes the last user message's images by type and size and counts earlier ones", () => {
    const notes = imageNotes([
      { role: "user", content: [{ type: "image_url", image_url: { url: png } }] },
      { role: "assistant", content: "ok" },
      {
        role: "user",
        content: [
          { type: "text", text: "and these?" },
          { type: "image_url", image_url: { url: jpeg, detail: "low" } },
          { type: "image_url", image_url: { url: "https://example.com/cat.png" } },
        ],
      },
    ]);
    expect(notes).toEqual({ latest: [{ type: "image/jpeg", bytes: 3072 }, { type: "url" }], earlier: 1 });
    expect(describeImages(notes)).toBe(
      "I received 2 images with your message (image/jpeg, 3.0 KB; by URL). The conversation carries 1 earlier image.",
    );
    expect(describeImages(imageNotes([{ role: "user", content: "text only" }]))).toBe("");
  });

  it("a chat completion with image parts answers with what arrived", async () => {
    const body = await json(
      await post(testSim(), "/v1/chat/completions", {
        model: "gpt-4o-mini",
        messages: [
          {
            role: "user",
            content: [
              { type: "text", text: "What is this?" },
              { type: "image_url", image_url: { url: png } },
            ],
          },
        ],
      }),
    );
    const content = (body.choices as { message: { content: string } }[])[0]?.message.content;
    expect(content).toContain("I received 1 image with your message (image/png, 8 B).");
  });
});
