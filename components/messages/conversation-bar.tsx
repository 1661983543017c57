"use client";

import { PlusIcon, Trash2Icon } from "lucide-react";
import { useId } from "react";
import { Button } from "@/components/ui/button";
import type { StoredConversation } from "@/lib/conversations/schema";
import { useConversationStore } from "@/lib/conversations/store";
import { useT } from "@/lib/i18n/provider";
import { focusPromptSoon } from "@/lib/shortcuts/prompt";
import { useShortcuts } from "@/lib/shortcuts/use-shortcuts";

interface Props {
  items: StoredConversation[];
  activeId: string;
  busy: boolean;
}

/** Pick, start or delete a saved Messages conversation. */
export function ConversationBar({ items, activeId, busy }: Props) {
  const t = useT();
  const id = useId();
  const store = useConversationStore.getState;
  const active = items.find((c) => c.id === activeId);
  const canStart = !busy && (active?.messages.length ?? 0) > 0;
  useShortcuts({
    newConversation: canStart
      ? () => {
          store().create("messages");
          focusPromptSoon();
        }
      : undefined,
  });
  return (
    <div className="flex min-w-0 items-center gap-1">
      <label htmlFor={id} className="sr-only">
        {t("messages.conversation")}
      </label>
      <select
        id={id}
        value={activeId}
        disabled={busy}
        onChange={(e) => store().select("messages", e.target.value)}
        className="border-input bg-background h-8 max-w-[14rem] min-w-0 truncate rounded-md border px-2 text-sm"
        data-testid="messages-conversation"
      >
        {items.map((c) => (
          <option key={c.id} value={c.id}>
            {c.title || t("messages.untitled")}
          </option>
        ))}
      </select>
      <Button
        variant="ghost"
        size="sm"
        disabled={!canStart}
        onClick={() => store().create("messages")}
        aria-keyshortcuts="n"
        data-testid="messages-new"
      >
        <PlusIcon aria-hidden />
        <span className="max-sm:sr-only">{t("messages.newConversation")}</span>
      </Button>
      <Button
        variant="ghost"
        size="icon-sm"
        disabled={busy}
        onClick={() => store().remove("messages", activeId)}
        aria-label={t("messages.deleteConversation")}
        title={t("messages.deleteConversation")}
        data-testid="messages-delete"
      >
        <Trash2Icon aria-hidden />
      </Button>
    </div>
  );
}
