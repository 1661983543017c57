import { expect, slow, test } from "./fixtures";
import { ChatPage } from "./pages/chat-page";
import { ComparePage } from "./pages/compare-page";

// Costs filled from the gateway's price list: the simulator serves new-api's GET /api/pricing
// (lib/sim/pricing.ts), where gpt-4o-mini has model ratio 0.075 and completion ratio 4, i.e.
// $0.15 / $0.60 per 1M tokens (ratio 1 = $2 per 1M). A price the user types overrides it.

type Locator = import("@playwright/test").Locator;
const number = async (cell: Locator) => Number(await cell.getAttribute("data-value"));
/** Where a cost's price came from, as its mark says: gateway, yours or mixed. */
const sourceOf = (cell: Locator) => cell.getByTestId("cost-source").getAttribute("data-source");

test("compare fills the cost from the gateway's prices; a typed price overrides it", async ({ page }) => {
  const compare = new ComparePage(page);
  await compare.goto();
  await compare.setPanes([
    { api: "chat-completions", model: "gpt-4o-mini" },
    { api: "chat-completions", model: "gpt-4.1-mini" },
  ]);
  await compare.ask("What does this cost? [sim:tokens=30]");
  await compare.waitAllSettled(slow(20_000));

  const cost = compare.summaryCell(1, "cost");
  await expect.poll(() => sourceOf(cost)).toBe("gateway");
  const prompt = await number(compare.summaryCell(1, "promptTokens"));
  const completion = await number(compare.summaryCell(1, "completionTokens"));
  expect(await number(cost)).toBeCloseTo((prompt * 0.15 + completion * 0.6) / 1e6, 12);
  // The tooltip says how: the ratios and new-api's conversion.
  await expect(cost.getByTestId("cost-source")).toHaveAttribute("title", /0\.075.*\$2.*completion ratio 4/);

  // The price list shows the gateway's prices as placeholders; typing overrides them.
  const prices = page.getByTestId("compare-prices");
  await prices.locator("summary").click();
  const row = prices.locator('[data-testid=price-row][data-model="gpt-4o-mini"]');
  await expect(row.getByTestId("price-output")).toHaveAttribute("placeholder", /0\.6/);
  await row.getByTestId("price-input").fill("1000");
  await row.getByTestId("price-output").fill("2000");
  await expect.poll(() => sourceOf(cost)).toBe("yours");
  expect(await number(cost)).toBeCloseTo((prompt * 1000 + completion * 2000) / 1e6, 9);
  // The other pane keeps the gateway's price.
  expect(await sourceOf(compare.summaryCell(2, "cost"))).toBe("gateway");
});

test("chat shows a reply's cost at the gateway's price", async ({ page }) => {
  const chat = new ChatPage(page);
  await chat.goto();
  await chat.setModel("gpt-4o-mini");
  await chat.askAndWait("How much was that? [sim:tokens=20]");
  const cost = chat.metrics.last().getByTestId("chat-cost");
  await expect(cost).toContainText("$");
  expect(await sourceOf(cost)).toBe("gateway");
  expect(await number(cost)).toBeGreaterThan(0);
});
