"use client";

import { PlusIcon, Trash2Icon } from "lucide-react";
import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { type ConversationTab, startConversation, useConversationStore } from "@/lib/conversations/store";
import { useFormat, useT } from "@/lib/i18n/provider";
import { cn } from "@/lib/utils";
import { useNewConversationLabel } from "./conversation-buttons";

interface Props {
  tab: ConversationTab;
  busy: boolean;
  /** Called after a pick or a new conversation (the sheet closes). */
  onPicked?: () => void;
  /** Under the list (chat: import and export). */
  footer?: ReactNode;
}

/** Saved conversations of a tab, newest first; switching is off while a reply streams. */
export function ConversationSidebar({ tab, busy, onPicked, footer }: Props) {
  const newLabel = useNewConversationLabel(tab);
  const t = useT();
  const f = useFormat();
  const state = useConversationStore((s) => s.byTab[tab]);
  const items = state?.items ?? [];
  const activeId = state?.activeId;
  const store = useConversationStore.getState;
  return (
    <nav
      aria-label={t("chat.sidebar.title")}
      className="flex min-w-0 flex-col gap-2"
      data-testid={`${tab}-sidebar`}
    >
      <div className="flex items-center justify-between">
        <h2 className="text-sm font-semibold">{t("chat.sidebar.title")}</h2>
        <Button
          variant="ghost"
          size="icon-sm"
          disabled={busy}
          onClick={() => {
            startConversation(tab);
            onPicked?.();
          }}
          title={newLabel}
          aria-label={newLabel}
          data-testid={`${tab}-sidebar-new`}
        >
          <PlusIcon aria-hidden />
        </Button>
      </div>
      <ul className="flex max-h-[60dvh] flex-col gap-0.5 overflow-y-auto">
        {items.map((c) => (
          <li key={c.id} className="group/item flex items-center">
            <button
              type="button"
              disabled={busy && c.id !== activeId}
              onClick={() => {
                store().select(tab, c.id);
                onPicked?.();
              }}
              aria-current={c.id === activeId ? "page" : undefined}
              className={cn(
                "min-w-0 flex-1 rounded-md px-2 py-1.5 text-left text-sm disabled:opacity-50",
                c.id === activeId ? "bg-muted font-medium" : "hover:bg-muted/60",
              )}
              data-testid={`${tab}-conversation`}
            >
              <span className="block truncate">{c.title || t("chat.sidebar.untitled")}</span>
              <span className="text-muted-foreground block text-xs">
                {t("chat.sidebar.messages", { count: f.number(c.messages.length) })}
              </span>
            </button>
            <Button
              variant="ghost"
              size="icon-sm"
              disabled={busy && c.id === activeId}
              onClick={() => store().remove(tab, c.id)}
              title={t("chat.sidebar.delete")}
              aria-label={t("chat.sidebar.delete")}
              className="text-muted-foreground opacity-60 group-hover/item:opacity-100"
              data-testid={`${tab}-conversation-delete`}
            >
              <Trash2Icon aria-hidden />
            </Button>
          </li>
        ))}
      </ul>
      {footer}
    </nav>
  );
}
