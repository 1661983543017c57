"use client";

import type { ComponentProps } from "react";
import { Textarea } from "@/components/ui/textarea";
import { useShortcutPrefs } from "@/lib/shortcuts/prefs";
import { sendHandlers } from "@/lib/shortcuts/send-handlers";
import { cn } from "@/lib/utils";

type Props = Omit<ComponentProps<typeof Textarea>, "onChange" | "onKeyDown"> & {
  onValueChange: (value: string) => void;
  /** Ctrl/⌘+Enter (never an IME's Enter confirming a word). */
  onSend: () => void;
  /** The placeholder when a plain Enter sends (the "Enter sends" setting). */
  enterPlaceholder?: string;
};

/** A composer's prompt box: Ctrl/⌘+Enter sends (or Enter, by setting), and the `/` shortcut focuses it. */
export function PromptBox({
  onValueChange,
  onSend,
  className,
  enterPlaceholder,
  placeholder,
  ...props
}: Props) {
  const enterSends = useShortcutPrefs((s) => s.enterSends);
  return (
    <Textarea
      rows={3}
      className={cn("max-h-60 min-h-20", className)}
      onChange={(e) => onValueChange(e.target.value)}
      onKeyDown={sendHandlers(onSend, enterSends).onKeyDown}
      aria-keyshortcuts={enterSends ? "Enter Control+Enter Meta+Enter" : "Control+Enter Meta+Enter"}
      placeholder={enterSends ? (enterPlaceholder ?? placeholder) : placeholder}
      data-shortcut-target="prompt"
      {...props}
    />
  );
}
