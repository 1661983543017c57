import { useChatConfigStore } from "@/lib/chat/config-store";
import { toMessagesConfig, useMessagesConfigStore } from "@/lib/messages/config-store";
import { preferredChatModel } from "@/lib/queries/models";
import { paramsToBody } from "@/lib/schemas/chat-params";
import type { ChatConversation, MessagesConversation } from "@/lib/schemas/share";
import { useSettingsStore } from "@/lib/settings/store";
import { chatConversationFrom, type MessageLike, messagesConversationFrom } from "@/lib/shares/builders";
import { messagesShareParams } from "@/lib/shares/messages-tab";
import type { ToolSettings } from "@/lib/tools/spec";
import type { PromptMessage, PromptSetup } from "./schema";
import { withToolSet } from "./setup-tools";

// The setup of the chat or Messages tab as a prompt: the same allowlisted conversion a share uses
// (lib/shares/builders), keeping what is sent (model, vendor, system, parameters, message text) and
// leaving out replies' metrics, reasoning, images and request ids. Text typed in the composer and not
// sent yet is the last user message, so a draft prompt can be saved before it is run. The
// conversation's tool set goes along in that API's wire form (lib/prompts/setup-tools).

const draftTurn = (text: string): MessageLike[] =>
  text.trim() ? [{ role: "user", parts: [{ type: "text", text }] }] : [];

function common(c: ChatConversation | MessagesConversation, messages: PromptMessage[]) {
  return {
    model: c.model,
    ...(c.vendor ? { vendor: c.vendor } : {}),
    system: c.system,
    messages,
    params: JSON.parse(JSON.stringify(c.params)) as PromptSetup["params"],
  };
}

export interface TabDraft {
  system: string;
  messages: readonly MessageLike[];
  /** Text in the composer, not sent yet. */
  pending: string;
  /** The conversation's tools (the tool editor's settings). */
  tools: ToolSettings;
}

/** The chat tab's setup: its model, parameters and vendor from the stores, the rest from the session. */
export function chatPromptSetup({ system, messages, pending, tools }: TabDraft): PromptSetup {
  const { model, params } = useChatConfigStore.getState();
  const c = chatConversationFrom({
    model: model.trim() || preferredChatModel,
    vendor: useSettingsStore.getState().vendor,
    system,
    params: { ...paramsToBody(params), stream: params.stream },
    messages: [...messages, ...draftTurn(pending)],
  });
  const setup: PromptSetup = {
    api: "chat",
    ...common(
      c,
      c.messages.map(({ role, content }) => ({ role, content })),
    ),
  };
  return withToolSet(setup, tools);
}

/** The Messages tab's setup (its system prompt lives in the Messages form). */
export function messagesPromptSetup({ messages, pending, tools }: Omit<TabDraft, "system">): PromptSetup {
  const config = toMessagesConfig(useMessagesConfigStore.getState().form);
  const c = messagesConversationFrom({
    model: config.model,
    vendor: config.vendor,
    anthropicVersion: config.anthropicVersion,
    system: config.system,
    params: messagesShareParams(config),
    messages: [...messages, ...draftTurn(pending)],
  });
  const text = c.messages.map(({ role, blocks }) => ({
    role,
    content: blocks.map((b) => (b.type === "text" ? b.text : "")).join(""),
  }));
  return withToolSet({ api: "messages", ...common(c, text) }, tools);
}
