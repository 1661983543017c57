"use client";

import type { ReactNode } from "react";
import type { ConversationTab } from "@/lib/conversations/store";
import { useConversationUiStore } from "@/lib/conversations/ui-store";
import { useT } from "@/lib/i18n/provider";
import { ConversationSidebar } from "./conversation-sidebar";
import { SideSheet } from "./lazy-side-sheet";

interface Props {
  tab: ConversationTab;
  busy: boolean;
  /** Under the conversation list (chat: import and export). */
  sidebarFooter?: ReactNode;
  /** The conversation column. */
  children: ReactNode;
  /** After the conversation column (chat: its parameters column and sheet). */
  side?: ReactNode;
}

/**
 * A conversation tab's page (chat, Messages): the saved conversations on the left (a sheet on narrow
 * screens), the conversation, and the tab's own column. Wider than the shell's column on large screens;
 * the header lines up with it (site-header.tsx reads data-layout).
 */
export function ConversationLayout({ tab, busy, sidebarFooter, children, side }: Props) {
  const t = useT();
  const ui = useConversationUiStore();
  const sidebar = { tab, busy, footer: sidebarFooter };
  return (
    <div className="flex flex-1 gap-6 lg:mx-[calc((61rem_-_min(100vw_-_3rem,92rem))/2)]" data-layout={tab}>
      <aside className="hidden w-56 shrink-0 lg:block">
        <div className="sticky top-20">
          <ConversationSidebar {...sidebar} />
        </div>
      </aside>
      <div className="flex min-w-0 flex-1 flex-col">{children}</div>
      {side}
      <SideSheet open={ui.sidebarOpen} onOpenChange={ui.setSidebarOpen} title={t("chat.sidebar.title")}>
        <ConversationSidebar {...sidebar} onPicked={() => ui.setSidebarOpen(false)} />
      </SideSheet>
    </div>
  );
}
