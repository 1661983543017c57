import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { ComparePage } from "./pages/compare-page";
import { MessagesPage } from "./pages/messages-page";

// Keyboard shortcuts (lib/shortcuts/registry.ts) and keyboard-only use of the chat and messages tabs.

/** Takes focus out of any field, as a click on the page background would. */
async function leaveFields(page: Page) {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
}

const focusedTestId = (page: Page) =>
  page.evaluate(() => document.activeElement?.getAttribute("data-testid") ?? document.activeElement?.tagName);

test.describe("keyboard shortcuts", () => {
  test("? opens the shortcuts dialog with Ctrl keycaps; Esc closes it and focus returns", async ({
    chat,
    page,
  }) => {
    await chat.goto();
    const viewCode = page.getByTestId("chat-view-code");
    await viewCode.focus();
    await page.keyboard.press("?");
    const dialog = page.getByTestId("shortcuts-dialog");
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole("heading", { name: "Keyboard shortcuts" })).toBeVisible();
    // Linux is not macOS: Ctrl, not ⌘.
    await expect(dialog.getByTestId("shortcut-send")).toContainText("Ctrl");
    await expect(dialog.getByTestId("shortcut-send")).not.toContainText("⌘");
    await expect(dialog.getByTestId("shortcut-goImages")).toContainText(/g\s*then\s*3/);
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    await expect(viewCode).toBeFocused();

    // The header button opens the same dialog, and focus goes back to it.
    const button = page.getByTestId("shortcuts-open");
    await button.focus();
    await page.keyboard.press("Enter");
    await expect(dialog).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    await expect(button).toBeFocused();
  });

  test("typing ? or n in the prompt types them and opens nothing", async ({ chat, page }) => {
    await chat.goto();
    await chat.input.click();
    await page.keyboard.type("why? n c v / g 1");
    await expect(chat.input).toHaveValue("why? n c v / g 1");
    await expect(page.getByTestId("shortcuts-dialog")).toHaveCount(0);
    await expect(page.getByTestId("view-code-dialog")).toHaveCount(0);
    await expect(page).toHaveURL(/\/chat$/);
  });

  test("/ focuses the prompt; Ctrl+Enter sends; Esc stops the streaming reply", async ({ chat, page }) => {
    await chat.goto();
    await leaveFields(page);
    await page.keyboard.press("/");
    await expect(chat.input).toBeFocused();
    await expect(chat.input).toHaveValue("");
    await page.keyboard.type("Write a lot [sim:long]");
    await page.keyboard.press("Control+Enter");
    await expect(chat.input).toHaveValue("");
    const reply = chat.lastReply();
    await expect.poll(async () => ((await reply.textContent()) ?? "").length).toBeGreaterThan(100);
    await page.keyboard.press("Escape");
    await expect(chat.stop).toBeHidden();
    await expect(chat.send).toBeEnabled();
    const atStop = ((await reply.textContent()) ?? "").length;
    await page.waitForTimeout(600);
    expect(((await reply.textContent()) ?? "").length - atStop).toBeLessThan(40);
  });

  test("an IME's Enter or Esc never sends or stops", async ({ chat, page }) => {
    await chat.goto();
    await chat.input.fill("ni hao");
    // A Chinese IME confirms a word with Enter while composing; Esc cancels the composition.
    await chat.input.evaluate((el) =>
      el.dispatchEvent(
        new KeyboardEvent("keydown", { key: "Enter", ctrlKey: true, isComposing: true, bubbles: true }),
      ),
    );
    await page.waitForTimeout(300);
    await expect(chat.input).toHaveValue("ni hao");
    await expect(chat.assistant).toHaveCount(0);

    await chat.input.fill("Write a lot [sim:long]");
    await page.keyboard.press("Control+Enter");
    const reply = chat.lastReply();
    await expect.poll(async () => ((await reply.textContent()) ?? "").length).toBeGreaterThan(50);
    await chat.input.evaluate((el) =>
      el.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape", isComposing: true, bubbles: true })),
    );
    await page.waitForTimeout(300);
    await expect(chat.stop).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(chat.stop).toBeHidden();
  });

  test("v opens View code, c copies the last reply, n starts a new conversation", async ({
    chat,
    page,
    context,
  }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await chat.goto();
    // A hand-written assistant reply: its exact text is what c must copy.
    await chat.input.fill("Ping");
    await page.getByTestId("chat-add").click();
    await page.getByTestId("chat-role-assistant").click();
    await chat.input.fill("Pong: the exact reply text");
    await page.getByTestId("chat-add").click();
    await expect(chat.assistant).toHaveCount(1);

    await leaveFields(page);
    await page.keyboard.press("v");
    await expect(page.getByTestId("view-code-dialog")).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(page.getByTestId("view-code-dialog")).toBeHidden();

    await leaveFields(page);
    await page.keyboard.press("c");
    await expect(page.getByTestId("shortcut-notice")).toHaveText("Last reply copied.");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe("Pong: the exact reply text");

    const conversations = page.getByTestId("chat-conversation");
    const before = await conversations.count();
    await leaveFields(page);
    await page.keyboard.press("n");
    await expect(conversations).toHaveCount(before + 1);
    await expect(page.getByTestId("chat-empty")).toBeVisible();
    // The new conversation is ready to type into.
    await expect(chat.input).toBeFocused();

    await leaveFields(page);
    await page.keyboard.press("c");
    await expect(page.getByTestId("shortcut-notice")).toHaveText("There is no reply to copy yet.");
  });

  test("g then a digit switches tabs; plain keys can be turned off and stay off", async ({ chat, page }) => {
    await chat.goto();
    await leaveFields(page);
    await page.keyboard.press("g");
    await page.keyboard.press("2");
    await expect(page).toHaveURL(/\/messages$/);
    await leaveFields(page);
    await page.keyboard.press("g");
    await page.keyboard.press("3");
    await expect(page).toHaveURL(/\/images$/);
    await leaveFields(page);
    await page.keyboard.press("g");
    await page.keyboard.press("1");
    await expect(page).toHaveURL(/\/chat$/);

    await page.getByTestId("shortcuts-open").click();
    await page.getByTestId("shortcuts-character-keys").uncheck();
    await page.keyboard.press("Escape");
    await page.reload();
    await expect(chat.input).toBeVisible();
    await leaveFields(page);
    await page.keyboard.press("?");
    await page.keyboard.press("g");
    await page.keyboard.press("2");
    await page.waitForTimeout(500);
    await expect(page).toHaveURL(/\/chat$/);
    await expect(page.getByTestId("shortcuts-dialog")).toHaveCount(0);
    // Esc and Ctrl+Enter still work with plain keys off.
    await chat.input.fill("Write a lot [sim:long]");
    await page.keyboard.press("Control+Enter");
    await expect(chat.stop).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(chat.stop).toBeHidden();
  });

  test("messages: Ctrl+Enter sends, Esc stops, c copies, v shows code, n starts anew", async ({
    page,
    context,
  }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    const messages = new MessagesPage(page);
    await messages.goto();
    await messages.input.fill("Write a lot [sim:long]");
    await page.keyboard.press("Control+Enter");
    const reply = messages.lastReply();
    await expect.poll(async () => ((await reply.textContent()) ?? "").length).toBeGreaterThan(100);
    await page.keyboard.press("Escape");
    await expect(messages.stop).toBeHidden();
    await expect(messages.send).toBeEnabled();

    await leaveFields(page);
    await page.keyboard.press("c");
    await expect(page.getByTestId("shortcut-notice")).toHaveText("Last reply copied.");
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied.length).toBeGreaterThan(100);

    await leaveFields(page);
    await page.keyboard.press("v");
    await expect(page.getByRole("dialog", { name: "View code" })).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(page.getByRole("dialog")).toHaveCount(0);

    const conversations = page.getByTestId("messages-conversation");
    const before = await conversations.count();
    await leaveFields(page);
    await page.keyboard.press("n");
    await expect(conversations).toHaveCount(before + 1);
    await expect(messages.replies).toHaveCount(0);
    await expect(messages.input).toBeFocused();
  });

  test("compare: g 5 opens it, / focuses its prompt, Ctrl+Enter sends to every pane, Esc stops all", async ({
    chat,
    page,
  }) => {
    await chat.goto();
    await leaveFields(page);
    await page.keyboard.press("g");
    await page.keyboard.press("5");
    await expect(page).toHaveURL(/\/compare/);
    const compare = new ComparePage(page);
    await expect(page.locator("[data-testid=compare-view][data-ready]")).toBeVisible();
    await leaveFields(page);
    await page.keyboard.press("/");
    await expect(compare.input).toBeFocused();
    await page.keyboard.type("A long one please [sim:long]");
    await page.keyboard.press("Control+Enter");
    const running = page.locator("[data-testid=compare-pane][data-status=running]");
    await expect(running).toHaveCount(await compare.panes.count());
    await expect.poll(async () => ((await compare.reply(0).textContent()) ?? "").length).toBeGreaterThan(50);
    await page.keyboard.press("Escape");
    await expect(running).toHaveCount(0);
    await expect(compare.stopAll).toBeHidden();
  });

  test("keyboard only: tab to the prompt, type, send, stop, new conversation, switch tab", async ({
    chat,
    page,
  }) => {
    await chat.goto();
    await leaveFields(page);
    // Tab through the page in order until the prompt has focus (skip link, header, toolbar…).
    let steps = 0;
    while ((await focusedTestId(page)) !== "chat-input") {
      await page.keyboard.press("Tab");
      steps++;
      expect(steps, "the prompt is reachable with Tab").toBeLessThan(60);
    }
    await page.keyboard.type("Write a lot [sim:long]");
    await page.keyboard.press("Control+Enter");
    const reply = chat.lastReply();
    await expect.poll(async () => ((await reply.textContent()) ?? "").length).toBeGreaterThan(50);
    await page.keyboard.press("Escape");
    await expect(chat.stop).toBeHidden();
    await expect(chat.assistant).toHaveCount(1);

    // Out of the prompt with Tab (to the role buttons), then n: a new, empty conversation.
    await page.keyboard.press("Tab");
    expect(await focusedTestId(page)).not.toBe("chat-input");
    await page.keyboard.press("n");
    await expect(page.getByTestId("chat-empty")).toBeVisible();
    await expect(chat.input).toBeFocused();

    // Tab to the Images tab link and follow it with Enter.
    await page.keyboard.press("Shift+Tab");
    steps = 0;
    while ((await focusedTestId(page)) !== "nav-images") {
      await page.keyboard.press("Shift+Tab");
      steps++;
      expect(steps, "the tab bar is reachable with Shift+Tab").toBeLessThan(80);
    }
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/images$/);
    // And back with the shortcut.
    await leaveFields(page);
    await page.keyboard.press("g");
    await page.keyboard.press("1");
    await expect(page).toHaveURL(/\/chat$/);
  });
});
