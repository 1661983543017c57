import { exportChat } from "@/lib/chat/chat-completions-io";
import { importChat } from "@/lib/chat/chat-import";
import { useChatConfigStore } from "@/lib/chat/config-store";
import { loadAttachments } from "@/lib/conversations/attachment-watch";
import type { StoredConversation } from "@/lib/conversations/schema";
import { useConversationStore } from "@/lib/conversations/store";
import { saveFile } from "@/lib/save-file";
import { toolSettingsOf } from "@/lib/tools/spec";

// Loaded when the user exports or imports (components/chat/import-export.tsx), not with the page.

/**
 * Saves a conversation as a chat-completions JSON file (messages, tools, parameters); images go in as
 * the data URLs they are sent as (read back from this browser's IndexedDB).
 */
export async function downloadChat(active: StoredConversation): Promise<void> {
  const { model, params } = useChatConfigStore.getState();
  const body = exportChat({
    model,
    params,
    system: String(active.settings.system ?? ""),
    messages: await (await loadAttachments()).resolveAttachments(active.messages),
    tools: toolSettingsOf(active.settings.tools),
  });
  saveFile(
    new Blob([`${JSON.stringify(body, null, 2)}\n`], { type: "application/json" }),
    `${(active.title || "chat").replace(/[^\p{L}\p{N}_-]+/gu, "-").slice(0, 40)}.json`,
  );
}

/**
 * Opens a chat-completions JSON file as a new conversation; throws when it is not one. Answers how many
 * images were left out (over the caps a conversation sent from here has).
 */
export async function uploadChat(selected: File): Promise<{ droppedImages: number }> {
  const config = useChatConfigStore.getState();
  const snapshot = importChat(JSON.parse(await selected.text()), config.params);
  if (snapshot.model) config.setModel(snapshot.model);
  config.setParams(snapshot.params);
  useConversationStore.getState().create("chat", {
    title: selected.name.replace(/\.json$/i, ""),
    messages: (await loadAttachments()).withAttachmentRefs(snapshot.messages),
    settings: { system: snapshot.system, tools: snapshot.tools },
  });
  return { droppedImages: snapshot.droppedImages ?? 0 };
}
