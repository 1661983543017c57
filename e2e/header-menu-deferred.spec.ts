import type { Page, Route } from "@playwright/test";
import { expect, test } from "./fixtures";

// The header menus (language, theme) are fetched after the page's load event (issue #11, page weight);
// until then the page shows a button that looks and is named the same. A press before the menu's chunk
// has arrived must still open the menu.

/** The menu's chunk carries the Radix dropdown parts; their data-slot names survive minifying. */
const isMenuChunk = (body: string) => body.includes("dropdown-menu-radio-item");

async function routeMenu(page: Page, onMenu: (route: Route, body: Buffer) => Promise<void>) {
  await page.route("**/_next/static/chunks/*.js", async (route) => {
    const response = await route.fetch();
    const body = await response.body();
    if (isMenuChunk(body.toString("utf8"))) await onMenu(route, body);
    else await route.fulfill({ response, body });
  });
}

test.describe("header menus before their chunk has arrived", () => {
  // A chunk still being fetched through the route when the test ends must not fail it (the page is
  // closing; route.fetch then reports ECONNRESET on a slow machine).
  test.afterEach(async ({ page }) => page.unrouteAll({ behavior: "ignoreErrors" }));

  test("a press on the language button opens the menu once the chunk is here", async ({ chat, page }) => {
    let release!: () => void;
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    await routeMenu(page, async (route, body) => {
      await released;
      await route.fulfill({ body, contentType: "application/javascript" });
    });
    await chat.goto();
    const trigger = page.getByTestId("language-switch");
    await expect(trigger).toHaveAttribute("aria-haspopup", "menu");
    // WCAG 2.5.3: the name starts with the text the button shows.
    await expect(trigger).toHaveAccessibleName("English · Language");
    await trigger.click();
    await expect(page.getByTestId("language-zh-CN")).toHaveCount(0);

    release();
    await page.getByTestId("language-zh-CN").click();
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
    await expect(page.getByTestId("nav-chat")).toHaveText("对话");
  });

  test("if the chunk cannot be fetched, a press says so and Retry opens the menu", async ({ chat, page }) => {
    await routeMenu(page, (route) => route.abort("failed"));
    await chat.goto();
    await page.getByTestId("theme-toggle").click();
    const failed = page.getByTestId("lazy-dialog-failed");
    await expect(failed).toBeVisible();
    await expect(failed).toContainText(/connection/i);

    await page.unroute("**/_next/static/chunks/*.js");
    await failed.getByRole("button").click();
    await page.getByTestId("theme-dark").click();
    await expect(page.locator("html")).toHaveClass(/dark/);
  });
});
