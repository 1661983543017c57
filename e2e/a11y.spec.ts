import type { Page } from "@playwright/test";
import {
  chatSnapshot,
  compareSnapshot,
  imagesSnapshot,
  messagesSnapshot,
  videosSnapshot,
} from "../tests/shares/fixtures";
import { expect, slow, test, urls } from "./fixtures";
import { expectLook, expectNoSeriousViolations, type Look, looks, setLook, tabs } from "./look";
import { ComparePage } from "./pages/compare-page";
import { ImagesPage } from "./pages/images-page";
import { VideosPage } from "./pages/videos-page";

// Issue #10: every page and the states that matter pass axe-core (WCAG 2.1 A/AA) with no serious or
// critical violation, in light and dark, in English and Chinese (two looks: e2e/look.ts).

/** Opens `path` in each look in turn and runs `check` (ready-wait and axe) there. */
async function inEveryLook(page: Page, path: string, check: (look: Look) => Promise<void>) {
  for (const look of looks) {
    await setLook(page, look);
    await page.goto(path);
    await expectLook(page, look);
    await check(look);
  }
}

const label = (what: string, look: Look) => `${what} [${look.theme}, ${look.lang}]`;

test.describe("axe: pages", () => {
  test.describe.configure({ timeout: slow(120_000) });
  for (const tab of tabs) {
    test(`/${tab} in light English and dark Chinese`, async ({ page }) => {
      await inEveryLook(page, `/${tab}`, async (look) => {
        await expect(page.getByRole("main")).toBeVisible();
        await expect(page.getByTestId(`nav-${tab}`)).toHaveAttribute("aria-current", "page");
        await page.waitForLoadState("networkidle");
        await expectNoSeriousViolations(page, label(`/${tab}`, look));
      });
    });
  }

  const snapshots = { chatSnapshot, messagesSnapshot, imagesSnapshot, videosSnapshot, compareSnapshot };
  for (const [name, snapshot] of Object.entries(snapshots)) {
    test(`share page of a ${name} in light English and dark Chinese`, async ({ page, request }) => {
      const res = await request.post(`${urls.demo}/api/shares`, { data: { snapshot, expiresIn: "1d" } });
      expect(res.status()).toBe(201);
      const { path } = (await res.json()) as { path: string };
      await inEveryLook(page, path, async (look) => {
        await expect(page.getByTestId("share-fork")).toBeVisible();
        await page.waitForLoadState("networkidle");
        await expectNoSeriousViolations(page, label(`share ${name}`, look));
      });
    });
  }
});

/** Opens a dialog with `open`, checks it with axe, closes it with Escape. */
async function checkDialog(page: Page, what: string, open: () => Promise<void>) {
  await open();
  await expect(page.getByRole("dialog").or(page.getByRole("menu")).first()).toBeVisible();
  await expectNoSeriousViolations(page, what);
  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog").or(page.getByRole("menu"))).toHaveCount(0);
}

test.describe("axe: states and dialogs", () => {
  test.describe.configure({ timeout: slow(240_000) });

  test("chat: streamed reply with code, dialogs, sheets, error panel", async ({ chat, page }) => {
    await chat.goto();
    await chat.askAndWait("Show a short code example");
    await expect(chat.lastReply().locator("pre").first()).toBeVisible();
    for (const look of looks) {
      await setLook(page, look);
      await page.reload();
      await expectLook(page, look);
      await expect(chat.lastReply().locator("pre").first()).toBeVisible();
      await expectNoSeriousViolations(page, label("chat with a reply and code", look));
      await checkDialog(page, label("settings dialog", look), () =>
        page.getByTestId("settings-open").click(),
      );
      await checkDialog(page, label("view code dialog", look), () =>
        page.getByTestId("chat-view-code").click(),
      );
      await checkDialog(page, label("inspector dialog", look), () =>
        page.getByTestId("chat-inspector").click(),
      );
      await checkDialog(page, label("share dialog", look), () => page.getByTestId("share-open").click());
      await checkDialog(page, label("theme menu", look), () => page.getByTestId("theme-toggle").click());
      await page.setViewportSize({ width: 390, height: 844 });
      await checkDialog(page, label("conversations sheet", look), () =>
        page.getByTestId("chat-open-sidebar").click(),
      );
      await checkDialog(page, label("parameters sheet", look), () =>
        page.getByTestId("chat-open-params").click(),
      );
      await page.setViewportSize({ width: 1280, height: 720 });
      await chat.ask("Fail please [sim:status=429]");
      await expect(chat.error).toBeVisible();
      await expectNoSeriousViolations(page, label("chat error panel", look));
    }
  });

  test("messages: a reply, View code, error panel", async ({ page }) => {
    await page.goto("/messages");
    await page.getByTestId("messages-input").fill("Hello there");
    await page.getByTestId("messages-send").click();
    await expect(page.getByTestId("chat-metrics").last()).toBeVisible({ timeout: slow(20_000) });
    for (const look of looks) {
      await setLook(page, look);
      await page.reload();
      await expectLook(page, look);
      await expect(page.getByTestId("messages-reply").first()).toBeVisible();
      await expectNoSeriousViolations(page, label("messages with a reply", look));
      await checkDialog(page, label("messages View code", look), () =>
        page.getByTestId("messages-code-open").click(),
      );
      await page.getByTestId("messages-input").fill("Busy? [sim:status=529]");
      await page.getByTestId("messages-send").click();
      await expect(page.getByTestId("chat-error")).toBeVisible();
      await expectNoSeriousViolations(page, label("messages error panel", look));
    }
  });

  test("images: a gallery with images, the lightbox, the clear dialog, View code", async ({ page }) => {
    const images = new ImagesPage(page);
    await images.goto();
    await images.generate({ prompt: "Two foxes", model: "dall-e-2", size: "256x256", n: 2 });
    for (const look of looks) {
      await setLook(page, look);
      await page.reload();
      await expectLook(page, look);
      await images.thumbnailsLoaded(images.items);
      await expectNoSeriousViolations(page, label("images gallery", look));
      await checkDialog(page, label("lightbox", look), () =>
        images.items.first().getByTestId("gallery-open").click(),
      );
      await checkDialog(page, label("clear gallery dialog", look), () =>
        page.getByTestId("gallery-clear").click(),
      );
      await checkDialog(page, label("images View code", look), () => page.getByTestId("view-code").click());
    }
  });

  test("compare: two panes with replies, one failed with a 429", async ({ page }) => {
    const compare = new ComparePage(page);
    for (const look of looks) {
      await setLook(page, look);
      await compare.goto();
      await expectLook(page, look);
      await compare.setPane(1, { system: "Refuse [sim:status=429]" });
      await compare.ask("Compare me: what is SSE?");
      await compare.waitAllSettled(slow(45_000));
      await expect(compare.metrics(0)).toBeVisible();
      await expect(compare.pane(1).getByTestId("chat-error")).toBeVisible();
      await expectNoSeriousViolations(page, label("compare with replies and a failed pane", look));
    }
  });

  test("videos: a completed job and a failed one, View code", async ({ page }) => {
    const videos = new VideosPage(page);
    await videos.goto();
    await videos.createJob("A paper boat on a river");
    await videos.createJob("Forbidden [sim:fail]");
    // createJob's locator follows the newest job: look each one up by its prompt.
    await videos.waitForPhase(videos.job("A paper boat on a river"), "completed");
    await videos.waitForPhase(videos.job("Forbidden [sim:fail]"), "failed");
    for (const look of looks) {
      await setLook(page, look);
      await page.reload();
      await expectLook(page, look);
      await expect(videos.jobs.first()).toBeVisible();
      await videos.waitForPhase(videos.jobs.last(), "completed");
      await expectNoSeriousViolations(page, label("videos with a completed and a failed job", look));
      await checkDialog(page, label("videos View code", look), () => page.getByTestId("view-code").click());
    }
  });
});

test.describe("focus, live regions, reduced motion", () => {
  test("focus returns to the trigger when the settings and View code dialogs close", async ({
    chat,
    page,
  }) => {
    await chat.goto();
    for (const trigger of ["settings-open", "chat-view-code"]) {
      const button = page.getByTestId(trigger);
      await button.focus();
      await page.keyboard.press("Enter");
      await expect(page.getByRole("dialog")).toBeVisible();
      // Focus moved into the dialog while it is open.
      expect(await page.evaluate(() => !!document.activeElement?.closest("[role=dialog]"))).toBe(true);
      await page.keyboard.press("Escape");
      await expect(page.getByRole("dialog")).toHaveCount(0);
      await expect(button).toBeFocused();
    }
  });

  test("the keyboard focus is always visible", async ({ page }) => {
    for (const path of ["/chat", "/messages", "/images", "/videos"]) {
      await page.goto(path);
      await page.waitForLoadState("networkidle");
      const invisible: string[] = [];
      for (let i = 0; i < 30; i++) {
        await page.keyboard.press("Tab");
        const found = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          if (!el || el === document.body) return null;
          const style = getComputedStyle(el);
          const ring = style.boxShadow !== "none" && style.boxShadow !== "";
          const outline = style.outlineStyle !== "none" && Number.parseFloat(style.outlineWidth) > 0;
          const name = el.getAttribute("data-testid") ?? el.getAttribute("aria-label") ?? el.textContent;
          return ring || outline ? null : `${el.tagName.toLowerCase()} "${(name ?? "").trim().slice(0, 40)}"`;
        });
        if (found) invisible.push(found);
      }
      expect(invisible, `${path}: focused without a visible ring`).toEqual([]);
    }
  });

  test("a reply is announced politely once when it completes or fails, never per token", async ({
    chat,
    page,
  }) => {
    await chat.goto();
    const announcer = page.getByTestId("reply-announcer");
    await expect(announcer).toHaveAttribute("aria-live", "polite");
    // Record every text the live region takes while a reply streams.
    await announcer.evaluate((el) => {
      const seen: string[] = [];
      (window as unknown as { __announced: string[] }).__announced = seen;
      new MutationObserver(() => seen.push(el.textContent ?? "")).observe(el, {
        childList: true,
        characterData: true,
        subtree: true,
      });
    });
    await chat.askAndWait("Tell me about live regions [sim:tps=40]");
    const tokens = (await chat.lastReply().textContent())?.split(/\s+/).length ?? 0;
    expect(tokens).toBeGreaterThan(30);
    await expect(announcer).toHaveText("Reply finished.");
    const announced = await page.evaluate(() => (window as unknown as { __announced: string[] }).__announced);
    expect(announced.filter((text) => text !== "")).toEqual(["Reply finished."]);

    await chat.ask("Break midway [sim:midstream-error]");
    await expect(chat.error).toBeVisible({ timeout: slow(20_000) });
    await expect(announcer).toHaveText(/The reply failed/);
    const after = await page.evaluate(() => (window as unknown as { __announced: string[] }).__announced);
    expect(after.filter((text) => text !== "")).toEqual(["Reply finished.", after.at(-1)]);
    expect(after.length).toBeLessThanOrEqual(4);
  });

  test("prefers-reduced-motion turns spinners, pulses and transitions off", async ({ chat, page }) => {
    const motion = async () => {
      await chat.ask("Wait for it [sim:slow-first=30000]");
      const waiting = page.getByTestId("chat-waiting");
      await expect(waiting).toBeVisible();
      const styles = {
        pulse: await waiting.evaluate((el) => getComputedStyle(el).animationName),
        button: await chat.send.evaluate((el) => getComputedStyle(el).transitionDuration),
      };
      await chat.stop.click();
      return styles;
    };
    await chat.goto();
    expect(await motion()).toEqual({ pulse: "pulse", button: expect.not.stringMatching(/^0s$/) });
    await page.emulateMedia({ reducedMotion: "reduce" });
    await page.reload();
    await expect(chat.input).toBeVisible();
    expect(await motion()).toEqual({ pulse: "none", button: "0s" });
  });
});
