import type { Page, Route } from "@playwright/test";
import { expect, slow, test } from "./fixtures";

// The streaming engine (the AI SDK) is fetched after the page's load event (issue #11, page weight).
// These specs hold back or drop that one chunk and send before it arrives: the prompt must never be lost.

/** The engine's chunk is the one carrying the AI SDK's Chat; this error text of its sendMessage survives minifying. */
const isEngineChunk = (body: string) => body.includes("is not a user message");

/** Routes the page's script chunks; `onEngine` decides what happens to the engine's. */
async function routeEngine(page: Page, onEngine: (route: Route, body: Buffer) => Promise<void>) {
  await page.route("**/_next/static/chunks/*.js", async (route) => {
    const response = await route.fetch();
    const body = await response.body();
    if (isEngineChunk(body.toString("utf8"))) await onEngine(route, body);
    else await route.fulfill({ response, body });
  });
}

test.describe("chat before the streaming engine has arrived", () => {
  // A chunk still being fetched through the route when the test ends must not fail it (the page is
  // closing; route.fetch then reports ECONNRESET on a slow machine).
  test.afterEach(async ({ page }) => page.unrouteAll({ behavior: "ignoreErrors" }));

  test("a Send waits for the engine: the prompt shows at once and the reply follows", async ({
    chat,
    page,
  }) => {
    let release!: () => void;
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    let asked = false;
    await routeEngine(page, async (route, body) => {
      asked = true;
      await released;
      await route.fulfill({ body, contentType: "application/javascript" });
    });
    await chat.goto();
    await chat.ask("Hello before the engine");
    await expect(page.getByTestId("chat-message-user").last()).toContainText("Hello before the engine");
    await expect(chat.stop).toBeVisible();
    await expect(chat.input).toHaveValue("");
    expect(asked).toBe(true);
    await expect(chat.assistant).toHaveCount(0);

    release();
    await expect(chat.metrics).toHaveCount(1, { timeout: slow(30_000) });
    expect(((await chat.lastReply().textContent()) ?? "").length).toBeGreaterThan(20);
    await expect(page.getByTestId("chat-message-user")).toHaveCount(1);
  });

  test("a stored conversation renders while the engine is still on its way", async ({ chat, page }) => {
    await chat.goto();
    await chat.askAndWait("Remember this question");
    const reply = (await chat.lastReply().textContent()) ?? "";

    let held = false;
    await routeEngine(page, async () => {
      held = true;
      // Never answered: the page must not need the engine to show what it has stored.
      await new Promise(() => {});
    });
    await page.reload();
    await expect(page.getByTestId("chat-message-user")).toContainText("Remember this question");
    await expect(chat.lastReply()).toHaveText(reply);
    await expect(chat.input).toBeEditable();
    await expect.poll(() => held).toBe(true);
  });

  test("if the engine cannot be fetched, the error says so and the prompt goes back to the composer", async ({
    chat,
    page,
  }) => {
    await routeEngine(page, (route) => route.abort("failed"));
    await chat.goto();
    await chat.ask("Keep this prompt");
    await expect(chat.error).toBeVisible();
    await expect(chat.error).toContainText(/connection|network/i);
    await expect(chat.input).toHaveValue("Keep this prompt");
    await expect(page.getByTestId("chat-message-user")).toHaveCount(0);

    // Once the network is back, Retry sends it.
    await page.unroute("**/_next/static/chunks/*.js");
    await page.getByTestId("chat-retry").click();
    await expect(chat.metrics).toHaveCount(1, { timeout: slow(30_000) });
    await expect(page.getByTestId("chat-message-user").last()).toContainText("Keep this prompt");
  });
});
