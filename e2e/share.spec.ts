import path from "node:path";
import type { Page } from "@playwright/test";
import Database from "better-sqlite3";
import { compareSnapshot } from "../tests/shares/fixtures";
import { expect, slow, test, urls } from "./fixtures";

// Share links end to end against the demo app (SQLite store under ./data, the app's default).

const normalize = (s: string | null) => (s ?? "").replace(/\s+/g, " ").trim();

async function createLink(page: Page, expiry: "1d" | "7d" | "30d" | "never"): Promise<string> {
  await page.getByTestId("share-open").click();
  const dialog = page.getByTestId("share-dialog");
  await dialog.getByTestId(`share-expiry-${expiry}`).click();
  await dialog.getByTestId("share-create").click();
  const url = await dialog.getByTestId("share-url").inputValue();
  expect(url).toMatch(/\/s\/[A-Za-z0-9_-]{22}$/);
  return url;
}

async function chatWithOneReply(chat: import("./pages/chat-page").ChatPage, prompt: string) {
  await chat.goto();
  await chat.ask(prompt);
  await expect(chat.page.getByTestId("chat-metrics").last()).toContainText(/stop/, { timeout: slow(20_000) });
  return normalize(await chat.lastReply().textContent());
}

test("share a chat, open it without cookies, fork it and send; revoke answers 404", async ({
  chat,
  page,
  browser,
}) => {
  const prompt = "Share me: explain SSE briefly";
  const reply = await chatWithOneReply(chat, prompt);
  const url = await createLink(page, "7d");
  await expect(page.getByTestId("my-share")).toHaveCount(1);

  // A recipient: a fresh browser context with no cookies and no local state.
  const recipient = await browser.newContext();
  const viewer = await recipient.newPage();
  const response = await viewer.goto(url);
  expect(response?.status()).toBe(200);
  const headers = response?.headers() ?? {};
  expect(headers["x-robots-tag"]).toContain("noindex");
  expect(headers["referrer-policy"]).toBe("no-referrer");
  expect(headers["cache-control"]).toContain("no-store");
  // Rendered on the server: the first byte already holds the conversation.
  expect(await response?.text()).toContain(prompt);

  await expect(viewer.getByTestId("share-message-user")).toHaveText(prompt);
  // Title and link preview from the snapshot's title; still not indexed.
  const title = `${prompt} · API·GO Playground`;
  await expect(viewer).toHaveTitle(title);
  await expect(viewer.locator('meta[property="og:title"]')).toHaveAttribute("content", title);
  await expect(viewer.locator('meta[property="og:description"]')).toHaveAttribute("content", /gpt-4o-mini/);
  await expect(viewer.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  const shared = normalize(await viewer.getByTestId("share-message-assistant").textContent());
  expect(shared).toBe(reply);
  const metrics = viewer.getByTestId("share-metrics");
  await expect(metrics).toContainText(/TTFT/);
  await expect(metrics).toContainText(/Finish: stop/);
  await expect(viewer.getByTestId("share-params")).toBeVisible();

  // Fork into the recipient's own playground and carry on there.
  await viewer.getByTestId("share-fork").click();
  await viewer.waitForURL(/\/chat$/);
  await expect(viewer.getByTestId("chat-message-user").first()).toHaveText(prompt);
  await expect(viewer.getByTestId("chat-message-assistant")).toHaveCount(1);
  await viewer.getByTestId("chat-input").fill("And now in one sentence?");
  await viewer.getByTestId("chat-send").click();
  await expect(viewer.getByTestId("chat-metrics")).toHaveCount(2, { timeout: slow(20_000) });
  await expect(viewer.getByTestId("chat-message-user")).toHaveCount(2);

  // The creator revokes: the link is gone at once, and the dialog no longer offers it as created.
  await page.getByTestId("my-share-revoke").click();
  await expect(page.getByTestId("my-share")).toHaveCount(0);
  const dialog = page.getByTestId("share-dialog");
  await expect(dialog.getByTestId("share-revoked")).toBeVisible();
  await expect(dialog.getByTestId("share-url")).toHaveCount(0);
  await expect(dialog.getByTestId("share-create")).toHaveText("Create a new link");
  const gone = await viewer.goto(url);
  expect(gone?.status()).toBe(404);
  await expect(viewer.getByTestId("share-not-found")).toBeVisible();
  await recipient.close();

  await dialog.getByTestId("share-create").click();
  await expect(dialog.getByTestId("share-url")).toHaveValue(/\/s\/[A-Za-z0-9_-]{22}$/);
  expect(await dialog.getByTestId("share-url").inputValue()).not.toBe(url);
  await expect(dialog.getByTestId("share-revoked")).toHaveCount(0);
  await expect(page.getByTestId("my-share")).toHaveCount(1);
});

test("an expired share answers 404 once the clock passes its expiry", async ({ page, request }) => {
  const { chatSnapshot } = await import("../tests/shares/fixtures");
  const res = await request.post(`${urls.demo}/api/shares`, {
    data: { snapshot: chatSnapshot, expiresIn: "1d" },
  });
  expect(res.status()).toBe(201);
  const {
    id,
    path: sharePath,
    expiresAt,
    createdAt,
  } = (await res.json()) as {
    id: string;
    path: string;
    expiresAt: number;
    createdAt: number;
  };
  expect(expiresAt - createdAt).toBe(86_400_000);
  expect((await page.goto(sharePath))?.status()).toBe(200);
  await expect(page.getByTestId("share-expires")).toBeVisible();

  // Move the clock 25 hours on for this share: the server's clock cannot be set from a test, so the
  // share's own timestamps move 25 hours back in the store the demo app writes (./data/shares.db).
  const shift = 25 * 3_600_000;
  const db = new Database(path.resolve("data/shares.db"));
  db.pragma(`busy_timeout = ${slow(5000)}`);
  const moved = db
    .prepare("update shares set created_at = created_at - ?, expires_at = expires_at - ? where id = ?")
    .run(shift, shift, id);
  db.close();
  expect(moved.changes).toBe(1);

  expect((await request.get(`${urls.demo}/api/shares/${id}`)).status()).toBe(404);
  expect((await page.goto(sharePath))?.status()).toBe(404);
  await expect(page.getByTestId("share-not-found")).toBeVisible();
});

test("a compare share shows every pane and forks all of them", async ({ page, request }) => {
  const res = await request.post(`${urls.demo}/api/shares`, {
    data: { snapshot: compareSnapshot, expiresIn: "1d" },
  });
  expect(res.status()).toBe(201);
  const { path: sharePath } = (await res.json()) as { path: string };
  await page.goto(sharePath);
  const panes = page.getByTestId("share-pane");
  await expect(panes).toHaveCount(compareSnapshot.panes.length);
  for (const [i, pane] of compareSnapshot.panes.entries()) {
    await expect(panes.nth(i)).toContainText(pane.model);
    await expect(panes.nth(i).getByTestId("share-message-user")).toHaveCount(
      pane.messages.filter((m) => m.role === "user").length,
    );
  }
  await expect(panes.nth(2)).toContainText("get_weather");

  await page.getByTestId("share-fork").click();
  await page.waitForURL(/\/compare/);
  // The compare tab takes the forked panes (setup and conversation) once, on mount.
  const forked = page.getByTestId("compare-pane");
  await expect(forked).toHaveCount(compareSnapshot.panes.length);
  for (const [i, pane] of compareSnapshot.panes.entries()) {
    await expect(forked.nth(i).getByTestId("pane-model-input")).toHaveValue(pane.model);
    await expect(forked.nth(i).getByTestId("pane-api")).toHaveValue(pane.api);
  }
  expect(await page.evaluate(() => localStorage.getItem("apigo-playground-fork"))).toBeNull();
});

test("shared content renders inert: no raw HTML, no script links", async ({ page, request }) => {
  const { chatSnapshot } = await import("../tests/shares/fixtures");
  const hostile = {
    ...chatSnapshot,
    title: "<img src=x onerror=alert(1)>",
    messages: [
      { role: "user", content: "<script>window.__pwned = 1</script>" },
      {
        role: "assistant",
        content:
          'Hi <img src=x onerror="window.__pwned=2"> [click](javascript:window.__pwned=3) <iframe src="https://example.com"></iframe>',
      },
    ],
  };
  const res = await request.post(`${urls.demo}/api/shares`, { data: { snapshot: hostile, expiresIn: "1d" } });
  expect(res.status()).toBe(201);
  await page.goto(((await res.json()) as { path: string }).path);
  await expect(page.getByTestId("share-title")).toHaveText(hostile.title);
  await expect(page.locator("main img[src='x'], main iframe, main script")).toHaveCount(0);
  await expect(page.locator("main a[href^='javascript']")).toHaveCount(0);
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
});
