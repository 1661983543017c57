import type { Page } from "@playwright/test";
import { test as base, expect, slow } from "./fixtures";
import { expectNoSeriousViolations } from "./look";
import { MessagesPage } from "./pages/messages-page";

// #19 (friction): Messages has chat's conversation list and turn actions (edit and resend,
// regenerate, delete, copy), and every request they make carries the turns as they stand, the
// images of a question included.

const test = base.extend<{ messages: MessagesPage }>({
  messages: async ({ page }, use) => {
    await use(new MessagesPage(page));
  },
});

// A 1×1 PNG.
const png = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
  "base64",
);
const image = {
  type: "image",
  source: { type: "base64", media_type: "image/png", data: png.toString("base64") },
};
const text = (value: string) => ({ type: "text", text: value });

interface WireBody {
  messages: { role: string; content: unknown[] }[];
}

/** The body of the next request to /v1/messages, once it is sent. */
function nextBody(page: Page): Promise<WireBody> {
  return page
    .waitForRequest((r) => r.method() === "POST" && r.url().endsWith("/api/apigo/v1/messages"), {
      timeout: slow(15_000),
    })
    .then((r) => r.postDataJSON() as WireBody);
}

const fast = "[sim:tps=0]";

test.describe("Messages: chat's conversation list and turn actions", () => {
  test("edit and resend, regenerate, delete and Run send the turns as they stand, the image included", async ({
    messages,
    page,
  }) => {
    await messages.goto();
    await page
      .getByTestId("messages-file-input")
      .setInputFiles({ name: "dot.png", mimeType: "image/png", buffer: png });
    await expect(page.getByTestId("messages-attachment-remove")).toHaveCount(1);
    let body = nextBody(page);
    await messages.ask(`What is in this picture? ${fast}`);
    expect((await body).messages).toEqual([
      { role: "user", content: [image, text(`What is in this picture? ${fast}`)] },
    ]);
    await expect(messages.lastMetrics()).toBeVisible({ timeout: slow(15_000) });

    // Edit the question and resend: the reply is replaced, the image goes again with the new text.
    const question = page.getByTestId("messages-turn").filter({ has: page.getByTestId("messages-user") });
    await question.getByTestId("chat-action-edit").click();
    await page.getByTestId("chat-edit-input").fill(`Describe it again ${fast}`);
    body = nextBody(page);
    await page.getByTestId("chat-edit-resend").click();
    const edited = [{ role: "user", content: [image, text(`Describe it again ${fast}`)] }];
    expect((await body).messages).toEqual(edited);
    await expect(messages.lastReply()).toContainText("Describe it again");
    await expect(messages.lastMetrics()).toBeVisible({ timeout: slow(15_000) });
    await expect(messages.replies).toHaveCount(1);
    await expect(question.getByRole("img")).toHaveCount(1);

    // Regenerate the reply: the same turns are asked again, and one reply stands.
    const reply = page.getByTestId("messages-turn").filter({ has: messages.replies });
    body = nextBody(page);
    await reply.getByTestId("chat-action-regenerate").click();
    expect((await body).messages).toEqual(edited);
    await expect(messages.lastMetrics()).toBeVisible({ timeout: slow(15_000) });
    await expect(messages.replies).toHaveCount(1);

    // Copy takes the reply's text.
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
    await reply.getByTestId("chat-copy-message").click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain("Describe it again");

    // Delete the reply: the question stays, and Send with an empty composer runs it again.
    await reply.getByTestId("chat-action-delete").click();
    await expect(messages.replies).toHaveCount(0);
    await expect(page.getByTestId("messages-user")).toHaveCount(1);
    body = nextBody(page);
    await messages.send.click();
    expect((await body).messages).toEqual(edited);
    await expect(messages.lastMetrics()).toBeVisible({ timeout: slow(15_000) });

    // A reload keeps the image (IndexedDB): the next question sends it again with the first turn.
    await page.reload();
    await expect(page.getByTestId("messages-user").getByRole("img")).toHaveCount(1);
    body = nextBody(page);
    await messages.ask(`And now? ${fast}`);
    expect((await body).messages[0]).toEqual(edited[0]);
  });

  test("the sidebar switches conversations; a reload keeps them, the edits and the list", async ({
    messages,
    page,
  }) => {
    await messages.goto();
    // One New control on first load, and it is not greyed out beside an empty conversation.
    await expect(page.getByTestId("messages-sidebar-new")).toBeEnabled();
    await expect(page.getByTestId("messages-new")).toBeHidden();
    await expect(page.getByTestId("messages-conversation")).toHaveCount(1);
    await page.getByTestId("messages-sidebar-new").click();
    await expect(page.getByTestId("messages-conversation")).toHaveCount(1);

    await messages.ask(`Alpha question ${fast}`);
    await expect(messages.lastMetrics()).toBeVisible({ timeout: slow(15_000) });
    await page.getByTestId("messages-sidebar-new").click();
    await expect(page.getByTestId("messages-empty")).toBeVisible();
    await messages.ask(`Beta question ${fast}`);
    await expect(messages.lastMetrics()).toBeVisible({ timeout: slow(15_000) });
    // Edit the reply by hand (no resend): it is saved as edited.
    const reply = page.getByTestId("messages-turn").filter({ has: messages.replies });
    await reply.getByTestId("chat-action-edit").click();
    await page.getByTestId("chat-edit-input").fill("An answer written by hand");
    await page.getByTestId("chat-edit-save").click();
    await expect(messages.lastReply()).toHaveText("An answer written by hand");

    const list = page.getByTestId("messages-conversation");
    await expect(list).toHaveCount(2);
    await list.filter({ hasText: "Alpha question" }).click();
    await expect(page.getByTestId("messages-user")).toHaveText(`Alpha question ${fast}`);
    await expect(list.filter({ hasText: "Alpha question" })).toHaveAttribute("aria-current", "page");

    // The next question goes with this conversation's turns only.
    let body = nextBody(page);
    await messages.ask(`Alpha follow-up ${fast}`);
    const sent = (await body).messages;
    expect(sent.map((m) => m.role)).toEqual(["user", "assistant", "user"]);
    expect(sent[0]?.content).toEqual([text(`Alpha question ${fast}`)]);
    await expect(messages.lastMetrics()).toBeVisible({ timeout: slow(15_000) });

    await page.reload();
    await expect(list).toHaveCount(2);
    await expect(page.getByTestId("messages-user")).toHaveCount(2);
    await list.filter({ hasText: "Beta question" }).click();
    await expect(messages.lastReply()).toHaveText("An answer written by hand");
    body = nextBody(page);
    await messages.ask(`Beta follow-up ${fast}`);
    expect((await body).messages[1]).toEqual({
      role: "assistant",
      content: [text("An answer written by hand")],
    });
  });

  test("phones: the list opens as a sheet that switches conversations; axe finds nothing serious", async ({
    messages,
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await messages.goto();
    await messages.ask(`Gamma question ${fast}`);
    await expect(messages.lastMetrics()).toBeVisible({ timeout: slow(15_000) });
    await expect(page.getByTestId("messages-conversation")).toBeHidden();
    await page.getByTestId("messages-new").click();
    await expect(page.getByTestId("messages-empty")).toBeVisible();
    await page.getByTestId("messages-open-sidebar").click();
    const sheet = page.getByRole("dialog");
    await expect(sheet.getByTestId("messages-conversation")).toHaveCount(2);
    await expectNoSeriousViolations(page, "messages conversations sheet at 390 px");
    await sheet.getByTestId("messages-conversation").filter({ hasText: "Gamma question" }).click();
    await expect(sheet).toHaveCount(0);
    await expect(page.getByTestId("messages-user")).toHaveText(`Gamma question ${fast}`);
  });
});
