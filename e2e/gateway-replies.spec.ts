// What the app shows for the gateway's own refusals and broken streams, as new-api writes them (the
// simulator follows it: lib/sim/README.md): the top-up hint for a used-up balance, new-api's model
// rate limit, and a compare pane whose stream ended with [DONE] but no finish_reason.
import { expect, test } from "./fixtures";
import { ComparePage } from "./pages/compare-page";

test("a used-up balance shows the top-up hint and link, in English and Chinese", async ({ chat, page }) => {
  await chat.goto();
  await chat.ask("Hello [sim:quota]");
  await expect(chat.error).toContainText("403");
  await expect(chat.error).toContainText("用户额度不足");
  await expect(chat.error).toContainText("Your API·GO balance has run out");
  const link = page.getByTestId("error-top-up");
  await expect(link).toHaveAttribute("href", "https://api.apigo.ai/console/topup");
  await expect(link).toHaveAttribute("target", "_blank");
  // Settings cannot fix a balance: no Settings button for this 403.
  await expect(page.getByTestId("chat-error-settings")).toHaveCount(0);

  await page.getByTestId("language-switch").click();
  await page.getByTestId("language-zh-CN").click();
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await expect(chat.error).toContainText("你的 API·GO 余额已用完");
  await expect(link).toHaveText("前往 API·GO 充值");
  await page.getByTestId("language-switch").click();
  await page.getByTestId("language-en").click();
});

test("new-api's model rate limit gets its own advice", async ({ chat }) => {
  await chat.goto();
  await chat.ask("Hello [sim:rate-limit]");
  await expect(chat.error).toContainText("429");
  await expect(chat.error).toContainText("您已达到请求数限制");
  await expect(chat.error).toContainText("API·GO's request limit for your account was reached");
});

test("a compare pane whose stream ended without a finish reason is not shown as done", async ({ page }) => {
  const compare = new ComparePage(page);
  await compare.goto();
  await compare.setPanes([
    { api: "chat-completions", model: "gpt-4o-mini" },
    { api: "chat-completions", model: "gpt-4.1-mini", system: "[sim:cut]" },
  ]);
  await compare.ask("Who breaks off?");
  await compare.waitAllSettled();
  const cut = compare.pane(1);
  await expect(cut).toHaveAttribute("data-status", "incomplete");
  await expect(cut.getByTestId("chat-incomplete")).toContainText("Possibly incomplete");
  await expect(cut.getByTestId("pane-announcer")).toContainText("may be incomplete");
  await expect(cut.getByTestId("chat-error")).toHaveCount(0);
  await expect(compare.pane(0)).toHaveAttribute("data-status", "done");
  await expect(compare.pane(0).getByTestId("chat-incomplete")).toHaveCount(0);
});
