import { expect, test } from "./fixtures";
import { expectNoSeriousViolations } from "./look";

// Issue #19: on a phone (390×844, touch) the header keeps one row above the tabs, the composer starts
// one line high and grows, and no placeholder (nor compare's hint line) names Ctrl/⌘+Enter, which a touch
// keyboard does not have.

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

test("phone: compact header with a menu, one-line composer, placeholders without Ctrl/⌘", async ({
  chat,
  page,
}) => {
  await chat.goto();
  const header = await page.locator("[data-site-header]").boundingBox();
  // Brand, badge and buttons in one row, the tabs in a second: 3 rows (~110 px) before.
  expect(header?.height ?? 0).toBeLessThanOrEqual(92);
  const input = page.getByTestId("chat-input");
  await expect(input).not.toHaveAttribute("placeholder", /Ctrl|⌘/);
  const oneLine = (await input.boundingBox())?.height ?? 0;
  expect(oneLine).toBeLessThanOrEqual(48);
  await input.fill("one\ntwo\nthree");
  expect((await input.boundingBox())?.height ?? 0).toBeGreaterThan(oneLine + 20);

  // Language, theme and shortcuts sit in one menu.
  await page.getByTestId("header-more").click();
  await expect(page.getByRole("menu")).toBeVisible();
  await expectNoSeriousViolations(page, "phone header menu (light, en)");
  await page.getByTestId("more-theme-dark").click();
  await expect(page.locator("html")).toHaveClass(/\bdark\b/);
  await page.getByTestId("header-more").click();
  await page.getByTestId("more-language-zh-CN").click();
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await page.getByTestId("header-more").click();
  await expect(page.getByRole("menu")).toBeVisible();
  await expectNoSeriousViolations(page, "phone header menu (dark, zh-CN)");
  await page.keyboard.press("Escape");
  await expectNoSeriousViolations(page, "phone chat (dark, zh-CN)");

  for (const [path, box] of [
    ["/images", "images-prompt"],
    ["/videos", "videos-prompt"],
    ["/messages", "messages-input"],
  ] as const) {
    await page.goto(path);
    await expect(page.getByTestId(box)).toHaveAttribute("placeholder", /\S/);
    await expect(page.getByTestId(box)).not.toHaveAttribute("placeholder", /Ctrl|⌘/);
  }
  // Compare's line under its prompt box names the keys too: drawn by the server, gone once hydrated.
  await page.goto("/compare");
  await expect(page.getByTestId("compare-input")).toBeVisible();
  await expect(page.locator("html[data-hydrated]")).toHaveCount(1);
  await expect(page.getByTestId("compare-send-hint")).toHaveCount(0);
});
