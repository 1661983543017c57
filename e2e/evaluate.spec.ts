import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import Papa from "papaparse";
import { expect, slow, test, urls } from "./fixtures";
import { expectNoSeriousViolations } from "./look";
import type { ChatPage } from "./pages/chat-page";
import { EvaluatePage } from "./pages/evaluate-page";
import { ToolsPanel } from "./pages/tools-panel";

// The Evaluate tab against the remote app (the standalone simulator over HTTP, whose /__sim/log lists
// every upstream request): a prompt with {{topic}}, cases from a CSV file, two models, a grader.

const csv = "topic,expected\nsea,waves\nsky,blue\nsand,dunes\n";
const models = ["gpt-4o-mini", "deepseek-chat"];

interface Logged {
  path: string;
  outcome: string;
  body?: { model?: string; messages?: { content?: unknown }[] };
}

/** The chat requests of the log, as "model|topic" for each prompt that asked about a topic. */
function asked(log: Logged[]): { key: string; outcome: string }[] {
  return log
    .filter((e) => e.path === "/v1/chat/completions")
    .map((e) => {
      const text = JSON.stringify(e.body?.messages ?? []);
      const topic = ["sea", "sky", "sand"].find((t) => text.includes(`about ${t}`)) ?? "?";
      return { key: `${e.body?.model}|${topic}`, outcome: e.outcome };
    });
}

async function setUp(page: EvaluatePage, message: string, key: string) {
  await page.goto(urls.remote);
  // With a key the remote app relays to the standalone simulator (keyless requests stay in the app).
  await page.saveKey(key);
  await page.setMessage(message);
  await page.importCases("cases.csv", csv);
  await expect(page.page.getByTestId("case-row")).toHaveCount(3);
  for (const model of models) await page.addColumn(model);
  await expect(page.page.getByTestId("eval-column")).toHaveCount(2);
  await page.addGrader("contains", "sea");
}

test("three CSV cases × two models: six cells fill and are graded, the summary and the CSV export agree", async ({
  page,
  request,
}) => {
  const evaluate = new EvaluatePage(page);
  await request.delete(`${urls.sim}/__sim/log`);
  await setUp(evaluate, "Write one line about {{topic}}. [sim:tps=0]", "sk-simEvaluateRun1");
  await evaluate.runAll.click();

  await expect(evaluate.cellsWith("done")).toHaveCount(6, { timeout: slow(30_000) });
  // The simulator quotes the prompt: only the "sea" case contains "sea", in both columns.
  await expect(page.locator("[data-testid=eval-cell][data-pass=true]")).toHaveCount(2);
  await expect(page.locator("[data-testid=eval-cell][data-pass=false]")).toHaveCount(4);
  await expect(evaluate.summaryRows).toHaveCount(2);
  for (const row of await evaluate.summaryRows.all()) {
    await expect(row.getByTestId("eval-summary-passRate")).toContainText("33%");
    await expect(row.getByTestId("eval-summary-passRate")).toContainText("(1/3)");
  }

  await expectNoSeriousViolations(page, "evaluate with a finished run");

  const download = page.waitForEvent("download");
  await page.getByTestId("eval-export-csv").click();
  const file = await (await download).path();
  const parsed = Papa.parse<Record<string, string>>(await readFile(file, "utf8"), {
    header: true,
    skipEmptyLines: true,
  });
  expect(parsed.meta.fields?.join(",")).toMatch(
    /^case,topic,expected,column,model,vendor,status,reply,pass,grades,/,
  );
  const rows = parsed.data;
  expect(rows).toHaveLength(6);
  for (const model of models) expect(rows.filter((r) => r.model === model)).toHaveLength(3);
  for (const row of rows) {
    expect(row.status).toBe("done");
    expect(row.reply).toContain(`Write one line about ${row.topic}`);
    expect(row.pass).toBe(row.topic === "sea" ? "pass" : "fail");
    expect(row.grades).toMatch(/^contains: (pass|fail) \(/);
  }

  // The cell dialog shows the whole reply, its grade and the exact request.
  await evaluate.cells.first().getByRole("button").click();
  const dialog = page.getByTestId("eval-cell-dialog");
  await expect(dialog.getByTestId("eval-cell-reply")).toContainText("about sea");
  await expect(dialog.getByTestId("eval-cell-grades")).toContainText("contains");
  await dialog.getByTestId("eval-cell-tab-request").click();
  await expect(dialog.getByTestId("inspector-request-body")).toContainText("about sea");
  await page.keyboard.press("Escape");

  // A share link shows the run read-only; "Open in my playground" brings it back into the tab.
  await page.getByTestId("share-open").click();
  const share = page.getByTestId("share-dialog");
  await share.getByTestId("share-create").click();
  const url = await share.getByTestId("share-url").inputValue();
  await page.goto(url);
  await expect(page.getByTestId("share-evaluate-cell")).toHaveCount(6);
  await expect(page.getByTestId("share-evaluate-table")).toContainText("about sand");
  await page.getByTestId("share-fork").click();
  await expect(page.locator("[data-testid=evaluate-view][data-ready]")).toBeVisible();
  await expect(evaluate.cellsWith("done")).toHaveCount(6);
});

test("a reload mid-run finishes the run without repeating finished cells", async ({ page, request }) => {
  const evaluate = new EvaluatePage(page);
  await request.delete(`${urls.sim}/__sim/log`);
  // One at a time, each reply taking a second or two: the reload lands with some cells done.
  await setUp(evaluate, "Write one line about {{topic}}. [sim:tps=100]", "sk-simEvaluateReload1");
  await evaluate.setConcurrency(1);
  await evaluate.runAll.click();
  await expect(evaluate.cellsWith("done")).toHaveCount(2, { timeout: slow(30_000) });

  await page.reload();
  await expect(evaluate.cellsWith("done")).toHaveCount(6, { timeout: slow(45_000) });
  await expect(evaluate.runAll).toBeVisible();

  const raw = (await (await request.get(`${urls.sim}/__sim/log`)).json()) as Logged[];
  const log = asked(raw);
  const completed = log.filter((e) => e.outcome === "completed").map((e) => e.key);
  // Every cell was answered exactly once; at most the one cell streaming at the reload was cut and asked again.
  expect(completed.sort()).toEqual(
    models.flatMap((m) => ["sand", "sea", "sky"].map((t) => `${m}|${t}`)).sort(),
  );
  expect(log.length).toBeLessThanOrEqual(7);
});

/** Saves the chat setup with a tool from a template as a prompt (the library is per origin: the remote app's). */
async function savePromptWithTool(chat: ChatPage, page: Page) {
  await chat.goto(urls.remote);
  await chat.saveKey("sk-simEvaluateTools1");
  await new ToolsPanel(page, "chat-tools").define("get_weather");
  await chat.input.fill("Weather in {{city}}? [sim:tool=get_weather] [sim:tps=0]");
  await page.getByTestId("prompt-save-open").click();
  const save = page.getByTestId("prompt-save-dialog");
  await save.getByTestId("prompt-save-name").fill("Weather agent");
  await save.getByTestId("prompt-save-submit").click();
  await expect(save.getByTestId("prompt-save-status")).toContainText("Weather agent");
  await page.keyboard.press("Escape");
}

test("a saved prompt's tool goes with each column in its API's form; a tool-call reply is shown and graded", async ({
  chat,
  page,
  simLog,
}) => {
  await savePromptWithTool(chat, page);
  const evaluate = new EvaluatePage(page);
  await evaluate.goto(urls.remote);
  const picker = page.getByTestId("eval-saved-prompt");
  await expect(picker.locator("option")).toHaveCount(2);
  await picker.selectOption({ index: 1 });
  await expect(page.getByTestId("eval-prompt-tools")).toContainText("get_weather");
  await evaluate.importCases("cases.csv", "city\nLisbon\n");
  await evaluate.addColumn("gpt-4o-mini");
  await page.getByTestId("eval-column-api").selectOption("messages");
  await evaluate.addColumn("claude-sonnet-4-5-20250929");
  await expect(page.getByTestId("eval-column")).toHaveCount(2);
  await evaluate.addGrader("contains", "get_weather");
  await evaluate.runAll.click();

  await expect(evaluate.cellsWith("done")).toHaveCount(2, { timeout: slow(20_000) });
  await expect(page.locator("[data-testid=eval-cell][data-pass=true]")).toHaveCount(2);
  await expect(page.getByTestId("eval-cell-text").first()).toContainText('get_weather({"city":');
  const bodies = (await simLog())
    .filter((e) => JSON.stringify(e.body ?? {}).includes("Weather in Lisbon"))
    .map((e) => [e.path, (e.body as { tools?: unknown[] }).tools?.[0]]);
  expect(bodies).toEqual(
    expect.arrayContaining([
      [
        "/v1/chat/completions",
        expect.objectContaining({
          type: "function",
          function: expect.objectContaining({ name: "get_weather" }),
        }),
      ],
      [
        "/v1/messages",
        expect.objectContaining({
          name: "get_weather",
          input_schema: expect.objectContaining({ type: "object" }),
        }),
      ],
    ]),
  );
});
