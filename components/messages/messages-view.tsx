"use client";

import { useState } from "react";
import { MessagesSession } from "@/components/messages/messages-session";
import { ConversationLayout } from "@/components/shared/conversation-layout";
import { lazyDialog } from "@/components/shared/lazy-dialog";
import { useConversationStore } from "@/lib/conversations/store";
import { useActiveConversation } from "@/lib/conversations/use-active-conversation";
import { useHydrated } from "@/lib/hooks/use-hydrated";
import { useT } from "@/lib/i18n/provider";
import { useMessagesConfigStore } from "@/lib/messages/config-store";
import { useThreadImages } from "@/lib/messages/use-thread-images";

// The request form (model picker, fields) is fetched right after the load event: it reads and writes
// the config store, which requests are built from, so nothing waits on it. Until it is there its place
// keeps the height of its folded header (phones, where it sits above the conversation).
const MessagesSettings = lazyDialog(() => import("./messages-settings").then((m) => m.MessagesSettings));

/** The Messages tab: saved conversations (left), the active conversation, its request settings (right). */
export function MessagesView() {
  const t = useT();
  const hydrated = useHydrated(useConversationStore, useMessagesConfigStore);
  const active = useActiveConversation("messages", hydrated);
  const thread = useThreadImages(active);
  const [busy, setBusy] = useState(false);

  return (
    <ConversationLayout tab="messages" busy={busy}>
      <div className="flex flex-1 flex-col gap-3 xl:grid xl:grid-cols-[minmax(0,1fr)_20rem] xl:items-start xl:gap-6">
        <aside className="min-h-[2.375rem] xl:sticky xl:top-20 xl:order-2 xl:max-h-[calc(100dvh-6rem)] xl:overflow-y-auto">
          <MessagesSettings />
        </aside>
        <div className="flex min-h-full min-w-0 flex-1 flex-col xl:order-1">
          <p className="text-muted-foreground text-sm">{t("messages.intro")}</p>
          {active && thread && (
            <MessagesSession
              key={active.id}
              conversation={active}
              initialMessages={thread}
              onBusyChange={setBusy}
            />
          )}
        </div>
      </div>
    </ConversationLayout>
  );
}
