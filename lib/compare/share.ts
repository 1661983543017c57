import { type PlaygroundMessage, textOf } from "@/lib/conversations/metadata";
import { toMessagesConfig } from "@/lib/messages/config-store";
import { paramsFromBody, paramsToBody } from "@/lib/schemas/chat-params";
import type { CompareSnapshot } from "@/lib/schemas/share";
import { type ComparePaneInput, compareSnapshotFrom } from "@/lib/shares/builders";
import { messagesFormFrom, messagesShareParams } from "@/lib/shares/messages-tab";
import { restoreChatMessages, restoreMessagesMessages } from "@/lib/shares/restore";
import { type ToolSettings, toolSettingsOf } from "@/lib/tools/spec";
import { defaultMessagesPaneParams, newPaneId, type PaneSetup, systemOf } from "./setup";
import type { CompareSetup } from "./url-state";

// The compare tab's side of share links: every pane (setup and conversation) into a snapshot, and a
// forked snapshot back into panes with their conversations and the tool set they share.

export function compareSnapshotFromPanes(
  setup: CompareSetup,
  messagesOf: (paneId: string) => readonly PlaygroundMessage[],
  tools?: ToolSettings,
): CompareSnapshot {
  const panes = setup.panes.map((pane): ComparePaneInput => {
    const common = {
      model: pane.model,
      vendor: pane.vendor,
      system: systemOf(pane, setup.system),
      messages: messagesOf(pane.id),
    };
    if (pane.api === "messages") {
      const config = toMessagesConfig({ ...pane.messages, ...common });
      return {
        api: "messages",
        ...common,
        anthropicVersion: config.anthropicVersion,
        params: messagesShareParams(config),
      };
    }
    return {
      api: "chat-completions",
      ...common,
      params: { ...paramsToBody(pane.chat), stream: pane.chat.stream },
    };
  });
  const firstPrompt = setup.panes.flatMap((p) => messagesOf(p.id)).find((m) => m.role === "user");
  return compareSnapshotFrom({ title: firstPrompt && textOf(firstPrompt), panes, tools });
}

/**
 * A shared comparison as panes (a system prompt every pane shares becomes the shared one), with the
 * tool set the panes send (none when the share has none).
 */
export function forkedSetup(snapshot: CompareSnapshot): {
  setup: CompareSetup;
  histories: Record<string, PlaygroundMessage[]>;
  tools: ToolSettings;
} {
  const systems = new Set(snapshot.panes.map((p) => p.system));
  const shared = systems.size === 1 ? (snapshot.panes[0]?.system ?? "") : "";
  const histories: Record<string, PlaygroundMessage[]> = {};
  const panes = snapshot.panes.map((c): PaneSetup => {
    const id = newPaneId();
    const base = { id, model: c.model, vendor: c.vendor, system: systems.size === 1 ? null : c.system };
    if (c.api === "messages") {
      const { model: _m, vendor: _v, system: _s, ...form } = messagesFormFrom(c);
      histories[id] = restoreMessagesMessages(c) as unknown as PlaygroundMessage[];
      return {
        ...base,
        api: "messages",
        chat: paramsFromBody({}),
        messages: { ...defaultMessagesPaneParams, ...form },
      };
    }
    histories[id] = restoreChatMessages(c) as unknown as PlaygroundMessage[];
    return {
      ...base,
      api: "chat-completions",
      chat: paramsFromBody(c.params as Record<string, unknown>),
      messages: defaultMessagesPaneParams,
    };
  });
  const setup = { panes, system: shared, sync: false, repeat: 1, prompt: "" };
  return { setup, histories, tools: toolSettingsOf(snapshot.tools) };
}
