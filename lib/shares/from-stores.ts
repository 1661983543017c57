import { useChatConfigStore } from "@/lib/chat/config-store";
import { resolveAttachments } from "@/lib/conversations/attachments";
import { useConversationStore } from "@/lib/conversations/store";
import { preferredChatModel } from "@/lib/queries/models";
import { paramsToBody } from "@/lib/schemas/chat-params";
import type { ChatSnapshot } from "@/lib/schemas/share";
import { useSettingsStore } from "@/lib/settings/store";
import { chatSnapshotFrom } from "./builders";

// The chat tab's snapshot read from its persisted stores (the active conversation, model, parameters
// and vendor), so its Share button needs no props from the tab. Messages are saved when a reply
// settles: a reply still streaming is not part of the snapshot.

function activeConversation(tab: "chat") {
  const state = useConversationStore.getState().byTab[tab];
  return state?.items.find((c) => c.id === state.activeId);
}

export async function chatSnapshotFromStores(): Promise<ChatSnapshot | undefined> {
  const conversation = activeConversation("chat");
  if (!conversation || conversation.messages.length === 0) return undefined;
  const { model, params } = useChatConfigStore.getState();
  return chatSnapshotFrom({
    title: conversation.title || undefined,
    model: model.trim() || preferredChatModel,
    vendor: useSettingsStore.getState().vendor,
    system: typeof conversation.settings.system === "string" ? conversation.settings.system : "",
    params: { ...paramsToBody(params), stream: params.stream },
    // Attached images as the data URLs they were sent as (the builders keep those within the cap).
    messages: await resolveAttachments(conversation.messages),
    tools: conversation.settings.tools,
  });
}
