"use client";

import { MessagesSquareIcon, PlusIcon, ScanSearchIcon } from "lucide-react";
import { Button } from "@/components/ui/button";
import type { ConversationTab } from "@/lib/conversations/store";
import { useConversationUiStore } from "@/lib/conversations/ui-store";
import { useT } from "@/lib/i18n/provider";

type Variant = "outline" | "ghost";

/** Opens the conversation list on screens too narrow for the sidebar. */
export function ConversationsButton({ tab }: { tab: ConversationTab }) {
  const t = useT();
  const setSidebarOpen = useConversationUiStore((s) => s.setSidebarOpen);
  return (
    <Button
      variant="outline"
      size="sm"
      className="lg:hidden"
      onClick={() => setSidebarOpen(true)}
      data-testid={`${tab}-open-sidebar`}
    >
      <MessagesSquareIcon aria-hidden />
      {t("chat.toolbar.conversations")}
    </Button>
  );
}

interface NewProps {
  tab: ConversationTab;
  busy: boolean;
  onClick: () => void;
  className?: string;
}

/** The name of New in a tab: "New chat" in chat, "New conversation" in Messages. */
export function useNewConversationLabel(tab: ConversationTab): string {
  const t = useT();
  return tab === "chat" ? t("chat.newChat") : t("messages.newConversation");
}

/** Starts a conversation (N); its text is hidden on phones, where the toolbar is tight. */
export function NewConversationButton({ tab, busy, onClick, className }: NewProps) {
  const label = useNewConversationLabel(tab);
  return (
    <Button
      variant="ghost"
      size="sm"
      className={className}
      disabled={busy}
      onClick={onClick}
      aria-keyshortcuts="n"
      data-testid={`${tab}-new`}
    >
      <PlusIcon aria-hidden />
      <span className="max-sm:sr-only">{label}</span>
    </Button>
  );
}

/** Opens the Inspector on the latest exchange. */
export function InspectorButton({
  variant,
  onClick,
  testId,
}: {
  variant: Variant;
  onClick: () => void;
  testId: string;
}) {
  const t = useT();
  return (
    <Button variant={variant} size="sm" onClick={onClick} data-testid={testId}>
      <ScanSearchIcon aria-hidden />
      {t("chat.toolbar.inspector")}
    </Button>
  );
}
