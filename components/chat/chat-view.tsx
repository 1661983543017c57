"use client";

import { useEffect, useState } from "react";
import { lazyDialog } from "@/components/shared/lazy-dialog";
import { useChatUiStore } from "@/lib/chat/ui-store";
import { useConversationStore } from "@/lib/conversations/store";
import { useHydrated } from "@/lib/hooks/use-hydrated";
import { useOpenedOnce } from "@/lib/hooks/use-opened-once";
import { useT } from "@/lib/i18n/provider";
import { ChatSession } from "./chat-session";
import type { ChatSheetProps } from "./chat-sheet";
import { ConversationSidebar } from "./conversation-sidebar";
import { ParamsPanel } from "./params-panel";

// The sheets (Radix dialog parts) stay out of the first load; each is drawn once first opened.
const ChatSheetBody = lazyDialog(() => import("./chat-sheet").then((m) => m.ChatSheet));

function ChatSheet(props: ChatSheetProps) {
  const opened = useOpenedOnce(props.open);
  return opened ? <ChatSheetBody {...props} /> : null;
}

/**
 * The chat console: saved conversations (left), the active conversation, parameters (right). On narrow
 * screens the side columns open as sheets. Wider than the shell's column on large screens.
 */
export function ChatView() {
  const t = useT();
  const hydrated = useHydrated(useConversationStore);
  const tab = useConversationStore((s) => s.byTab.chat);
  const active = tab?.items.find((c) => c.id === tab.activeId);
  const [busy, setBusy] = useState(false);
  const ui = useChatUiStore();

  // There is always a conversation to type into.
  useEffect(() => {
    if (hydrated && !active) {
      const first = tab?.items[0];
      if (first) useConversationStore.getState().select("chat", first.id);
      else useConversationStore.getState().create("chat");
    }
  }, [hydrated, active, tab]);

  return (
    <div className="flex flex-1 gap-6 lg:mx-[calc((61rem_-_min(100vw_-_3rem,92rem))/2)]" data-layout="chat">
      <aside className="hidden w-56 shrink-0 lg:block">
        <div className="sticky top-20">
          <ConversationSidebar busy={busy} />
        </div>
      </aside>
      <div className="flex min-w-0 flex-1 flex-col">
        {active ? (
          <ChatSession key={active.id} conversation={active} onBusyChange={setBusy} />
        ) : (
          <div
            className="text-muted-foreground animate-pulse py-10 text-center text-sm"
            data-testid="chat-loading"
          >
            …
          </div>
        )}
      </div>
      <aside className="hidden w-72 shrink-0 xl:block">
        <div className="sticky top-20 max-h-[calc(100dvh-6rem)] overflow-y-auto pb-4">
          <ParamsPanel />
        </div>
      </aside>
      <ChatSheet open={ui.sidebarOpen} onOpenChange={ui.setSidebarOpen} title={t("chat.sidebar.title")}>
        <ConversationSidebar busy={busy} onPicked={() => ui.setSidebarOpen(false)} />
      </ChatSheet>
      <ChatSheet open={ui.paramsOpen} onOpenChange={ui.setParamsOpen} title={t("chat.params.title")}>
        <ParamsPanel />
      </ChatSheet>
    </div>
  );
}
