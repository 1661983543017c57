import type { Locator, Page } from "@playwright/test";
import { test as base, expect, slow, urls } from "./fixtures";
import { expectNoSeriousViolations } from "./look";
import { MessagesPage } from "./pages/messages-page";

// #20 answer versions: Regenerate keeps the earlier answers as versions of the turn (‹ 2/3 ›), each
// with its own text and metrics; the conversation continues from the version on screen (the body the
// simulator received carries it), and a reload keeps every version. The simulator's text depends on
// the model, so each regeneration asks another model: three versions, three texts.

const test = base.extend<{ messages: MessagesPage }>({
  messages: async ({ page }, use) => {
    await use(new MessagesPage(page));
  },
});

const fast = "[sim:tps=0]";
const settle = { timeout: slow(20_000) };

interface WireMessage {
  role: string;
  content: unknown;
}

/** The messages of the last request the simulator received on `path`. */
async function lastSent(
  simLog: () => Promise<{ path: string; body?: unknown }[]>,
  path: string,
): Promise<WireMessage[]> {
  const entry = (await simLog()).filter((e) => e.path === path).at(-1);
  return (entry?.body as { messages?: WireMessage[] } | undefined)?.messages ?? [];
}

/** The pager of a turn and what it shows. */
function pager(turn: Locator) {
  return {
    position: turn.getByTestId("turn-version-position"),
    previous: turn.getByTestId("turn-version-previous"),
    next: turn.getByTestId("turn-version-next"),
  };
}

/**
 * A reply's own metrics (timing, tokens, finish): its cost follows once the gateway's price list has
 * arrived (after the page's load event), so a version read before that must still match after.
 */
const ownMetrics = (text: string | undefined) => (text ?? "").replace(/Cost.*$/, "");

/** A reply once its Markdown is drawn (the renderer arrives in its own chunk, after the raw text). */
async function rendered(reply: Locator) {
  await expect(reply.getByRole("heading", { level: 2 })).toBeVisible();
}

async function setModel(page: Page, testId: string, model: string) {
  await page.getByTestId(testId).fill(model);
  await page.keyboard.press("Tab");
}

test("chat: regenerate twice, page through three versions, continue from the second, reload keeps all", async ({
  chat,
  page,
  simLog,
}) => {
  const models = ["gpt-4o-mini", "deepseek-chat", "claude-haiku-4-5-20251001"];
  await chat.goto(urls.remote);
  await chat.saveKey("sk-simVersionsChat1");
  await setModel(page, "chat-model-input", models[0] ?? "");
  await chat.askAndWait(`Tell me about versions ${fast}`);
  const turn = page.getByTestId("chat-message").nth(1);
  const reply = turn.getByTestId("chat-message-assistant");
  const metrics = turn.getByTestId("chat-metrics");
  const { position, previous, next } = pager(turn);
  const seen: { text: string; metrics: string }[] = [];
  const remember = async () => {
    await rendered(reply);
    seen.push({ text: (await reply.textContent()) ?? "", metrics: (await metrics.textContent()) ?? "" });
  };
  await expect(reply).toContainText(models[0] ?? "");
  await remember();

  for (const [i, model] of models.slice(1).entries()) {
    await setModel(page, "chat-model-input", model);
    await turn.getByTestId("chat-action-regenerate").click();
    await expect(reply).toContainText(model, settle);
    await expect(metrics).toBeVisible(settle);
    await expect(position).toHaveText(`${i + 2}/${i + 2}`);
    await remember();
  }
  expect(new Set(seen.map((s) => s.text)).size).toBe(3);
  await expect(next).toBeDisabled();

  // Back to the first version, then on to the second: each shows its own text and metrics.
  await previous.click();
  await previous.click();
  await expect(position).toHaveText("1/3");
  await expect(previous).toBeDisabled();
  await expect(reply).toHaveText(seen[0]?.text ?? "");
  await expect(metrics).toContainText(ownMetrics(seen[0]?.metrics));
  await next.click();
  await expect(position).toHaveText("2/3");
  await expect(reply).toHaveText(seen[1]?.text ?? "");
  await expect(metrics).toContainText(ownMetrics(seen[1]?.metrics));

  // Continue from the second version: the request carries its answer, not the newest one.
  await chat.askAndWait(`And then? ${fast}`, 2);
  const sent = await lastSent(simLog, "/v1/chat/completions");
  expect(sent.map((m) => m.role)).toEqual(["user", "assistant", "user"]);
  expect(String(sent[1]?.content)).toContain(`**${models[1]}**`);
  expect(String(sent[1]?.content)).not.toContain(models[2]);
  expect(sent[2]?.content).toBe(`And then? ${fast}`);

  // A reload keeps all three versions, the second on screen with its follow-up.
  await page.reload();
  await expect(position).toHaveText("2/3");
  await expect(reply).toHaveText(seen[1]?.text ?? "");
  await expect(page.getByTestId("chat-message")).toHaveCount(4);
  // The follow-up belongs to the second version's branch.
  await next.click();
  await expect(position).toHaveText("3/3");
  await expect(reply).toHaveText(seen[2]?.text ?? "");
  await expect(metrics).toContainText(ownMetrics(seen[2]?.metrics));
  await expect(page.getByTestId("chat-message")).toHaveCount(2);
  await previous.click();
  await expect(page.getByTestId("chat-message")).toHaveCount(4);
});

test("Messages: regenerate, page back, continue from the first version, reload keeps both", async ({
  messages,
  page,
  simLog,
}) => {
  await messages.goto(urls.remote);
  await messages.saveKey("sk-simVersionsMsgs1");
  await setModel(page, "messages-model-input", "claude-haiku-4-5-20251001");
  await messages.ask(`Two versions please ${fast}`);
  await expect(messages.lastMetrics()).toBeVisible(settle);
  const turn = page.getByTestId("messages-turn").nth(1);
  const reply = turn.getByTestId("messages-reply");
  const { position, previous } = pager(turn);
  await rendered(reply);
  const first = (await reply.textContent()) ?? "";

  await setModel(page, "messages-model-input", "claude-sonnet-4-5-20250929");
  await turn.getByTestId("chat-action-regenerate").click();
  await expect(reply).toContainText("claude-sonnet-4-5-20250929", settle);
  await expect(position).toHaveText("2/2");
  await expectNoSeriousViolations(page, "a Messages turn with versions", '[data-testid="turn-versions"]');
  // By keyboard, found by its label: the focus stays on the pager of the paged turn.
  await turn.getByRole("button", { name: "Previous version" }).focus();
  await page.keyboard.press("Enter");
  await expect(position).toHaveText("1/2");
  await expect(previous).toBeDisabled();
  const nextButton = turn.getByRole("button", { name: "Next version" });
  await expect(nextButton).toBeFocused();
  await expect(nextButton).toHaveAccessibleDescription("Version 1 of 2");
  await expect(reply).toHaveText(first);

  await messages.ask(`Go on ${fast}`);
  await expect(page.getByTestId("chat-metrics")).toHaveCount(2, settle);
  const sent = await lastSent(simLog, "/v1/messages");
  expect(JSON.stringify(sent[1]?.content)).toContain("claude-haiku-4-5-20251001");
  expect(JSON.stringify(sent[1]?.content)).not.toContain("claude-sonnet-4-5-20250929");

  await page.reload();
  await expect(position).toHaveText("1/2");
  await expect(reply).toHaveText(first);
  await expect(messages.replies).toHaveCount(2);
});
