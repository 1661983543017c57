import { expect, test } from "./fixtures";

// The language choice: remembered across reloads, reflected in <html lang>, and used by the shortcuts
// dialog and the locale formatting.
test("choosing 简体中文 sticks after a reload and sets <html lang>", async ({ chat, page }) => {
  await chat.goto();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.getByTestId("language-switch").click();
  await page.getByTestId("language-zh-CN").click();
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await expect(page.getByTestId("nav-chat")).toHaveText("对话");

  await page.reload();
  await expect(chat.input).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await expect(page.getByTestId("nav-chat")).toHaveText("对话");
  await expect(page).toHaveTitle(/API·GO/);

  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press("?");
  const dialog = page.getByTestId("shortcuts-dialog");
  await expect(dialog.getByRole("heading", { name: "键盘快捷键" })).toBeVisible();
  await expect(dialog.getByTestId("shortcut-newConversation")).toContainText("新建对话");
  await page.keyboard.press("Escape");

  // Reply metrics are formatted for zh-CN (毫秒/秒 units from Intl, not "ms"/"s" literals).
  await chat.askAndWait("Say hi");
  await expect(chat.metrics.last()).toContainText(/毫秒|秒/);
  await expect(chat.metrics.last()).not.toContainText(/\d ms\b/);

  // And back to English, remembered too.
  await page.getByTestId("language-switch").click();
  await page.getByTestId("language-en").click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.reload();
  await expect(page.getByTestId("nav-chat")).toHaveText("Chat");
});
