import { expect, slow, test, urls } from "./fixtures";
import { MessagesPage } from "./pages/messages-page";
import { ToolsPanel } from "./pages/tools-panel";

interface Block {
  type: string;
  text?: string;
  id?: string;
  name?: string;
  input?: Record<string, unknown>;
  tool_use_id?: string;
  content?: string;
  is_error?: boolean;
}
interface MessagesBody {
  tools?: { name: string; input_schema: { required: string[] } }[];
  tool_choice?: unknown;
  messages: { role: string; content: Block[] }[];
}

/** The Messages request bodies the simulator received for one prompt, oldest first. */
async function bodiesFor(simLog: () => Promise<{ path: string; body?: unknown }[]>, prompt: string) {
  return (await simLog())
    .filter((e) => e.path === "/v1/messages")
    .map((e) => e.body as MessagesBody)
    .filter((b) => b.messages?.[0]?.content?.[0]?.text === prompt);
}

test.describe("Messages tools (#20)", () => {
  test("a tool_use is answered after a reload, as an error result, and the reply reads it", async ({
    page,
    simLog,
  }) => {
    const messages = new MessagesPage(page);
    const tools = new ToolsPanel(page, "messages-tools");
    await messages.goto(urls.remote);
    await messages.saveKey("sk-simMessagesTools1");
    await tools.define("get_weather");
    const prompt = "Weather in Paris? [sim:tool=get_weather] [sim:tps=0]";
    await messages.ask(prompt);
    await tools.waitForCalls(1);
    const call = tools.calls.first();
    await expect(call.getByTestId("tool-call-arguments")).toContainText('"city": "Paris"');

    await page.reload();
    await tools.waitForCalls(1);
    await call.getByTestId("tool-answer-input").fill("weather station offline");
    await call.getByTestId("tool-answer-error").check();
    await call.getByTestId("tool-answer-send").click();
    // The model's own words about the result (the card shows the result itself).
    await expect(messages.replies.last()).toContainText('failed: "weather station offline"', {
      timeout: slow(30_000),
    });
    await expect(page.getByTestId("tool-answer")).toHaveCount(0);

    const [first, second] = await bodiesFor(simLog, prompt);
    expect(first?.tools?.[0]).toMatchObject({ name: "get_weather", input_schema: { required: ["city"] } });
    expect(first).not.toHaveProperty("tool_choice");
    const sent = second?.messages ?? [];
    expect(sent.map((m) => m.role)).toEqual(["user", "assistant", "user"]);
    const toolUse = sent[1]?.content.find((b) => b.type === "tool_use");
    expect(toolUse).toMatchObject({ name: "get_weather", input: { city: "Paris" } });
    expect(sent[2]?.content).toEqual([
      { type: "tool_result", tool_use_id: toolUse?.id, content: "weather station offline", is_error: true },
    ]);
  });

  test("two parallel tool_use blocks are answered together in one user turn", async ({ page, simLog }) => {
    const messages = new MessagesPage(page);
    const tools = new ToolsPanel(page, "messages-tools");
    await messages.goto(urls.remote);
    await messages.saveKey("sk-simMessagesTools2");
    await tools.define("get_weather", { choice: "required" });
    const prompt = "Weather in Paris and Oslo? [sim:tools=parallel] [sim:tps=0]";
    await messages.ask(prompt);
    await tools.waitForCalls(2);
    await page.getByTestId("tool-answer-all").click();
    await expect(messages.replies.last()).toContainText("2 tools", { timeout: slow(30_000) });

    const [first, second] = await bodiesFor(simLog, prompt);
    expect(first?.tool_choice).toEqual({ type: "any" });
    const sent = second?.messages ?? [];
    expect(sent.map((m) => m.role)).toEqual(["user", "assistant", "user"]);
    const ids = (sent[1]?.content ?? []).filter((b) => b.type === "tool_use").map((b) => b.id);
    expect(ids).toHaveLength(2);
    const mock = JSON.stringify({ temperature: 21, unit: "celsius", conditions: "sunny" });
    expect(sent[2]?.content).toEqual(
      ids.map((id) => ({ type: "tool_result", tool_use_id: id, content: mock })),
    );
  });
});
