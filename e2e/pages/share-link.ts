import { type Browser, expect, type Page } from "@playwright/test";

/** Creates a share link of the tab's current state from its Share dialog (default expiry); its URL. */
export async function createShareLink(page: Page): Promise<string> {
  await page.getByTestId("share-open").click();
  const dialog = page.getByTestId("share-dialog");
  await dialog.getByTestId("share-create").click();
  const url = await dialog.getByTestId("share-url").inputValue();
  expect(url).toMatch(/\/s\/[A-Za-z0-9_-]{22}$/);
  return url;
}

/** A teammate opening the link: a fresh browser context with no cookies and no local state. */
export async function openAsRecipient(browser: Browser, url: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url);
  return { context, page };
}
