import { useChatConfigStore } from "@/lib/chat/config-store";
import { attachmentsWritten, withAttachmentRefs } from "@/lib/conversations/attachments";
import type { PlaygroundMessage } from "@/lib/conversations/metadata";
import { useConversationStore } from "@/lib/conversations/store";
import { rehydrate } from "@/lib/hooks/use-hydrated";
import { paramsFromBody } from "@/lib/schemas/chat-params";
import type { ChatSnapshot, ShareSnapshot } from "@/lib/schemas/share";
import { useSettingsStore } from "@/lib/settings/store";
import { applyMessagesFork } from "./messages-tab";
import { forkPaths, writePendingFork } from "./pending-fork";
import { restoreChatMessages } from "./restore";

// "Open in my playground": the snapshot becomes this browser's own state, run with this browser's
// key. Chat and messages become a new saved conversation (the tab opens its active one); images,
// videos and compare take the snapshot from a pending slot (see pending-fork.ts).

async function hydrated(): Promise<void> {
  await Promise.all([useConversationStore, useChatConfigStore, useSettingsStore].map(rehydrate));
}

function forkChat(s: ChatSnapshot): void {
  const config = useChatConfigStore.getState();
  if (s.model) config.setModel(s.model);
  config.setParams(paramsFromBody(s.params as Record<string, unknown>, config.params));
  if (s.vendor) useSettingsStore.getState().setVendor(s.vendor);
  useConversationStore.getState().create("chat", {
    title: s.title ?? "",
    // The restored shape is the UI message shape the store keeps (text/reasoning parts, metadata).
    messages: withAttachmentRefs(restoreChatMessages(s) as unknown as PlaygroundMessage[]),
    settings: { system: s.system, ...(s.tools && { tools: s.tools }) },
  });
}

/** Applies the snapshot to this browser's playground; returns the tab to open. */
export async function forkSnapshot(snapshot: ShareSnapshot): Promise<string> {
  await hydrated();
  // A prompt joins the library and its latest version opens in its tab (a lazy chunk: IndexedDB).
  if (snapshot.kind === "prompt") return (await import("@/lib/prompts/fork-prompt")).forkPrompt(snapshot);
  if (snapshot.kind === "chat") forkChat(snapshot);
  else if (snapshot.kind === "messages") await applyMessagesFork(snapshot);
  else writePendingFork(snapshot);
  // The forked conversation's images are in IndexedDB before its tab opens.
  await attachmentsWritten();
  return forkPaths[snapshot.kind];
}
