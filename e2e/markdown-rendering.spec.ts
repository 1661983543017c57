import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

// A saved chat conversation whose reply holds what the simulator does not write (#19 defects 4, 5).
async function seedReply(page: Page, reply: string) {
  const conversation = {
    id: "c-render",
    title: "Rendering",
    createdAt: 1,
    updatedAt: 1,
    settings: {},
    messages: [
      { id: "u1", role: "user", parts: [{ type: "text", text: "Show it" }] },
      { id: "a1", role: "assistant", parts: [{ type: "text", text: reply }], metadata: {} },
    ],
  };
  const value = JSON.stringify({
    state: { byTab: { chat: { items: [conversation], activeId: "c-render" } } },
    version: 1,
  });
  await page.addInitScript((v) => localStorage.setItem("apigo-playground-conversations", v), value);
}

test.describe("reply rendering (#19)", () => {
  test("inline math \\(…\\) and $…$ render as KaTeX; prices stay text", async ({ chat }) => {
    await chat.goto();
    await chat.askAndWait("Energy \\(E=mc^2\\) and $a_1$, for $5 or $10");
    const quote = chat.lastReply().locator("p").filter({ hasText: "You asked" });
    await expect(quote.locator(".katex")).toHaveCount(2);
    await expect(quote).toContainText("for $5 or $10");
  });

  test("a JSON reply shows indented and highlighted", async ({ chat, page }) => {
    await seedReply(page, '{"answer":"yes","points":[1,2],"ok":true}');
    await chat.goto();
    const code = chat.lastReply().locator("pre code.hljs");
    await expect(code).toBeVisible();
    await expect(code).toContainText('{\n  "answer": "yes",\n  "points": [');
    await expect(code.locator(".hljs-attr").first()).toHaveText('"answer"');
  });

  test("a mermaid block is drawn under its source; a broken one keeps the source with a note", async ({
    chat,
    page,
  }) => {
    const good = "```mermaid\ngraph TD\n  A[Start] --> B{Ok?}\n  B -->|yes| C[Done]\n```";
    const bad = "```mermaid\ngraph TD\n  A -->\n```";
    await seedReply(page, `${good}\n\n${bad}`);
    await chat.goto();
    const reply = chat.lastReply();
    await expect(reply.getByTestId("mermaid-diagram").locator("img")).toHaveCount(1);
    await expect(reply.getByTestId("mermaid-diagram").locator("img")).toHaveAttribute(
      "src",
      /^data:image\/svg\+xml/,
    );
    await expect(reply.getByTestId("truncated-note")).toContainText(/Could not draw this diagram/);
    await expect(reply.locator("pre")).toHaveCount(2);
    await expect(reply.locator("pre").first()).toContainText("A[Start] --> B{Ok?}");
  });
});
