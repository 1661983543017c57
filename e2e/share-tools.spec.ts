import { expect, slow, test, urls } from "./fixtures";
import { ChatPage } from "./pages/chat-page";
import { createShareLink, openAsRecipient } from "./pages/share-link";
import { ToolsPanel } from "./pages/tools-panel";

// Issue #20: a chat share carries its tool set and its tool turns; the share page shows the calls and
// their results, and a fork sends them on exactly as the original would. Reads the standalone
// simulator's request log (first lane, see playwright.config.ts).

interface ChatBody {
  tools?: { type: string; function: { name: string } }[];
  messages: {
    role: string;
    content?: string | null;
    tool_calls?: { id: string; type: string; function: { name: string; arguments: string } }[];
    tool_call_id?: string;
  }[];
}

test("a chat share shows its tool call and result, and a fork sends tools, tool_calls and the tool message", async ({
  chat,
  page,
  browser,
  simLog,
}) => {
  const tools = new ToolsPanel(page, "chat-tools");
  await chat.goto(urls.remote);
  await chat.saveKey("sk-simShareTools1");
  await tools.define("get_weather");
  const prompt = "What is the weather in Paris? [sim:tool=get_weather] [sim:tps=0]";
  await chat.ask(prompt);
  await tools.waitForCalls(1);
  const result = '{"temperature": 17, "conditions": "light rain"}';
  await tools.calls.first().getByTestId("tool-answer-input").fill(result);
  await tools.calls.first().getByTestId("tool-answer-send").click();
  await expect(chat.metrics).toHaveCount(1, { timeout: slow(30_000) });

  const url = await createShareLink(page);

  const { context: recipient, page: viewer } = await openAsRecipient(browser, url);
  await expect(viewer.getByTestId("share-tool")).toHaveCount(1);
  await expect(viewer.getByTestId("share-tools")).toContainText("get_weather");
  const card = viewer.getByTestId("share-tool-call");
  await expect(card).toHaveCount(1);
  await expect(card.getByTestId("share-tool-call-name")).toHaveText("get_weather");
  await expect(card.getByTestId("share-tool-call-arguments")).toContainText('"city": "Paris"');
  await expect(card.getByTestId("share-tool-call-result")).toContainText('"temperature": 17');
  await expect(viewer.getByTestId("share-step")).toHaveCount(2);

  // Fork into the teammate's chat, with their own key on the same gateway, and carry on.
  await viewer.getByTestId("share-fork").click();
  await viewer.waitForURL(/\/chat$/);
  await viewer.locator("html[data-hydrated]").waitFor({ state: "attached", timeout: slow(30_000) });
  const forked = new ChatPage(viewer);
  await forked.saveKey("sk-simShareTools2");
  await expect(viewer.getByTestId("chat-tools")).toContainText("1");
  await expect(viewer.getByTestId("tool-call")).toHaveCount(1);
  const followUp = "And in Oslo? [sim:tps=0]";
  await forked.ask(followUp);
  // With tools and no choice the simulated model calls one again: its request has been received.
  await expect(viewer.getByTestId("tool-answer")).toHaveCount(1, { timeout: slow(30_000) });
  await recipient.close();

  const log = await simLog();
  const bodies = log
    .filter((e) => e.path === "/v1/chat/completions")
    .map((e) => e.body as ChatBody)
    .filter((b) => b.messages?.[0]?.content === prompt);
  const [first, answered] = bodies;
  const fork = bodies.find((b) => b.messages.at(-1)?.content === followUp);
  expect(fork?.tools).toEqual(first?.tools);
  expect(fork?.tools?.[0]?.function.name).toBe("get_weather");
  const sent = fork?.messages ?? [];
  expect(sent.map((m) => m.role)).toEqual(["user", "assistant", "tool", "assistant", "user"]);
  // The conversation so far goes on exactly as the original sent it, then the reply and the follow-up.
  expect(sent.slice(0, 3)).toEqual(answered?.messages);
  const [call] = sent[1]?.tool_calls ?? [];
  expect(call).toMatchObject({ type: "function", function: { name: "get_weather" } });
  expect(JSON.parse(call?.function.arguments ?? "")).toMatchObject({ city: "Paris" });
  expect(sent[2]).toEqual({ role: "tool", tool_call_id: call?.id, content: result });
  expect(sent[3]?.content).toContain("returned:");
});
