import type { Locator, Page } from "@playwright/test";
import { chatSnapshot } from "../tests/shares/fixtures";
import { expect, slow, test, urls } from "./fixtures";
import { expectLook, type Lang, langs, setLook, type Theme, tabs } from "./look";
import { ImagesPage } from "./pages/images-page";

// Issue #10: every page is usable at 390 px wide (an iPhone 14) and still right at 1440 px. Screenshots
// go to test-results/screens/<page>-<lang>-<width>[-dark].png for a person to look at.

const phone = { width: 390, height: 844 };
const desktop = { width: 1440, height: 900 };

async function noHorizontalScroll(page: Page, what: string) {
  const { scrollWidth, innerWidth, wide } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
    // The elements that stick out, to say what to fix.
    wide: [...document.querySelectorAll<HTMLElement>("body *")]
      .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1)
      .filter((el) => !el.closest("[data-allow-overflow], nav ul"))
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].slice(0, 4).join(".")}`),
  }));
  expect(scrollWidth, `${what} scrolls sideways; wide: ${wide.join(", ")}`).toBeLessThanOrEqual(innerWidth);
}

/** In the viewport (scrolling it in first when needed) and not covered by another element. */
async function reachable(locator: Locator) {
  await locator.scrollIntoViewIfNeeded();
  await expect(locator).toBeInViewport();
  // Nothing (a sticky bar, a sheet) lies on top of it; works for disabled buttons too.
  const onTop = await locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    // A disabled button has pointer-events: none, so the hit is then its container: also fine.
    return !!hit && (el.contains(hit) || hit.contains(el));
  });
  expect(onTop, "covered by another element").toBe(true);
}

async function shoot(page: Page, name: string, lang: Lang, width: number, theme: Theme = "light") {
  await page.evaluate(() => window.scrollTo(0, 0));
  const suffix = theme === "dark" ? "-dark" : "";
  await page.screenshot({
    path: `test-results/screens/${name}-${lang}-${width}${suffix}.png`,
    fullPage: false,
  });
}

/** The header's actions (language, theme and shortcuts folded into one menu) and every tab can be reached. */
async function shellReachable(page: Page) {
  await reachable(page.getByTestId("settings-open"));
  await reachable(page.getByTestId("header-more"));
  for (const tab of tabs) await reachable(page.getByTestId(`nav-${tab}`));
}

test.describe("small screens: every page at 390 px, screenshots at 390 and 1440", () => {
  test.describe.configure({ timeout: slow(180_000) });

  for (const lang of langs) {
    test(`chat in ${lang}: sheets for conversations and parameters, send and stop in reach`, async ({
      chat,
      page,
    }) => {
      await page.setViewportSize(phone);
      await setLook(page, { theme: "light", lang });
      await chat.goto();
      await chat.askAndWait("Show a short code example");
      await expect(chat.lastReply().locator("pre").first()).toBeVisible();
      await noHorizontalScroll(page, "/chat with a reply");
      await shellReachable(page);
      // The side columns are not squeezed in: they open as sheets that fit the screen.
      await expect(page.getByTestId("chat-conversation")).toBeHidden();
      for (const opener of ["chat-open-sidebar", "chat-open-params"]) {
        await reachable(page.getByTestId(opener));
        await page.getByTestId(opener).click();
        const sheet = page.getByRole("dialog");
        await expect(sheet).toBeVisible();
        const box = await sheet.boundingBox();
        expect(box && box.x >= 0 && box.x + box.width <= phone.width + 1).toBe(true);
        await shoot(page, opener.replace("chat-open-", "chat-sheet-"), lang, phone.width);
        await page.keyboard.press("Escape");
        await expect(sheet).toHaveCount(0);
      }
      await reachable(chat.send);
      await chat.ask("Take your time [sim:slow-first=30000]");
      await reachable(chat.stop);
      await chat.stop.click();
      for (const theme of ["light", "dark"] as const) {
        await setLook(page, { theme, lang });
        await page.reload();
        await expectLook(page, { theme, lang });
        await expect(chat.input).toBeVisible();
        await shoot(page, "chat", lang, phone.width, theme);
        // Scrolled: the conversation passes under the header, which must hide it completely.
        await page.evaluate(() => window.scrollTo(0, 400));
        await page.screenshot({
          path: `test-results/screens/chat-scrolled-${lang}-${phone.width}${theme === "dark" ? "-dark" : ""}.png`,
        });
        const header = await page.locator("header").evaluate((el) => getComputedStyle(el).backgroundColor);
        expect(header, "the header is opaque").not.toMatch(/rgba\(.*,\s*0?\.\d+\)|\/ 0?\.\d+\)/);
      }
      await page.setViewportSize(desktop);
      await setLook(page, { theme: "light", lang });
      await page.reload();
      await expect(page.getByTestId("chat-conversation").first()).toBeVisible();
      await noHorizontalScroll(page, "/chat at 1440");
      await shoot(page, "chat", lang, desktop.width);
    });

    test(`messages, images, videos, compare in ${lang}: no sideways scroll, actions in reach`, async ({
      page,
    }) => {
      await page.setViewportSize(phone);
      for (const theme of ["light", "dark"] as const) {
        await setLook(page, { theme, lang });
        for (const tab of ["messages", "images", "videos", "compare"] as const) {
          await page.goto(`/${tab}`);
          await expectLook(page, { theme, lang });
          await page.waitForLoadState("networkidle");
          await noHorizontalScroll(page, `/${tab} [${theme}]`);
          if (theme === "light") await shellReachable(page);
          if (tab === "messages") await reachable(page.getByTestId("messages-send"));
          if (tab === "images") await reachable(page.getByTestId("images-generate"));
          if (tab === "videos") await reachable(page.getByTestId("videos-create"));
          if (tab === "compare") {
            await reachable(page.getByTestId("compare-send"));
            // Panes stack on a phone: one column, each as wide as the page allows.
            const lefts = await page
              .getByTestId("compare-pane")
              .evaluateAll((list) => list.map((el) => Math.round(el.getBoundingClientRect().left)));
            expect(lefts.length).toBeGreaterThanOrEqual(2);
            expect(new Set(lefts).size).toBe(1);
          }
          await shoot(page, tab, lang, phone.width, theme);
        }
      }
      await page.setViewportSize(desktop);
      await setLook(page, { theme: "light", lang });
      for (const tab of ["messages", "images", "videos", "compare"] as const) {
        await page.goto(`/${tab}`);
        await page.waitForLoadState("networkidle");
        await noHorizontalScroll(page, `/${tab} at 1440`);
        await shoot(page, tab, lang, desktop.width);
      }
    });

    test(`images gallery and video jobs reflow at 390 px in ${lang}`, async ({ page }) => {
      await page.setViewportSize(phone);
      await setLook(page, { theme: "light", lang });
      const images = new ImagesPage(page);
      await images.goto();
      await images.generate({ prompt: "Four small foxes", model: "dall-e-2", size: "256x256", n: 4 });
      const tiles = images.items;
      await expect(tiles).toHaveCount(4, { timeout: slow(30_000) });
      await noHorizontalScroll(page, "/images with a gallery");
      // Two columns on a phone: tiles sit side by side and each fits in the screen.
      const boxes = await tiles.evaluateAll((list) => list.map((el) => el.getBoundingClientRect().toJSON()));
      for (const box of boxes) expect(box.right).toBeLessThanOrEqual(phone.width);
      expect(new Set(boxes.map((b: DOMRect) => Math.round(b.left))).size).toBe(2);
      await tiles.first().scrollIntoViewIfNeeded();
      await page.screenshot({ path: `test-results/screens/images-gallery-${lang}-${phone.width}.png` });
      await page.setViewportSize(desktop);
      await expect
        .poll(
          async () =>
            new Set(
              await tiles.evaluateAll((list) =>
                list.map((el) => Math.round(el.getBoundingClientRect().left)),
              ),
            ).size,
        )
        .toBe(4);
      await page.screenshot({ path: `test-results/screens/images-gallery-${lang}-${desktop.width}.png` });

      await page.setViewportSize(phone);
      await page.goto("/videos");
      await expect(page.getByTestId("videos-model")).not.toHaveValue("");
      await page.getByTestId("videos-prompt").fill("A paper boat on a long river under a bridge");
      await page.getByTestId("videos-create").click();
      const job = page.getByTestId("video-job").first();
      await expect(job).toHaveAttribute("data-phase", "completed", { timeout: slow(30_000) });
      await noHorizontalScroll(page, "/videos with a completed job");
      await job.scrollIntoViewIfNeeded();
      await page.screenshot({ path: `test-results/screens/videos-job-${lang}-${phone.width}.png` });
    });

    test(`a share page in ${lang} at 390 and 1440`, async ({ page, request }) => {
      const res = await request.post(`${urls.demo}/api/shares`, {
        data: { snapshot: chatSnapshot, expiresIn: "1d" },
      });
      expect(res.status()).toBe(201);
      const { path } = (await res.json()) as { path: string };
      for (const viewport of [phone, desktop]) {
        await page.setViewportSize(viewport);
        await setLook(page, { theme: "light", lang });
        await page.goto(path);
        await expect(page.getByTestId("share-fork")).toBeVisible();
        await noHorizontalScroll(page, `share page at ${viewport.width}`);
        await reachable(page.getByTestId("share-fork"));
        await shoot(page, "share", lang, viewport.width);
      }
    });
  }
});
