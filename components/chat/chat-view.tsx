"use client";

import { useState } from "react";
import { ConversationLayout } from "@/components/shared/conversation-layout";
import { lazyDialog } from "@/components/shared/lazy-dialog";
import { SideSheet } from "@/components/shared/lazy-side-sheet";
import { useConversationStore } from "@/lib/conversations/store";
import { useConversationUiStore } from "@/lib/conversations/ui-store";
import { useActiveConversation } from "@/lib/conversations/use-active-conversation";
import { useHydrated } from "@/lib/hooks/use-hydrated";
import { useT } from "@/lib/i18n/provider";
import { ChatSession } from "./chat-session";
import { ParamsPanel } from "./params-panel";

// Export and import are used now and then: their buttons come right after the page's load event.
const ImportExport = lazyDialog(() => import("./import-export").then((m) => m.ImportExport));

/**
 * The chat console: saved conversations (left), the active conversation, parameters (right). On narrow
 * screens the side columns open as sheets.
 */
export function ChatView() {
  const t = useT();
  const hydrated = useHydrated(useConversationStore);
  const active = useActiveConversation("chat", hydrated);
  const [busy, setBusy] = useState(false);
  const paramsOpen = useConversationUiStore((s) => s.paramsOpen);
  const setParamsOpen = useConversationUiStore((s) => s.setParamsOpen);

  return (
    <ConversationLayout
      tab="chat"
      busy={busy}
      sidebarFooter={<ImportExport active={active} disabled={busy} />}
      side={
        <>
          <aside className="hidden w-72 shrink-0 xl:block">
            <div className="sticky top-20 max-h-[calc(100dvh-6rem)] overflow-y-auto pb-4">
              <ParamsPanel />
            </div>
          </aside>
          <SideSheet open={paramsOpen} onOpenChange={setParamsOpen} title={t("chat.params.title")}>
            <ParamsPanel />
          </SideSheet>
        </>
      }
    >
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
    </ConversationLayout>
  );
}
