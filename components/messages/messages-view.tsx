"use client";

import { useEffect } from "react";
import { MessagesSession } from "@/components/messages/messages-session";
import { useConversationStore } from "@/lib/conversations/store";
import { useHydrated } from "@/lib/hooks/use-hydrated";
import { useT } from "@/lib/i18n/provider";
import { useMessagesConfigStore } from "@/lib/messages/config-store";
import { ConversationBar } from "./conversation-bar";
import { MessagesSettings } from "./messages-settings";

/** The Messages tab: request settings, then the active saved conversation. */
export function MessagesView() {
  const t = useT();
  const hydrated = useHydrated(useConversationStore, useMessagesConfigStore);
  const tab = useConversationStore((s) => s.byTab.messages);
  const active = tab?.items.find((c) => c.id === tab.activeId);

  // Always have a conversation to type into (the first visit, or after deleting the last one).
  useEffect(() => {
    if (hydrated && !active) useConversationStore.getState().create("messages");
  }, [hydrated, active]);

  return (
    <div className="flex flex-1 flex-col gap-3 lg:grid lg:grid-cols-[minmax(0,1fr)_20rem] lg:items-start lg:gap-6">
      <aside className="lg:sticky lg:top-28 lg:order-2 lg:max-h-[calc(100dvh-8rem)] lg:overflow-y-auto">
        <MessagesSettings />
      </aside>
      <div className="flex min-h-full min-w-0 flex-1 flex-col lg:order-1">
        <p className="text-muted-foreground text-sm">{t("messages.intro")}</p>
        {active && tab && (
          <MessagesSession
            key={active.id}
            conversationId={active.id}
            initialMessages={active.messages}
            initialSettings={active.settings}
            toolbar={(busy) => <ConversationBar items={tab.items} activeId={active.id} busy={busy} />}
          />
        )}
      </div>
    </div>
  );
}
