import type { Page } from "@playwright/test";
import { expect, slow, test } from "./fixtures";
import { ToolsPanel } from "./pages/tools-panel";

// The prompt library (issue #21): save, version, diff, open a version in chat; {{variables}} filled on send.

async function savePrompt(page: Page, name?: string, close = true): Promise<string> {
  await page.getByTestId("prompt-save-open").click();
  const dialog = page.getByTestId("prompt-save-dialog");
  await expect(dialog).toBeVisible({ timeout: slow(10_000) });
  if (name !== undefined) await dialog.getByTestId("prompt-save-name").fill(name);
  await dialog.getByTestId("prompt-save-submit").click();
  const status = dialog.getByTestId("prompt-save-status");
  await expect(status).not.toBeEmpty();
  const text = (await status.textContent()) ?? "";
  if (close) {
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
  }
  return text;
}

test("save a prompt twice with a change, see the diff, open version 1 in chat", async ({ chat, page }) => {
  await chat.goto();
  await page.getByTestId("chat-system-input").fill("You answer in one line.");
  await chat.input.fill("Summarise {{topic}} for a child");
  expect(await savePrompt(page, "Explainer")).toContain("version 1 of “Explainer”");
  await expect(page.getByTestId("prompt-save-open")).toBeFocused();

  await chat.input.fill("Summarise {{topic}} for an engineer");
  // The dialog offers a new version of the prompt this tab saved last.
  expect(await savePrompt(page)).toContain("version 2 of “Explainer”");
  expect(await savePrompt(page, undefined, false)).toContain("Nothing changed since version 2");

  await page.getByTestId("prompt-save-library").click();
  const library = page.getByTestId("prompt-library");
  await expect(library.getByTestId("prompt-version-2")).toHaveAttribute("aria-checked", "true");
  const diff = library.getByTestId("prompt-diff");
  await expect(diff.locator('[data-kind="removed"]')).toHaveText(["- Summarise {{topic}} for a child"]);
  await expect(diff.locator('[data-kind="added"]')).toHaveText(["+ Summarise {{topic}} for an engineer"]);
  await expect(library.getByTestId("prompt-variables")).toContainText("{{topic}}");

  await library.getByTestId("prompt-version-1").click();
  await library.getByTestId("prompt-open-chat").click();
  await expect(library).toBeHidden();
  await expect(page.getByTestId("chat-message-user")).toHaveText(["Summarise {{topic}} for a child"]);
  await expect(page.getByTestId("chat-system-input")).toHaveValue("You answer in one line.");
  await expect(chat.input).toHaveValue("");

  // The variables panel fills {{topic}} for the run: the request and the conversation hold the filled text.
  const panel = page.getByTestId("prompt-variables-panel");
  await panel.getByTestId("prompt-variable-topic").fill("tides [sim:tps=0]");
  await chat.send.click();
  await expect(page.getByTestId("chat-message-user")).toHaveText(["Summarise tides [sim:tps=0] for a child"]);
  await expect(chat.metrics).toHaveCount(1, { timeout: slow(20_000) });
  const body = await chat.inspectLastReply();
  expect(JSON.stringify(body.messages)).toContain("Summarise tides [sim:tps=0] for a child");
  await expect(panel).toBeHidden();
});

test("a chat prompt keeps its tool: saved with it, diffed, opened in Messages and compare with it", async ({
  chat,
  page,
}) => {
  await chat.goto();
  await chat.input.fill("Weather in Paris? [sim:tool=get_weather] [sim:tps=0]");
  expect(await savePrompt(page, "Agent")).toContain("version 1 of “Agent”");
  await new ToolsPanel(page, "chat-tools").define("get_weather", { choice: "required" });
  expect(await savePrompt(page, undefined, false)).toContain("version 2 of “Agent”");

  await page.getByTestId("prompt-save-library").click();
  const library = page.getByTestId("prompt-library");
  const added = library.getByTestId("prompt-diff").locator('[data-kind="added"]');
  await expect(added).toHaveText(['+ tool_choice: "required"', /^\+ tool: .*"name":"get_weather"/]);
  await expect(library.getByTestId("prompt-tools")).toContainText("get_weather");

  // Opened in Messages, the tool (converted to Messages' wire form) is in the conversation's tool set.
  await library.getByTestId("prompt-open-messages").click();
  await expect(library).toBeHidden();
  await expect(page.getByTestId("messages-tools")).toContainText("1");
  await page.getByTestId("messages-send").click();
  const call = page.getByTestId("tool-call");
  await expect(call.getByTestId("tool-call-name")).toHaveText("get_weather", { timeout: slow(20_000) });
  await page.getByTestId("messages-tools").click();
  const dialog = page.getByTestId("tools-dialog");
  await expect(dialog.getByTestId("tool-name")).toHaveValue("get_weather");
  await expect(dialog.getByTestId("tools-choice")).toHaveValue("required");
  await page.keyboard.press("Escape");

  // Opened in compare, the tool becomes compare's tool set (every pane sends it).
  await page.getByTestId("prompt-library-open").click();
  await library.getByTestId("prompt-open-compare").click();
  await expect(page.getByTestId("compare-tools")).toContainText("1");
});
