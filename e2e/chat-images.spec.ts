import { expect, type Page } from "@playwright/test";
import { test, urls } from "./fixtures";
import { slow } from "./machine";
import { MessagesPage } from "./pages/messages-page";

// A 1×1 PNG: small enough to be sent as picked (no resizing at the default long edge of 2048 px).
const pngBase64 =
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==";
const dataUrl = `data:image/png;base64,${pngBase64}`;
const file = { name: "dot.png", mimeType: "image/png", buffer: Buffer.from(pngBase64, "base64") };

// Replies as fast as the simulator can write them.
const fast = "[sim:tps=0]";

type Body = { messages: { role: string; content: unknown }[] };

/** The request bodies the standalone simulator received on a path, oldest first. */
async function bodiesOf(simLog: () => Promise<{ path: string; body?: unknown }[]>, path: string) {
  return (await simLog()).filter((e) => e.path === path).map((e) => e.body as Body);
}

async function attach(page: Page, tab: "chat" | "messages") {
  await page.getByTestId(`${tab}-file-input`).setInputFiles(file);
  // The size is shown before sending.
  await expect(page.getByTestId(`${tab}-attachment-size`)).toContainText("1×1");
}

test.describe("images in chat and Messages (#20)", () => {
  test("chat: an attached image is sent as image_url, survives a reload and goes with the follow-up", async ({
    chat,
    page,
    simLog,
  }) => {
    await chat.goto(urls.remote);
    await chat.saveKey("sk-simChatImages1");
    await attach(page, "chat");
    await chat.askAndWait(`What is in this picture? ${fast}`);
    await expect(chat.lastReply()).toContainText("I received 1 image with your message (image/png, 70 B).");
    const first = (await bodiesOf(simLog, "/v1/chat/completions")).at(-1);
    expect(first?.messages.at(-1)).toEqual({
      role: "user",
      content: [
        { type: "image_url", image_url: { url: dataUrl } },
        { type: "text", text: `What is in this picture? ${fast}` },
      ],
    });

    await page.reload();
    await expect(page.getByTestId("message-image")).toBeVisible();
    await chat.askAndWait(`And the colour? ${fast}`, 2);
    await expect(chat.lastReply()).toContainText("The conversation carries 1 earlier image.");
    const followUp = (await bodiesOf(simLog, "/v1/chat/completions")).at(-1);
    expect(followUp?.messages[0]).toEqual(first?.messages.at(-1));
    expect(followUp?.messages.at(-1)).toEqual({ role: "user", content: `And the colour? ${fast}` });

    await page.getByTestId("message-image").click();
    await expect(page.getByTestId("image-viewer")).toBeVisible({ timeout: slow(10_000) });
  });

  test("Messages: an attached image survives a reload and goes with the follow-up", async ({
    page,
    simLog,
  }) => {
    const messages = new MessagesPage(page);
    await messages.goto(urls.remote);
    await messages.saveKey("sk-simChatImages2");
    await attach(page, "messages");
    await messages.ask(`Describe it ${fast}`);
    await expect(messages.lastMetrics()).toBeVisible({ timeout: slow(30_000) });
    await page.reload();
    await expect(page.getByTestId("message-image")).toBeVisible();
    await messages.ask(`Anything else? ${fast}`);
    await expect(page.getByTestId("chat-metrics")).toHaveCount(2, { timeout: slow(30_000) });
    await expect(messages.lastReply()).toContainText("The conversation carries 1 earlier image.");
    const followUp = (await bodiesOf(simLog, "/v1/messages")).at(-1);
    expect(followUp?.messages[0]).toEqual({
      role: "user",
      content: [
        { type: "image", source: { type: "base64", media_type: "image/png", data: pngBase64 } },
        { type: "text", text: `Describe it ${fast}` },
      ],
    });
  });
});
