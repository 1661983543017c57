import { expect, slow, test, urls } from "./fixtures";
import { ToolsPanel } from "./pages/tools-panel";

interface ChatBody {
  tools?: {
    type: string;
    function: { name: string; parameters: { properties: object; required: string[] } };
  }[];
  tool_choice?: unknown;
  parallel_tool_calls?: boolean;
  messages: {
    role: string;
    content?: string | null;
    tool_calls?: { id: string; type: string; function: { name: string; arguments: string } }[];
    tool_call_id?: string;
  }[];
}

/** The chat request bodies the simulator received for one prompt, oldest first. */
async function bodiesFor(simLog: () => Promise<{ path: string; body?: unknown }[]>, prompt: string) {
  const log = await simLog();
  return log
    .filter((e) => e.path === "/v1/chat/completions")
    .map((e) => e.body as ChatBody)
    .filter((b) => b.messages?.[0]?.content === prompt);
}

test.describe("chat tools (#20)", () => {
  test("a tool from a template is called, survives a reload while waiting, and its result feeds the reply", async ({
    chat,
    page,
    simLog,
  }) => {
    const tools = new ToolsPanel(page, "chat-tools");
    await chat.goto(urls.remote);
    await chat.saveKey("sk-simChatTools1");
    await tools.define("get_weather");
    await expect(page.getByTestId("chat-tools")).toContainText("1");
    const prompt = "What is the weather in Paris? [sim:tool=get_weather] [sim:tps=0]";
    await chat.ask(prompt);
    await tools.waitForCalls(1);
    const call = tools.calls.first();
    await expect(call.getByTestId("tool-call-name")).toHaveText("get_weather");
    await expect(call.getByTestId("tool-call-arguments")).toContainText('"city": "Paris"');

    // Reload while the model waits for the result: the call, its arguments and the tool stay.
    await page.reload();
    await tools.waitForCalls(1);
    await expect(call.getByTestId("tool-call-arguments")).toContainText('"city": "Paris"');
    await expect(page.getByTestId("chat-tools")).toContainText("1");

    const result = '{"temperature": 17, "conditions": "light rain"}';
    await call.getByTestId("tool-answer-input").fill(result);
    await call.getByTestId("tool-answer-send").click();
    await expect(call.getByTestId("tool-call-result")).toContainText('"temperature": 17');
    // The model's own words about the result (the card shows the result itself, pretty-printed).
    await expect(chat.lastReply()).toContainText(
      'returned: {"temperature": 17, "conditions": "light rain"}',
      {
        timeout: slow(30_000),
      },
    );
    await expect(page.getByTestId("tool-answer")).toHaveCount(0);

    const [first, second] = await bodiesFor(simLog, prompt);
    expect(first?.tools).toEqual([
      expect.objectContaining({
        type: "function",
        function: expect.objectContaining({
          name: "get_weather",
          parameters: expect.objectContaining({ required: ["city"] }),
        }),
      }),
    ]);
    expect(first).not.toHaveProperty("tool_choice");
    expect(first).not.toHaveProperty("parallel_tool_calls");
    expect(first?.messages).toHaveLength(1);
    const sent = second?.messages ?? [];
    expect(sent.map((m) => m.role)).toEqual(["user", "assistant", "tool"]);
    const [toolCall] = sent[1]?.tool_calls ?? [];
    expect(toolCall).toMatchObject({ type: "function", function: { name: "get_weather" } });
    expect(JSON.parse(toolCall?.function.arguments ?? "")).toMatchObject({ city: "Paris" });
    expect(sent[2]).toEqual({ role: "tool", tool_call_id: toolCall?.id, content: result });
  });

  test("two parallel calls are answered together with the saved answers", async ({ chat, page, simLog }) => {
    const tools = new ToolsPanel(page, "chat-tools");
    await chat.goto(urls.remote);
    await chat.saveKey("sk-simChatTools2");
    await tools.define("get_weather", { choice: "required", parallel: "on" });
    const prompt = "Weather in Paris and Oslo? [sim:tools=parallel] [sim:tps=0]";
    await chat.ask(prompt);
    await tools.waitForCalls(2);
    await expect(tools.calls.nth(1).getByTestId("tool-call-arguments")).toContainText('"city": ');
    await page.getByTestId("tool-answer-all").click();
    await expect(chat.lastReply()).toContainText("2 tools", { timeout: slow(30_000) });

    const [first, second] = await bodiesFor(simLog, prompt);
    expect(first).toMatchObject({ tool_choice: "required", parallel_tool_calls: true });
    const sent = second?.messages ?? [];
    expect(sent.map((m) => m.role)).toEqual(["user", "assistant", "tool", "tool"]);
    const ids = (sent[1]?.tool_calls ?? []).map((c) => c.id);
    expect(ids).toHaveLength(2);
    expect(new Set(ids).size).toBe(2);
    const mock = JSON.stringify({ temperature: 21, unit: "celsius", conditions: "sunny" });
    expect(sent.slice(2)).toEqual(ids.map((id) => ({ role: "tool", tool_call_id: id, content: mock })));
  });

  test("a new prompt waits while calls wait; Skip answers them as errors and sends it", async ({
    chat,
    page,
    simLog,
  }) => {
    const tools = new ToolsPanel(page, "chat-tools");
    const prompt = "Weather in Rome? [sim:tool=get_weather] [sim:tps=0]";
    await tools.callFrom(chat, { base: urls.remote, key: "sk-simChatTools3", prompt });

    // A new prompt while the call waits: Send is held and says why; Ctrl+Enter keeps the text.
    const next = "Never mind, tell me a joke. [sim:tps=0]";
    await chat.input.fill(next);
    await expect(page.getByTestId("chat-calls-waiting")).toContainText("waiting for results");
    await expect(chat.send).toBeDisabled();
    await chat.input.press("Control+Enter");
    await expect(chat.input).toHaveValue(next);

    await page.getByTestId("chat-skip-calls").click();
    await expect(chat.input).toHaveValue("");
    // The simulated model calls the tool again for the new prompt (auto choice): a second card.
    await expect(tools.calls).toHaveCount(2, { timeout: slow(15_000) });
    await expect(tools.calls.first().getByTestId("tool-call-result")).toContainText(
      "The user skipped this call",
    );
    await expect
      .poll(async () => (await bodiesFor(simLog, prompt)).length, { timeout: slow(15_000) })
      .toBe(2);
    const sent = (await bodiesFor(simLog, prompt))[1]?.messages ?? [];
    expect(sent.map((m) => m.role)).toEqual(["user", "assistant", "tool", "user"]);
    const id = sent[1]?.tool_calls?.[0]?.id;
    expect(sent[2]).toEqual({ role: "tool", tool_call_id: id, content: "The user skipped this call" });
    expect(sent[3]).toMatchObject({ role: "user", content: next });
  });
});
