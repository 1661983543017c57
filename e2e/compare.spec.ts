import { expect, slow, test, urls } from "./fixtures";
import { expectNoSeriousViolations } from "./look";
import { ComparePage } from "./pages/compare-page";

// The compare tab against the demo app (embedded simulator) and, for Stop all, the remote project
// (the standalone simulator over HTTP, whose /__sim/log shows each upstream request's outcome).

const upstreamPaths = new Set(["/v1/chat/completions", "/v1/messages"]);

test("four panes with different models and vendors stream at once; the ranking follows the speed", async ({
  page,
}) => {
  const compare = new ComparePage(page);
  await compare.goto();
  await compare.setPanes([
    { api: "chat-completions", model: "gpt-4o-mini", vendor: "openai" },
    { api: "chat-completions", model: "deepseek-chat", vendor: "deepseek" },
    { api: "messages", model: "claude-haiku-4-5-20251001", vendor: "ClaudeCode" },
    // Slow on purpose: the simulator reads directives from the system prompt too.
    { api: "chat-completions", model: "gemini-2.5-flash", vendor: "gemini", system: "Be slow [sim:tps=40]" },
  ]);
  // Long enough that the fast panes are still running when the check below first looks: on a busy
  // machine the click alone can take seconds (it now also writes the cleared prompt to the address).
  await compare.ask("Compare me: what is SSE? [sim:tokens=600]");
  // All four run at the same time.
  await expect(page.locator("[data-testid=compare-pane][data-status=running]")).toHaveCount(4);
  // Live while it streams: the slow pane shows its first-token time and a running clock.
  await expect(compare.pane(3).getByTestId("pane-live-ttft")).toContainText(/ms|sec/);
  await compare.waitAllSettled(slow(45_000));
  await expect(page.getByTestId("pane-live")).toHaveCount(0);

  const models = ["gpt-4o-mini", "deepseek-chat", "claude-haiku-4-5-20251001", "gemini-2.5-flash"];
  for (const [i, model] of models.entries()) {
    await expect(compare.reply(i)).toContainText("SSE");
    await expect(compare.metrics(i)).toContainText(/TTFT/);
    await expect(compare.metrics(i)).toContainText(/tok\/s/);
    // Each pane reports the model that answered it.
    await expect(compare.pane(i).getByTestId("messages-reply").last().locator("xpath=..")).toContainText(
      model,
    );
  }
  await expect(compare.pane(2).getByTestId("messages-usage")).toBeVisible();

  // The slow pane is last by tokens/s and by total time; the best value is marked.
  expect(await compare.rank(4, "speed")).toBe(4);
  expect(await compare.rank(4, "total")).toBe(4);
  await expect(compare.summary.locator("[data-testid=summary-speed][data-best]")).toHaveCount(1);
  expect(await compare.rank(4, "speed")).not.toBe(await compare.rank(1, "speed"));
  // Sort by speed: the slow pane goes to the bottom.
  await compare.summary.getByTestId("summary-sort").selectOption("speed");
  await expect(compare.summary.getByTestId("summary-row").last()).toHaveAttribute("data-pane", "4");

  // A typed price gives a cost per reply and a pane total; the other panes cost the gateway's prices
  // (the simulator's /api/pricing lists every model: e2e/gateway-prices.spec.ts).
  const prices = page.getByTestId("compare-prices");
  await prices.locator("summary").click();
  const row = prices.locator('[data-testid=price-row][data-model="gpt-4o-mini"]');
  await row.getByTestId("price-input").fill("1000");
  await row.getByTestId("price-output").fill("2000");
  await expect(compare.summaryCell(1, "cost").getByTestId("cost-source")).toHaveAttribute(
    "data-source",
    "yours",
  );
  await expect(compare.summary.locator('[data-pane="1"]').getByTestId("summary-total-cost")).not.toHaveText(
    "—",
  );
  await expect(compare.summaryCell(2, "cost").getByTestId("cost-source")).toHaveAttribute(
    "data-source",
    "gateway",
  );
});

test("one pane hitting a 429 fails alone while the others finish", async ({ page }) => {
  const compare = new ComparePage(page);
  await compare.goto();
  await compare.setPanes([
    { api: "chat-completions", model: "gpt-4o-mini" },
    { api: "chat-completions", model: "gpt-4.1-mini", system: "[sim:status=429]" },
    { api: "messages", model: "claude-haiku-4-5-20251001" },
  ]);
  await compare.ask("Who is rate limited?");
  await compare.waitAllSettled();
  const failed = compare.pane(1);
  await expect(failed.getByTestId("chat-error")).toContainText("429");
  await expect(failed.getByTestId("pane-announcer")).toContainText(/429/);
  for (const i of [0, 2]) {
    await expect(compare.pane(i).getByTestId("chat-error")).toHaveCount(0);
    await expect(compare.metrics(i)).toContainText(/TTFT/);
  }
  await expect(compare.summary.locator('[data-pane="2"]').getByTestId("summary-runs")).toContainText("1");
  await expect(compare.summaryCell(2, "total")).toContainText("—");

  // The conversation goes on in every pane with its own history.
  await compare.ask("And a second turn?");
  await compare.waitAllSettled();
  for (const i of [0, 2]) {
    await expect(compare.pane(i).getByTestId("messages-user")).toHaveText([
      "Who is rate limited?",
      "And a second turn?",
    ]);
    await expect(compare.pane(i).getByTestId("messages-reply")).toHaveCount(2);
    await expect(compare.reply(i)).toContainText("second turn");
  }
  await expect(failed.getByTestId("chat-error")).toContainText("429");
});

test("Repeat N runs each pane N times and shows median and spread; sync copies parameters", async ({
  page,
}) => {
  const compare = new ComparePage(page);
  await compare.goto();
  await compare.setPanes([
    { api: "chat-completions", model: "gpt-4o-mini" },
    { api: "chat-completions", model: "deepseek-chat" },
  ]);
  await page.getByTestId("compare-sync").check();
  await compare.pane(0).getByTestId("pane-params").locator("summary").click();
  await compare.pane(0).getByTestId("param-max_tokens-toggle").check();
  await compare.pane(0).getByTestId("param-max_tokens-input").fill("40");
  await compare.pane(1).getByTestId("pane-params").locator("summary").click();
  await expect(compare.pane(1).getByTestId("param-max_tokens-toggle")).toBeChecked();
  await expect(compare.pane(1).getByTestId("param-max_tokens-input")).toHaveValue("40");

  await page.getByTestId("compare-repeat").selectOption("3");
  await compare.ask("Repeat me");
  await compare.waitAllSettled(slow(60_000));
  for (const pane of [1, 2]) {
    await expect(compare.summary.locator(`[data-pane="${pane}"]`).getByTestId("summary-runs")).toHaveText(
      "3",
    );
    await expect(compare.summaryCell(pane, "total").getByTestId("summary-spread")).toBeVisible();
    // max_tokens 40 reached every pane: each reply stopped at the limit.
    await expect(compare.metrics(pane - 1)).toContainText(/length/);
  }
  // The history keeps the last run's reply only (a repeat replaces the reply, not the turn).
  await expect(compare.pane(0).getByTestId("messages-reply")).toHaveCount(1);
});

test("Stop all aborts every upstream request and keeps the partial replies", async ({ page, simLog }) => {
  const compare = new ComparePage(page);
  await compare.goto(urls.remote);
  await compare.saveKey("sk-simCompareStop1");
  await compare.setPanes([
    { api: "chat-completions", model: "gpt-4o-mini" },
    { api: "chat-completions", model: "deepseek-chat" },
    { api: "messages", model: "claude-haiku-4-5-20251001" },
  ]);
  const before = (await simLog()).length;
  await compare.ask("A long one please [sim:long]");
  for (const i of [0, 1, 2]) {
    await expect
      .poll(async () => ((await compare.reply(i).textContent()) ?? "").length, { timeout: slow(15_000) })
      .toBeGreaterThan(50);
  }
  await compare.stopAll.click();
  await expect
    .poll(
      async () =>
        (await simLog())
          .slice(before)
          .filter((e) => upstreamPaths.has(e.path))
          .map((e) => e.outcome),
      { timeout: slow(10_000) },
    )
    .toEqual(["aborted", "aborted", "aborted"]);
  for (const i of [0, 1, 2]) {
    await expect(compare.pane(i).getByTestId("chat-stopped")).toBeVisible();
    expect(((await compare.reply(i).textContent()) ?? "").length).toBeGreaterThan(50);
  }
});

test("Stop on one pane (button, or Esc inside it) aborts only that pane's upstream; the others go on", async ({
  page,
  simLog,
}) => {
  const compare = new ComparePage(page);
  await compare.goto(urls.remote);
  await compare.saveKey("sk-simComparePaneStop1");
  // Panes 1 and 3 are slow (the simulator reads directives from a pane's own system prompt).
  await compare.setPanes([
    { api: "chat-completions", model: "gpt-4o-mini", system: "Slow [sim:tps=15]" },
    { api: "chat-completions", model: "deepseek-chat" },
    { api: "messages", model: "claude-haiku-4-5-20251001", system: "Slow [sim:tps=15]" },
  ]);
  const before = (await simLog()).length;
  await compare.ask("Tell me a lot [sim:tokens=400]");
  await compare.replyLongerThan(0, 50);
  await compare.pane(0).getByTestId("pane-stop").click();
  await expect(compare.pane(0)).not.toHaveAttribute("data-status", "running");
  await expect(compare.pane(0).getByTestId("chat-stopped")).toBeVisible();
  // The other panes go on.
  await expect(compare.pane(2)).toHaveAttribute("data-status", "running");
  await compare.replyLongerThan(2, 50);
  // Esc with focus inside pane 3 stops pane 3 alone (Esc elsewhere would stop all).
  await compare.thread(2).focus();
  await page.keyboard.press("Escape");
  await expect(compare.pane(2).getByTestId("chat-stopped")).toBeVisible();
  await compare.waitAllSettled(slow(45_000));
  await expect(compare.pane(1).getByTestId("chat-stopped")).toHaveCount(0);
  await expect(compare.metrics(1)).toContainText(/tok\/s/);
  for (const i of [0, 2]) expect(((await compare.reply(i).textContent()) ?? "").length).toBeGreaterThan(50);
  const outcomeOf = async () =>
    Object.fromEntries(
      (await simLog())
        .slice(before)
        .filter((e) => upstreamPaths.has(e.path))
        .map((e) => [(e.body as { model?: string } | undefined)?.model, e.outcome]),
    );
  await expect.poll(outcomeOf, { timeout: slow(10_000) }).toEqual({
    "gpt-4o-mini": "aborted",
    "deepseek-chat": "completed",
    "claude-haiku-4-5-20251001": "aborted",
  });
});

test("panes follow new replies; a reload keeps every pane's conversation and marks a cut stream", async ({
  page,
}) => {
  const compare = new ComparePage(page);
  await compare.goto();
  await compare.ask("First, a long one [sim:tokens=500] [sim:tps=0]");
  await compare.waitAllSettled();
  await compare.ask("Second, as long [sim:tokens=500] [sim:tps=0]");
  await compare.waitAllSettled();
  // Each pane's thread scrolls inside the pane: after the second reply its end is in view.
  for (const i of [0, 1]) {
    const view = () =>
      compare.thread(i).evaluate((el) => ({
        scrolled: el.scrollTop > 0,
        endInView: el.scrollHeight - el.scrollTop - el.clientHeight < 100,
      }));
    await expect.poll(view).toEqual({ scrolled: true, endInView: true });
  }
  // A third question streams slowly; the page is reloaded in the middle of it.
  await compare.ask("Third, cut by a reload [sim:long]");
  for (const i of [0, 1]) {
    await expect(compare.pane(i).getByTestId("messages-reply")).toHaveCount(3);
    await compare.replyLongerThan(i, 50);
  }
  await page.reload();
  await expect(page.locator("[data-testid=compare-view][data-ready]")).toBeVisible();
  for (const i of [0, 1]) {
    await expect(compare.pane(i).getByTestId("messages-reply")).toHaveCount(3);
    await expect(compare.pane(i).getByTestId("chat-interrupted")).toHaveCount(1);
    await expect(compare.reply(i).locator("xpath=..").getByTestId("chat-interrupted")).toBeVisible();
    expect(((await compare.reply(i).textContent()) ?? "").length).toBeGreaterThan(50);
  }
  await expect(compare.pane(1).getByTestId("pane-title-model")).toHaveText("claude-haiku-4-5-20251001");
  // Reloaded again (nothing streaming): the same threads, nothing new marked.
  await page.reload();
  await expect(compare.pane(0).getByTestId("messages-reply")).toHaveCount(3);
  await expect(compare.pane(0).getByTestId("chat-interrupted")).toHaveCount(1);
});

test("the summary survives a reload: runs, medians and costs stay as they were (#19)", async ({ page }) => {
  const compare = new ComparePage(page);
  await compare.goto();
  await compare.ask("Fill the summary, then reload [sim:tps=0]");
  await compare.waitAllSettled();
  const runs = (pane: number) => compare.summary.locator(`[data-pane="${pane}"]`).getByTestId("summary-runs");
  await expect(runs(1)).toHaveText("1");
  const before = await compare.summary.getByTestId("summary-row").allTextContents();
  expect(before.join(" ")).toMatch(/ms|sec|秒/);
  await page.reload();
  await expect(page.locator("[data-testid=compare-view][data-ready]")).toBeVisible();
  await expect(runs(1)).toHaveText("1");
  await expect(runs(2)).toHaveText("1");
  expect(await compare.summary.getByTestId("summary-row").allTextContents()).toEqual(before);
});

test("setup folds into one line; Add fresh pane adds the defaults; Clear empties every pane with Undo", async ({
  page,
}) => {
  const compare = new ComparePage(page);
  await compare.goto();
  // Set panes show one line (API · model · vendor), the fields unfold on demand.
  await expect(compare.pane(1).getByTestId("pane-setup-summary")).toContainText("claude-haiku-4-5-20251001");
  await expect(compare.pane(1).getByTestId("pane-model-input")).toBeHidden();
  await compare.setPane(1, { model: "claude-sonnet-4-5-20250929" });
  await expect(compare.pane(1).getByTestId("pane-setup-summary")).toContainText("claude-sonnet-4-5-20250929");
  // A fresh pane: the default API and model, not a copy of the last (Messages) pane.
  await compare.addPane();
  await expect(compare.panes).toHaveCount(3);
  await expect(compare.pane(2).getByTestId("pane-api")).toHaveValue("chat-completions");
  await expect(page.getByTestId("compare-clear")).toBeDisabled();
  await compare.ask("Something to clear [sim:tps=0]");
  await compare.waitAllSettled();
  await page.getByTestId("compare-clear").click();
  await expect(page.getByTestId("messages-reply")).toHaveCount(0);
  await expect(compare.summary.locator('[data-pane="1"]').getByTestId("summary-runs")).toHaveText("0");
  await page.getByTestId("compare-undo-clear").click();
  await expect(page.getByTestId("messages-reply")).toHaveCount(3);
  await expect(compare.summary.locator('[data-pane="1"]').getByTestId("summary-runs")).toHaveText("1");
  // Cleared stays cleared after a reload.
  await page.getByTestId("compare-clear").click();
  await expect(page.getByTestId("compare-undo-clear")).toBeVisible();
  await page.reload();
  await expect(compare.panes).toHaveCount(3);
  await expect(page.getByTestId("compare-pane").getByTestId("messages-user")).toHaveCount(0);
});

test("at 390 px the summary's scrolling region is focusable and labelled (axe: no serious violation)", async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const compare = new ComparePage(page);
  await compare.goto();
  await compare.ask("Fill the summary [sim:tps=0]");
  await compare.waitAllSettled();
  const scroller = page.getByTestId("summary-scroll");
  await expect(scroller).toHaveAttribute("tabindex", "0");
  await expect(scroller).toHaveAccessibleName(/summary/i);
  await expectNoSeriousViolations(page, "compare summary at 390 px", "[data-testid=compare-summary]");
});

test("a copied URL restores the same panes after a reload and in another tab", async ({ page, context }) => {
  const compare = new ComparePage(page);
  await compare.goto();
  await compare.addPane();
  await compare.setPanes([
    { api: "chat-completions", model: "gpt-4.1", vendor: "azure" },
    { api: "messages", model: "claude-sonnet-4-5-20250929", vendor: "ClaudeCode" },
    { api: "chat-completions", model: "qwen3-max", system: "Answer in haiku" },
  ]);
  await compare.pane(0).getByTestId("pane-params").locator("summary").click();
  await compare.pane(0).getByTestId("param-temperature-toggle").check();
  await compare.pane(0).getByTestId("param-temperature-input").fill("0.3");
  await page.getByTestId("compare-system").fill("Shared: be brief");
  await page.getByTestId("compare-repeat").selectOption("3");
  // The prompt being typed goes with the setup.
  await compare.input.fill("Which is faster? 哪个更快？");
  await expect.poll(() => new URL(page.url()).searchParams.get("c")?.length ?? 0).toBeGreaterThan(10);
  // The URL is written a moment after the last change.
  await page.waitForTimeout(600);
  const copied = page.url();
  expect(copied).not.toContain("sk-");

  async function expectRestored(other: ComparePage) {
    await expect(other.panes).toHaveCount(3);
    const expected = [
      ["chat-completions", "gpt-4.1", "azure"],
      ["messages", "claude-sonnet-4-5-20250929", "ClaudeCode"],
      ["chat-completions", "qwen3-max", ""],
    ];
    for (const [i, [api, model, vendor]] of expected.entries()) {
      await expect(other.pane(i).getByTestId("pane-api")).toHaveValue(api as string);
      await expect(other.pane(i).getByTestId("pane-model-input")).toHaveValue(model as string);
      await expect(other.pane(i).getByTestId("pane-vendor")).toHaveValue(vendor as string);
    }
    await expect(other.page.getByTestId("compare-system")).toHaveValue("Shared: be brief");
    await expect(other.page.getByTestId("compare-repeat")).toHaveValue("3");
    await expect(other.input).toHaveValue("Which is faster? 哪个更快？");
    // A pane's parameters are drawn once unfolded (their editors load after the page).
    await other.pane(2).getByTestId("pane-params").locator("summary").click();
    await expect(other.pane(2).getByTestId("pane-system")).toHaveValue("Answer in haiku");
    await other.pane(0).getByTestId("pane-params").locator("summary").click();
    await expect(other.pane(0).getByTestId("param-temperature-input")).toHaveValue("0.3");
  }

  await page.reload();
  await expectRestored(compare);
  const second = new ComparePage(await context.newPage());
  await second.page.goto(copied);
  await expectRestored(second);
});

test("six panes stream long replies over one connection while the page keeps answering", async ({
  page,
  context,
}) => {
  test.setTimeout(slow(90_000));
  const compare = new ComparePage(page);
  await compare.goto();
  await compare.setPanes(
    [
      "gpt-4o-mini",
      "gpt-4.1-mini",
      "deepseek-chat",
      "qwen-plus",
      "kimi-k2-0905-preview",
      "gemini-2.5-flash",
    ].map((model) => ({ api: "chat-completions" as const, model })),
  );
  const posts: string[] = [];
  page.on("request", (req) => {
    if (req.method() === "POST") posts.push(new URL(req.url()).pathname);
  });
  await compare.ask("Long replies please [sim:long]");
  await expect(page.locator("[data-testid=compare-pane][data-status=running]")).toHaveCount(6);
  for (let i = 0; i < 6; i++) {
    await expect.poll(async () => ((await compare.reply(i).textContent()) ?? "").length).toBeGreaterThan(20);
  }

  // While six streams run, the page's own requests still finish quickly.
  const timings = await page.evaluate(async () => {
    const time = async (url: string) => {
      const start = performance.now();
      const res = await fetch(url, { cache: "no-store" });
      await res.text();
      return { status: res.status, ms: performance.now() - start };
    };
    return { health: await time("/api/health"), models: await time("/api/apigo/v1/models") };
  });
  expect(timings.health.status).toBe(200);
  expect(timings.models.status).toBe(200);
  expect(timings.health.ms).toBeLessThan(2_000);
  expect(timings.models.ms).toBeLessThan(2_000);

  // A second tab of the same browser loads a page (document and scripts: its load event) and its
  // model list. Starved of connections it would wait for the streams to end (about a minute); the
  // limits leave room for a busy CPU, which the tabs share.
  const second = await context.newPage();
  const started = Date.now();
  const response = await second.goto("/chat", { waitUntil: "load" });
  expect(response?.status()).toBe(200);
  expect(Date.now() - started).toBeLessThan(8_000);
  await expect(second.getByTestId("chat-input")).toBeVisible({ timeout: slow(15_000) });
  await expect(second.getByTestId("chat-model-status")).toContainText(/\d/, { timeout: slow(10_000) });
  await second.close();

  await expect(page.locator("[data-testid=compare-pane][data-status=running]")).toHaveCount(6);
  // Every pane of the send went over one POST /api/compare; no pane used the proxy on its own.
  expect(posts.filter((p) => p === "/api/compare")).toHaveLength(1);
  expect(posts.filter((p) => p.startsWith("/api/apigo/v1/"))).toHaveLength(0);
  await compare.stopAll.click();
  await compare.waitAllSettled();
});

test("compare share: open without cookies shows every pane; the fork restores them", async ({
  page,
  browser,
}) => {
  const compare = new ComparePage(page);
  await compare.goto();
  await compare.setPanes([
    { api: "chat-completions", model: "gpt-4o", vendor: "openai" },
    { api: "messages", model: "claude-haiku-4-5-20251001" },
    { api: "chat-completions", model: "deepseek-chat", system: "Own prompt for three" },
  ]);
  await compare.ask("Share this comparison");
  await compare.waitAllSettled();

  await page.getByTestId("share-open").click();
  const dialog = page.getByTestId("share-dialog");
  await dialog.getByTestId("share-expiry-1d").click();
  await dialog.getByTestId("share-create").click();
  const url = await dialog.getByTestId("share-url").inputValue();
  expect(url).toMatch(/\/s\/[A-Za-z0-9_-]{22}$/);

  const recipient = await browser.newContext();
  const viewer = await recipient.newPage();
  await viewer.goto(url);
  const panes = viewer.getByTestId("share-pane");
  await expect(panes).toHaveCount(3);
  for (const [i, model] of ["gpt-4o", "claude-haiku-4-5-20251001", "deepseek-chat"].entries()) {
    await expect(panes.nth(i)).toContainText(model);
    await expect(panes.nth(i).getByTestId("share-message-user")).toHaveText("Share this comparison");
  }
  await expect(panes.nth(2)).toContainText("Own prompt for three");

  await viewer.getByTestId("share-fork").click();
  await viewer.waitForURL(/\/compare/);
  const forked = new ComparePage(viewer);
  await expect(forked.panes).toHaveCount(3);
  await expect(forked.pane(1).getByTestId("pane-api")).toHaveValue("messages");
  await expect(forked.pane(0).getByTestId("pane-vendor")).toHaveValue("openai");
  await expect(forked.pane(2).getByTestId("pane-model-input")).toHaveValue("deepseek-chat");
  // Each pane carries its conversation on; the fork is taken once (a reload keeps only the setup).
  await expect(forked.pane(0).getByTestId("messages-user")).toHaveText("Share this comparison");
  await expect(forked.pane(1).getByTestId("messages-reply")).toHaveCount(1);
  expect(await viewer.evaluate(() => localStorage.getItem("apigo-playground-fork"))).toBeNull();
  await recipient.close();
});
