import { resolveAttachments, withAttachmentRefs } from "@/lib/conversations/attachments";
import type { PlaygroundMessage } from "@/lib/conversations/metadata";
import { useConversationStore } from "@/lib/conversations/store";
import { rehydrate } from "@/lib/hooks/use-hydrated";
import { type MessagesForm, toMessagesConfig, useMessagesConfigStore } from "@/lib/messages/config-store";
import type { MessagesConfig } from "@/lib/messages/request";
import type { MessagesConversation, MessagesSnapshot } from "@/lib/schemas/share";
import { messagesSnapshotFrom } from "./builders";
import { restoreMessagesMessages } from "./restore";

// The messages tab's side of share links: its snapshot read from its stores (for MessagesShareButton)
// and a forked snapshot applied to them (by fork.ts).

/** The active messages conversation and the Messages form; undefined when there is nothing to share. */
export async function messagesSnapshotFromStores(): Promise<MessagesSnapshot | undefined> {
  const state = useConversationStore.getState().byTab.messages;
  const conversation = state?.items.find((c) => c.id === state.activeId);
  if (!conversation || conversation.messages.length === 0) return undefined;
  const c = toMessagesConfig(useMessagesConfigStore.getState().form);
  return messagesSnapshotFrom({
    title: conversation.title || undefined,
    model: c.model,
    vendor: c.vendor,
    anthropicVersion: c.anthropicVersion,
    system: c.system,
    params: messagesShareParams(c),
    messages: await resolveAttachments(conversation.messages),
    tools: conversation.settings.tools,
  });
}

/** The body fields a Messages config sends, as a share keeps them (also used by compare panes). */
export function messagesShareParams(c: MessagesConfig) {
  return {
    max_tokens: c.maxTokens,
    temperature: c.temperature,
    top_p: c.topP,
    top_k: c.topK,
    ...(c.stopSequences.length > 0 ? { stop_sequences: c.stopSequences } : {}),
    ...(c.thinking ? { thinking: { type: "enabled" as const, budget_tokens: c.budgetTokens } } : {}),
    stream: c.stream,
  };
}

/** A shared Messages conversation's settings as the Messages form (also used by compare panes). */
export function messagesFormFrom(s: MessagesConversation): Partial<MessagesForm> {
  const p = s.params;
  const text = (v: number | undefined) => (v === undefined ? "" : String(v));
  return {
    model: s.model,
    system: s.system,
    vendor: s.vendor,
    anthropicVersion: s.anthropicVersion,
    maxTokens: text(p.max_tokens),
    temperature: text(p.temperature),
    topP: text(p.top_p),
    topK: text(p.top_k),
    stopSequences: (p.stop_sequences ?? []).join("\n"),
    thinking: p.thinking?.type === "enabled",
    ...(p.thinking?.type === "enabled" ? { budgetTokens: String(p.thinking.budget_tokens) } : {}),
    ...(p.stream !== undefined ? { stream: p.stream } : {}),
  };
}

/** A forked messages snapshot becomes the form and a new saved conversation. */
export async function applyMessagesFork(s: MessagesSnapshot): Promise<void> {
  await Promise.all([rehydrate(useConversationStore), rehydrate(useMessagesConfigStore)]);
  useMessagesConfigStore.getState().set(messagesFormFrom(s));
  useConversationStore.getState().create("messages", {
    title: s.title ?? "",
    messages: withAttachmentRefs(restoreMessagesMessages(s) as unknown as PlaygroundMessage[]),
    settings: { system: s.system, ...(s.tools && { tools: s.tools }) },
  });
}
