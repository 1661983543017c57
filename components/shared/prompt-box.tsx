"use client";

import type { ComponentProps } from "react";
import { Textarea } from "@/components/ui/textarea";
import { sendHandlers } from "@/lib/shortcuts/send-handlers";
import { cn } from "@/lib/utils";

type Props = Omit<ComponentProps<typeof Textarea>, "onChange" | "onKeyDown"> & {
  onValueChange: (value: string) => void;
  /** Ctrl/⌘+Enter (never an IME's Enter confirming a word). */
  onSend: () => void;
};

/** A composer's prompt box: Ctrl/⌘+Enter sends, and the `/` shortcut focuses it. */
export function PromptBox({ onValueChange, onSend, className, ...props }: Props) {
  return (
    <Textarea
      rows={3}
      className={cn("max-h-60 min-h-20", className)}
      onChange={(e) => onValueChange(e.target.value)}
      onKeyDown={sendHandlers(onSend).onKeyDown}
      aria-keyshortcuts="Control+Enter Meta+Enter"
      data-shortcut-target="prompt"
      {...props}
    />
  );
}
