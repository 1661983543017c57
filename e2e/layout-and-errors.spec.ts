import { expect, slow, test } from "./fixtures";

// #19 defect 10: the header lines up with the wide chat, Messages and compare layouts at 1440 px, and an
// error card that appears under the thread is brought into view above the sticky composer.

test.describe("at 1440 px", () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  for (const tab of ["chat", "messages", "compare", "images"] as const) {
    test(`the header's edges line up with the ${tab} layout`, async ({ page }) => {
      await page.goto(`/${tab}`);
      const content = tab === "images" ? page.locator("main") : page.locator(`[data-layout=${tab}]`);
      const inner = await content.evaluate((el) => {
        const r = el.getBoundingClientRect();
        const style = getComputedStyle(el);
        // main has padding; the wide layouts do not.
        return {
          left: r.left + Number.parseFloat(style.paddingLeft),
          right: r.right - Number.parseFloat(style.paddingRight),
        };
      });
      const brand = await page.getByTestId("brand-link").boundingBox();
      const lastTab = await page.getByTestId("settings-open").boundingBox();
      // The wide layouts size themselves on 100vw, the header on the page width: a classic scrollbar
      // may put them half its width apart.
      const scrollbar = await page.evaluate(() => window.innerWidth - document.documentElement.clientWidth);
      const slack = scrollbar / 2 + 1;
      expect(Math.abs((brand?.x ?? 0) - inner.left)).toBeLessThanOrEqual(slack);
      expect(Math.abs((lastTab ? lastTab.x + lastTab.width : 0) - inner.right)).toBeLessThanOrEqual(slack);
    });
  }
});

test.describe("a short window", () => {
  test.use({ viewport: { width: 1440, height: 640 } });

  test("a mid-stream error card scrolls into view above the composer", async ({ chat, page }) => {
    await chat.goto();
    await chat.askAndWait("A long first answer [sim:tokens=600] [sim:tps=0]");
    await chat.ask("Then break [sim:midstream-error]");
    const card = page.getByTestId("conversation-error");
    await expect(card).toBeVisible({ timeout: slow(30_000) });
    // Polls until the (smooth, unless reduced motion) scroll has settled.
    await expect(async () => {
      const box = await card.boundingBox();
      const composer = await chat.input.boundingBox();
      const height = page.viewportSize()?.height ?? 0;
      expect(box && composer && box.y >= 0 && box.y + box.height <= Math.min(composer.y, height)).toBe(true);
    }).toPass({ timeout: slow(10_000) });
  });
});
