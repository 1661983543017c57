import { expect, KEYLESS, test, urls } from "./fixtures";

test.describe("keys", () => {
  test("a bad key gives a clear 401 message and the prompt is kept", { tag: KEYLESS }, async ({
    chat,
    page,
  }) => {
    await chat.goto();
    await chat.saveKey("sk-wrongkey0000");
    await expect(page.getByTestId("demo-badge")).toBeHidden();
    await chat.ask("Hello there");
    await expect(chat.error).toContainText("401");
    await expect(chat.error).toContainText(/Invalid token/);
    await expect(chat.error).toContainText(/Settings/);
    await expect(chat.input).toHaveValue("Hello there");

    await chat.forgetKey();
    await expect(page.getByTestId("demo-badge")).toBeVisible();
  });

  test("the key is not readable from page scripts, storage or URLs", async ({ chat, page }) => {
    const key = "sk-simCanaryE2E7f3a9";
    const requestUrls: string[] = [];
    page.on("request", (r) => requestUrls.push(r.url()));
    await chat.goto();
    await chat.saveKey(key);
    await chat.ask("Say hi");
    await expect(page.getByTestId("chat-metrics").last()).toBeVisible();

    const visible = await page.evaluate(() => ({
      cookie: document.cookie,
      local: JSON.stringify({ ...localStorage }),
      session: JSON.stringify({ ...sessionStorage }),
      html: document.documentElement.outerHTML,
    }));
    for (const [where, text] of Object.entries(visible)) {
      expect(text, `key found in ${where}`).not.toContain(key);
      expect(text, `key found in ${where}`).not.toContain(key.slice(3));
    }
    expect(requestUrls.filter((u) => u.includes(key.slice(3)))).toEqual([]);

    const cookies = await page.context().cookies(`${urls.demo}/api/session`);
    const keyCookie = cookies.find((c) => c.value.includes(key.slice(3)));
    expect(keyCookie?.httpOnly).toBe(true);
    expect(keyCookie?.sameSite).toBe("Strict");

    const session = await page.request.get(`${urls.demo}/api/session`);
    expect(await session.text()).not.toContain(key.slice(3));
  });
});
