import { expect, slow, test, urls } from "./fixtures";
import { ComparePage } from "./pages/compare-page";
import { createShareLink, openAsRecipient } from "./pages/share-link";
import { ToolsPanel } from "./pages/tools-panel";

// Compare's one tool set (#20), against the standalone simulator (its /__sim/log shows the bodies each
// pane sent): a chat-completions pane and a Messages pane get the same tool, each model calls it, one
// click answers both with the saved answer, and each pane's final reply reads the result.

interface Body {
  tools?: Record<string, unknown>[];
  tool_choice?: unknown;
  messages: { role: string; content?: unknown; tool_calls?: { id: string; function: { name: string } }[] }[];
}

const mock = JSON.stringify({ temperature: 21, unit: "celsius", conditions: "sunny" });

const title = "two panes share one tool: both call it, one click answers both, both replies use the result";

test(title, async ({ page, browser, simLog }) => {
  const compare = new ComparePage(page);
  await compare.goto(urls.remote);
  await compare.saveKey("sk-simCompareTools1");
  // The first visit's panes: one chat-completions, one Messages.
  await expect(compare.pane(0).getByTestId("pane-api")).toHaveValue("chat-completions");
  await expect(compare.pane(1).getByTestId("pane-api")).toHaveValue("messages");
  const tools = new ToolsPanel(page, "compare-tools");
  await tools.define("get_weather", { parallel: "off" });
  await expect(page.getByTestId("compare-tools")).toContainText("1");

  const before = (await simLog()).length;
  const prompt = "Weather in Paris? [sim:tool=get_weather] [sim:tps=0]";
  await compare.ask(prompt);
  // Each pane shows its model's call, with the arguments pretty-printed, waiting for a result.
  await tools.waitForCalls(2);
  for (const i of [0, 1]) {
    await expect(compare.pane(i).getByTestId("tool-call-name")).toHaveText("get_weather");
    await expect(compare.pane(i).getByTestId("tool-call-arguments")).toContainText('"city": "Paris"');
  }
  await page.getByTestId("compare-answer-all").click();
  for (const i of [0, 1]) {
    await expect(compare.pane(i).getByTestId("tool-call-result")).toContainText('"temperature": 21');
    await expect(compare.reply(i)).toContainText(`returned: ${mock}`, { timeout: slow(20_000) });
  }
  await compare.waitAllSettled();
  await expect(page.getByTestId("compare-tool-calls")).toHaveCount(0);
  for (const i of [0, 1]) await expect(compare.metrics(i)).toContainText(/TTFT/);

  const sent = (await simLog()).slice(before);
  const bodies = (path: string) => sent.filter((e) => e.path === path).map((e) => e.body as Body);
  const [chatAsk, chatAnswer, ...moreChat] = bodies("/v1/chat/completions");
  const [messagesAsk, messagesAnswer, ...moreMessages] = bodies("/v1/messages");
  expect(moreChat).toEqual([]);
  expect(moreMessages).toEqual([]);

  // Chat completions: the tool as a function, parallel calls off; then the call and its tool message.
  expect(chatAsk?.tools).toEqual([
    expect.objectContaining({ type: "function", function: expect.objectContaining({ name: "get_weather" }) }),
  ]);
  expect(chatAsk).toMatchObject({ parallel_tool_calls: false });
  expect(chatAsk).not.toHaveProperty("tool_choice");
  const chatTurn = chatAnswer?.messages ?? [];
  expect(chatTurn.map((m) => m.role)).toEqual(["user", "assistant", "tool"]);
  const chatCall = chatTurn[1]?.tool_calls?.[0];
  expect(chatCall?.function.name).toBe("get_weather");
  expect(chatTurn[2]).toEqual({ role: "tool", tool_call_id: chatCall?.id, content: mock });

  // Messages: the tool with its input_schema, parallel use disabled; then tool_use and tool_result.
  expect(messagesAsk?.tools).toEqual([
    expect.objectContaining({
      name: "get_weather",
      input_schema: expect.objectContaining({ type: "object" }),
    }),
  ]);
  expect(messagesAsk?.tool_choice).toEqual({ type: "auto", disable_parallel_tool_use: true });
  const turn = messagesAnswer?.messages ?? [];
  expect(turn.map((m) => m.role)).toEqual(["user", "assistant", "user"]);
  const use = ((turn[1]?.content ?? []) as { type: string; id: string; name: string }[]).find(
    (b) => b.type === "tool_use",
  );
  expect(use?.name).toBe("get_weather");
  expect(turn[2]?.content).toEqual([{ type: "tool_result", tool_use_id: use?.id, content: mock }]);

  // A share of the comparison shows the tool set once; a fork brings it back into compare's tools,
  // with each pane's call and result.
  const url = await createShareLink(page);
  const { context: recipient, page: viewer } = await openAsRecipient(browser, url);
  await expect(viewer.getByTestId("share-tools")).toHaveCount(1);
  await expect(viewer.getByTestId("share-tool")).toContainText("get_weather");
  await expect(viewer.getByTestId("share-tool-call")).toHaveCount(2);
  await viewer.getByTestId("share-fork").click();
  await viewer.waitForURL(/\/compare/);
  await expect(viewer.getByTestId("compare-tools")).toContainText("1", { timeout: slow(30_000) });
  await expect(viewer.getByTestId("tool-call")).toHaveCount(2);
  await recipient.close();
});
