"use client";

import {
  ArrowDownIcon,
  ArrowUpIcon,
  PencilIcon,
  RefreshCwIcon,
  ScanSearchIcon,
  SendIcon,
  Trash2Icon,
} from "lucide-react";
import type { ComponentType } from "react";
import { Button } from "@/components/ui/button";
import type { MessageAction } from "@/lib/conversations/turn-actions";
import { type MessageKey, useT } from "@/lib/i18n/provider";
import { CopyButton } from "./copy-button";

const icons: Record<MessageAction, ComponentType<{ "aria-hidden"?: boolean }>> = {
  edit: PencilIcon,
  delete: Trash2Icon,
  moveUp: ArrowUpIcon,
  moveDown: ArrowDownIcon,
  resend: SendIcon,
  regenerate: RefreshCwIcon,
  inspect: ScanSearchIcon,
};

interface Props {
  actions: MessageAction[];
  copyText: () => string;
  onAction: (action: MessageAction) => void;
}

/** The small icon row under a message: copy, edit, move, delete, resend, regenerate, inspect. */
export function MessageActions({ actions, copyText, onAction }: Props) {
  const t = useT();
  return (
    <div role="toolbar" aria-label={t("chat.actions.label")} className="flex flex-wrap items-center gap-0.5">
      <CopyButton text={copyText} data-testid="chat-copy-message" />
      {actions.map((action) => {
        const Icon = icons[action];
        const label = t(`chat.actions.${action}` as MessageKey);
        return (
          <Button
            key={action}
            type="button"
            variant="ghost"
            size="icon-sm"
            title={label}
            aria-label={label}
            className="text-muted-foreground"
            onClick={() => onAction(action)}
            data-testid={`chat-action-${action}`}
          >
            <Icon aria-hidden />
          </Button>
        );
      })}
    </div>
  );
}
