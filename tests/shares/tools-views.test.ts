import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { SnapshotView } from "@/components/share/snapshot-view";
import { ConversationView } from "@/components/share/view-conversation";
import { createFormatter } from "@/lib/i18n/format";
import { createTranslate } from "@/lib/i18n/translate";
import { chatToolsSnapshot, compareSnapshot, messagesSnapshot } from "./fixtures";

// The share page's tool cards (#20), rendered as the server renders them.
const en = { t: createTranslate("en"), f: createFormatter("en") };
const render = (conversation: Parameters<typeof ConversationView>[0]["conversation"], i18n = en) =>
  renderToStaticMarkup(createElement(ConversationView, { conversation, budget: 100_000, ...i18n }));
const count = (html: string, text: string) => html.split(text).length - 1;

describe("tools on the share page", () => {
  it("a chat reply shows each step, its call card with pretty arguments and result, and the tool set", () => {
    const html = render(chatToolsSnapshot);
    expect(count(html, 'data-testid="share-step"')).toBe(2);
    expect(count(html, 'data-testid="share-tool-call"')).toBe(1);
    expect(html).toContain("&quot;city&quot;: &quot;Paris&quot;");
    expect(html).toContain("&quot;temperature&quot;: 17");
    expect(html).toContain('data-testid="share-tools"');
    expect(html).toContain("required (must call a tool)");
    expect(render(chatToolsSnapshot, { t: createTranslate("zh-CN"), f: createFormatter("zh-CN") })).toContain(
      "工具",
    );
  });

  it("Messages shows each result on its call's card; a result that answers no call stays visible", () => {
    const html = render({
      ...messagesSnapshot,
      tools: chatToolsSnapshot.tools,
      messages: [
        {
          role: "assistant",
          blocks: [
            { type: "tool_use", id: "toolu_1", name: "get_weather", input: { city: "Oslo" } },
            { type: "tool_result", tool_use_id: "toolu_1", content: "offline", is_error: true },
            { type: "tool_result", tool_use_id: "stray", content: "no call of mine" },
          ],
        },
      ],
    });
    expect(count(html, 'data-testid="share-tool-call"')).toBe(1);
    expect(html).toMatch(/data-testid="share-tool-call-result" data-error="true"[\s\S]*offline/);
    expect(html).toContain("no call of mine");
    expect(html).toContain("any (must call a tool)");
  });

  it("caps long arguments with the truncated note", () => {
    const reply = chatToolsSnapshot.messages[1];
    const long = JSON.stringify({ q: "x".repeat(30_000) });
    const html = render({
      ...chatToolsSnapshot,
      messages: [
        {
          ...reply,
          role: "assistant",
          content: "",
          steps: [{ content: "", toolCalls: [{ id: "c", name: "f", arguments: long }] }],
        },
      ],
    });
    expect(html).toContain('data-testid="truncated-note"');
    expect(html.length).toBeLessThan(30_000);
  });

  it("a comparison shows the tool set its panes shared once, above the panes", () => {
    const snapshot = { ...compareSnapshot, tools: chatToolsSnapshot.tools };
    const html = renderToStaticMarkup(createElement(SnapshotView, { snapshot, ...en }));
    expect(count(html, 'data-testid="share-tools"')).toBe(1);
    expect(html.indexOf('data-testid="share-tools"')).toBeLessThan(html.indexOf('data-testid="share-pane"'));
    expect(html).toContain("get_weather");
    const without = renderToStaticMarkup(createElement(SnapshotView, { snapshot: compareSnapshot, ...en }));
    expect(count(without, 'data-testid="share-tools"')).toBe(0);
  });
});
