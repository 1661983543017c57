import { describe, expect, it } from "vitest";
import { exportChat } from "@/lib/chat/chat-completions-io";
import { useChatConfigStore } from "@/lib/chat/config-store";
import type { PlaygroundMessage } from "@/lib/conversations/metadata";
import { useConversationStore } from "@/lib/conversations/store";
import { parkBranch } from "@/lib/conversations/versions";
import { emptyToolSettings } from "@/lib/tools/spec";
import { chatSnapshotFromStores } from "./from-stores";
import { messagesSnapshotFromStores } from "./messages-tab";

const say = (id: string, role: "user" | "assistant", text: string): PlaygroundMessage => ({
  id,
  role,
  parts: [{ type: "text", text }],
});

// #20: shares and export carry the version on screen only; the parked ones stay in the browser.
describe("answer versions in shares and export", () => {
  it("carry the thread on screen, not the other versions of its turns", async () => {
    const older = [say("u1", "user", "Question"), say("a1", "assistant", "PARKED answer")];
    const shown = [older[0] as PlaygroundMessage, say("a2", "assistant", "Shown answer")];
    const versions = { a2: parkBranch({}, older, 1)["@1"] ?? { before: [], after: [] } };
    for (const tab of ["chat", "messages"] as const) {
      const store = useConversationStore.getState();
      const id = store.create(tab);
      store.saveMessages(tab, id, shown, versions);
    }
    const snapshots = [await chatSnapshotFromStores(), await messagesSnapshotFromStores()];
    for (const snapshot of snapshots) {
      expect(JSON.stringify(snapshot)).toContain("Shown answer");
      expect(JSON.stringify(snapshot)).not.toContain("PARKED");
    }
    const active = useConversationStore.getState().byTab.chat?.items[0];
    const { model, params } = useChatConfigStore.getState();
    const body = exportChat({
      model,
      params,
      system: "",
      messages: active?.messages ?? [],
      tools: emptyToolSettings,
    });
    expect(JSON.stringify(body)).toContain("Shown answer");
    expect(JSON.stringify(body)).not.toContain("PARKED");
    expect(active?.versions).toEqual(versions);
  });
});
