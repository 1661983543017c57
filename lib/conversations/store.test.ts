import { beforeEach, describe, expect, it } from "vitest";
import type { PlaygroundMessage } from "@/lib/conversations/metadata";
import { parseStoredTabs } from "./schema";
import { startConversation, useConversationStore } from "./store";

const hello: PlaygroundMessage = {
  id: "u1",
  role: "user",
  parts: [{ type: "text", text: "Hello   world\nagain" }],
};

describe("conversation store", () => {
  beforeEach(() => useConversationStore.setState({ byTab: {} }));

  it("keeps conversations per tab, titles them from the first user message and selects the newest", () => {
    const s = useConversationStore.getState();
    const a = s.create("chat");
    const b = s.create("messages", { settings: { system: "x" } });
    s.saveMessages("chat", a, [hello]);
    const { byTab } = useConversationStore.getState();
    expect(byTab.chat?.items.map((c) => c.title)).toEqual(["Hello world again"]);
    expect(byTab.chat?.activeId).toBe(a);
    expect(byTab.messages?.items[0]?.id).toBe(b);
    expect(byTab.messages?.items[0]?.settings).toEqual({ system: "x" });
  });

  it("a failed first send (prompt taken back) leaves no title behind; a renamed title stays", () => {
    const s = useConversationStore.getState();
    const a = s.create("chat");
    s.saveMessages("chat", a, [hello]);
    s.saveMessages("chat", a, []);
    expect(useConversationStore.getState().byTab.chat?.items[0]?.title).toBe("");

    s.saveMessages("chat", a, [hello]);
    s.rename("chat", a, "Mine");
    s.saveMessages("chat", a, []);
    expect(useConversationStore.getState().byTab.chat?.items[0]?.title).toBe("Mine");
  });

  it("moves the selection to another conversation when the active one is removed", () => {
    const s = useConversationStore.getState();
    const a = s.create("chat");
    const b = s.create("chat");
    s.remove("chat", b);
    expect(useConversationStore.getState().byTab.chat).toMatchObject({ activeId: a, items: [{ id: a }] });
  });

  it("New picks an empty conversation of the tab instead of piling up another (#19)", () => {
    const s = useConversationStore.getState();
    const empty = startConversation("messages");
    expect(startConversation("messages")).toBe(empty);
    s.saveMessages("messages", empty, [hello]);
    const second = startConversation("messages");
    expect(second).not.toBe(empty);
    s.select("messages", empty);
    expect(startConversation("messages")).toBe(second);
    expect(useConversationStore.getState().byTab.messages?.activeId).toBe(second);
    // A conversation with a system prompt is not empty; chat's list is its own.
    s.saveSettings("messages", second, { system: "Be brief" });
    expect(startConversation("messages")).not.toBe(second);
    expect(useConversationStore.getState().byTab.messages?.items).toHaveLength(3);
    expect(useConversationStore.getState().byTab.chat).toBeUndefined();
  });

  it("drops unreadable stored entries and keeps the readable ones", () => {
    const good = { id: "c1", title: "t", createdAt: 1, updatedAt: 2, messages: [hello], settings: {} };
    const tabs = parseStoredTabs({
      chat: {
        items: [good, { id: 5 }, { ...good, id: "c2", messages: [{ role: "robot" }] }],
        activeId: "c1",
      },
      messages: "nonsense",
    });
    expect(tabs.chat?.items.map((c) => c.id)).toEqual(["c1"]);
    expect(tabs.chat?.activeId).toBe("c1");
    expect(tabs.messages?.items).toEqual([]);
  });

  it("keeps a turn's versions with the thread; unreadable versions go, the conversation stays", () => {
    const s = useConversationStore.getState();
    const a = s.create("chat");
    const versions = { a2: { before: [[{ ...hello, id: "a1", role: "assistant" as const }]], after: [] } };
    s.saveMessages("chat", a, [hello], versions);
    s.saveMessages("chat", a, [hello]);
    const stored = useConversationStore.getState().byTab.chat?.items[0];
    expect(stored?.versions).toEqual(versions);
    const good = { id: "c1", title: "t", createdAt: 1, updatedAt: 2, messages: [hello], settings: {} };
    const tabs = parseStoredTabs({
      chat: {
        items: [
          { ...good, versions },
          { ...good, id: "c2", versions: { x: { before: 1 } } },
        ],
      },
    });
    expect(tabs.chat?.items.map((c) => [c.id, c.versions])).toEqual([
      ["c1", versions],
      ["c2", undefined],
    ]);
  });
});
