import type { Locator, Page } from "@playwright/test";
import { expect, slow, test } from "./fixtures";
import { ImagesPage } from "./pages/images-page";
import { MessagesPage } from "./pages/messages-page";
import { VideosPage } from "./pages/videos-page";

// #19 defect 9: View code shows exactly the request that Send makes: the conversation plus the
// composer's text as the last user turn; with an empty composer, a marked placeholder and a note.

/** The JSON body of a cURL snippet (`-d '…'`, single quotes escaped as '\''). */
function curlBody(code: string): unknown {
  const match = /-d '([\s\S]*)'\s*$/.exec(code);
  if (!match?.[1]) throw new Error(`no -d body in:\n${code}`);
  return JSON.parse(match[1].replaceAll("'\\''", "'"));
}

async function openCurl(page: Page, trigger: Locator): Promise<unknown> {
  await trigger.click();
  const dialog = page.getByRole("dialog");
  await dialog.getByTestId("code-lang-curl").click();
  const code = dialog.getByTestId("code-view-text").locator("pre code").first();
  await expect(code).toContainText("curl");
  return curlBody((await code.textContent()) ?? "");
}

async function inspectedBody(page: Page): Promise<unknown> {
  const body = page.getByTestId("inspector-request-body").locator("pre");
  await expect(body).toBeVisible();
  return JSON.parse((await body.textContent()) ?? "{}");
}

const lastTurn = (body: unknown) =>
  (body as { messages: { role: string; content: unknown }[] }).messages.at(-1);

test("chat: the snippet body is the body Send posts; an empty composer shows a marked placeholder", async ({
  chat,
  page,
}) => {
  await chat.goto();
  await chat.askAndWait("first question");

  await expect(chat.input).toHaveValue("");
  const empty = await openCurl(page, page.getByTestId("chat-view-code"));
  await expect(page.getByTestId("code-needs-prompt")).toBeVisible();
  expect(lastTurn(empty)).toEqual({ role: "user", content: "YOUR_PROMPT" });
  await chat.closeDialog();

  await chat.input.fill("second question");
  const snippet = await openCurl(page, page.getByTestId("chat-view-code"));
  await expect(page.getByTestId("code-needs-prompt")).toHaveCount(0);
  expect(lastTurn(snippet)).toEqual({ role: "user", content: "second question" });
  await chat.closeDialog();

  await chat.send.click();
  await expect(chat.metrics).toHaveCount(2, { timeout: slow(30_000) });
  expect(await chat.inspectLastReply()).toEqual(snippet);
});

test("Messages: no invented 'Hello, Claude'; the snippet body is the body Send posts", async ({ page }) => {
  const messages = new MessagesPage(page);
  await messages.goto();
  const codeButton = page.getByTestId("messages-code-open");

  const empty = await openCurl(page, codeButton);
  await expect(page.getByTestId("code-needs-prompt")).toBeVisible();
  expect(JSON.stringify(empty)).not.toContain("Hello, Claude");
  expect(lastTurn(empty)).toMatchObject({ role: "user" });
  expect(JSON.stringify(lastTurn(empty))).toContain("YOUR_PROMPT");
  await page.keyboard.press("Escape");

  await messages.input.fill("What is 2 + 2?");
  const snippet = await openCurl(page, codeButton);
  await expect(page.getByTestId("code-needs-prompt")).toHaveCount(0);
  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog")).toBeHidden();

  await messages.send.click();
  await expect(messages.lastMetrics()).toBeVisible({ timeout: slow(30_000) });
  await messages.openInspector();
  expect(await inspectedBody(page)).toEqual(snippet);
});

test("Images: View code posts the body Generate sends (#19)", async ({ page }) => {
  const images = new ImagesPage(page);
  await images.goto();
  await images.prompt.fill("A lighthouse at dusk");
  const snippet = await openCurl(page, page.getByTestId("view-code"));
  const code = await page.getByTestId("code-view-text").textContent();
  expect(code).toContain("https://api.apigo.ai/v1/images/generations");
  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog")).toBeHidden();
  const sent = page.waitForRequest((r) => r.url().endsWith("/api/apigo/v1/images/generations"));
  await images.generateButton.click();
  expect((await sent).postDataJSON()).toEqual(snippet);
});

/**
 * Records the FormData of the page's next multipart fetch (Chromium does not hand a request's
 * multipart body with a file to Playwright): text fields as [name, value], files as [name, "@file"].
 */
function recordForms(page: Page) {
  return page.addInitScript(() => {
    const w = window as unknown as { sentForms: [string, string][][] };
    w.sentForms = [];
    const original = window.fetch;
    window.fetch = (input, init) => {
      if (init?.body instanceof FormData) {
        w.sentForms.push(
          [...init.body.entries()].map(([k, v]) => [k, typeof v === "string" ? v : `@${v.name}`]),
        );
      }
      return original(input, init);
    };
  });
}

test("Videos: View code writes the multipart form Create sends, the reference as a file (#19)", async ({
  page,
}) => {
  await recordForms(page);
  const videos = new VideosPage(page);
  await videos.goto();
  await videos.prompt.fill("A kite over the dunes");
  await videos.reference.setInputFiles({
    name: "kite ref.png",
    mimeType: "image/png",
    buffer: Buffer.from(
      "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
      "base64",
    ),
  });
  await page.getByTestId("view-code").click();
  const dialog = page.getByRole("dialog");
  await expect(dialog.getByTestId("code-reference-note")).toBeVisible();
  const curl = (await dialog.getByTestId("code-view-text").locator("pre code").first().textContent()) ?? "";
  const snippetFields = [...curl.matchAll(/--form-string '([^=]+)=([^']*)'/g)].map((m) => [m[1], m[2]]);
  expect(curl).toContain("-F 'input_reference=@kite_ref.png;type=image/png'");
  await dialog.getByTestId("code-lang-python-requests").click();
  await expect(dialog.getByTestId("code-view-text")).toContainText('open("kite_ref.png", "rb")');
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();

  await videos.create.click();
  await expect(videos.jobs).toHaveCount(1);
  const sent = await page.evaluate(
    () => (window as unknown as { sentForms: [string, string][][] }).sentForms,
  );
  expect(sent).toEqual([[...snippetFields, ["input_reference", "@kite ref.png"]]]);
});
