import { DEFAULT_MESSAGES_MODEL, defaultMessagesForm, type MessagesForm } from "@/lib/messages/config-store";
import { DEFAULT_MESSAGES_VENDOR } from "@/lib/messages/request";
import { preferredChatModel } from "@/lib/queries/models";
import { type ChatParams, defaultChatParams } from "@/lib/schemas/chat-params";

// One compare pane's setup: which API, model and vendor it asks, with which parameters and (when set)
// its own system prompt. It is what the URL and a share carry; replies and keys never are.

export const paneApis = ["chat-completions", "messages"] as const;
export type PaneApi = (typeof paneApis)[number];

/** The Messages form without the fields a pane keeps itself (model, vendor, system). */
export type MessagesPaneParams = Omit<MessagesForm, "model" | "vendor" | "system">;

export interface PaneSetup {
  id: string;
  api: PaneApi;
  model: string;
  vendor: string;
  /** Own system prompt; null = the shared one. */
  system: string | null;
  chat: ChatParams;
  messages: MessagesPaneParams;
}

export const MIN_PANES = 2;
export const MAX_PANES = 6;
export const DEFAULT_CHAT_MODEL = preferredChatModel;
export const DEFAULT_COMPARE_MESSAGES_MODEL = DEFAULT_MESSAGES_MODEL;

const { model: _m, vendor: _v, system: _s, ...messagesDefaults } = defaultMessagesForm;
export const defaultMessagesPaneParams: MessagesPaneParams = messagesDefaults;

let counter = 0;
/** A pane id, unique within the page (the compare route accepts `^[A-Za-z0-9_-]{1,32}$`). */
export function newPaneId(): string {
  counter += 1;
  return `p${Date.now().toString(36)}${counter.toString(36)}`;
}

export function newPane(api: PaneApi = "chat-completions", model?: string): PaneSetup {
  return {
    id: newPaneId(),
    api,
    model: model ?? (api === "messages" ? DEFAULT_COMPARE_MESSAGES_MODEL : DEFAULT_CHAT_MODEL),
    vendor: api === "messages" ? DEFAULT_MESSAGES_VENDOR : "",
    system: null,
    chat: defaultChatParams,
    messages: defaultMessagesPaneParams,
  };
}

/** What a first visit shows: an OpenAI-style and a Claude model, each on its own API. */
export function defaultPanes(): PaneSetup[] {
  return [newPane("chat-completions"), newPane("messages")];
}

export function duplicatePane(pane: PaneSetup): PaneSetup {
  return { ...pane, id: newPaneId() };
}

/** The system prompt a pane sends. */
export function systemOf(pane: PaneSetup, shared: string): string {
  return pane.system ?? shared;
}
