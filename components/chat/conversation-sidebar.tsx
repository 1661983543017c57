"use client";

import { PlusIcon, Trash2Icon } from "lucide-react";
import { lazyDialog } from "@/components/shared/lazy-dialog";
import { Button } from "@/components/ui/button";
import { useConversationStore } from "@/lib/conversations/store";
import { useFormat, useT } from "@/lib/i18n/provider";
import { cn } from "@/lib/utils";

// Export and import are used now and then: their buttons come right after the page's load event.
const ImportExport = lazyDialog(() => import("./import-export").then((m) => m.ImportExport));

/** Saved conversations of the chat tab, newest first; switching is off while a reply streams. */
export function ConversationSidebar({ busy, onPicked }: { busy: boolean; onPicked?: () => void }) {
  const t = useT();
  const f = useFormat();
  const tab = useConversationStore((s) => s.byTab.chat);
  const items = tab?.items ?? [];
  const active = items.find((c) => c.id === tab?.activeId);
  const store = useConversationStore.getState;
  return (
    <nav
      aria-label={t("chat.sidebar.title")}
      className="flex min-w-0 flex-col gap-2"
      data-testid="chat-sidebar"
    >
      <div className="flex items-center justify-between">
        <h2 className="text-sm font-semibold">{t("chat.sidebar.title")}</h2>
        <Button
          variant="ghost"
          size="icon-sm"
          disabled={busy}
          onClick={() => {
            store().create("chat");
            onPicked?.();
          }}
          title={t("chat.newChat")}
          aria-label={t("chat.newChat")}
          data-testid="chat-sidebar-new"
        >
          <PlusIcon aria-hidden />
        </Button>
      </div>
      <ul className="flex max-h-[60dvh] flex-col gap-0.5 overflow-y-auto">
        {items.map((c) => (
          <li key={c.id} className="group/item flex items-center">
            <button
              type="button"
              disabled={busy && c.id !== active?.id}
              onClick={() => {
                store().select("chat", c.id);
                onPicked?.();
              }}
              aria-current={c.id === active?.id ? "page" : undefined}
              className={cn(
                "min-w-0 flex-1 rounded-md px-2 py-1.5 text-left text-sm disabled:opacity-50",
                c.id === active?.id ? "bg-muted font-medium" : "hover:bg-muted/60",
              )}
              data-testid="chat-conversation"
            >
              <span className="block truncate">{c.title || t("chat.sidebar.untitled")}</span>
              <span className="text-muted-foreground block text-xs">
                {t("chat.sidebar.messages", { count: f.number(c.messages.length) })}
              </span>
            </button>
            <Button
              variant="ghost"
              size="icon-sm"
              disabled={busy && c.id === active?.id}
              onClick={() => store().remove("chat", c.id)}
              title={t("chat.sidebar.delete")}
              aria-label={t("chat.sidebar.delete")}
              className="text-muted-foreground opacity-60 group-hover/item:opacity-100"
              data-testid="chat-conversation-delete"
            >
              <Trash2Icon aria-hidden />
            </Button>
          </li>
        ))}
      </ul>
      <ImportExport active={active} disabled={busy} />
    </nav>
  );
}
