"use client";

import type { ComponentProps } from "react";
import { Textarea } from "@/components/ui/textarea";
import { useTouchOnly } from "@/lib/hooks/use-touch-only";
import { useShortcutPrefs } from "@/lib/shortcuts/prefs";
import { sendHandlers } from "@/lib/shortcuts/send-handlers";
import { cn } from "@/lib/utils";

type Props = Omit<ComponentProps<typeof Textarea>, "onChange" | "onKeyDown" | "placeholder"> & {
  onValueChange: (value: string) => void;
  /** Ctrl/⌘+Enter (never an IME's Enter confirming a word). */
  onSend: () => void;
  /** The placeholder naming Ctrl/⌘+Enter (a keyboard, "Enter sends" off). */
  placeholder: string;
  /** The placeholder when a plain Enter sends (the "Enter sends" setting). */
  enterPlaceholder: string;
  /** The placeholder on a touch screen, whose keyboard has no Ctrl/⌘: no keys named. */
  touchPlaceholder: string;
};

/**
 * A composer's prompt box: Ctrl/⌘+Enter sends (or Enter, by setting), and the `/` shortcut focuses it.
 * One line high on phones, growing with its content; three from the sm breakpoint.
 */
export function PromptBox({
  onValueChange,
  onSend,
  className,
  placeholder,
  enterPlaceholder,
  touchPlaceholder,
  ...props
}: Props) {
  const enterSends = useShortcutPrefs((s) => s.enterSends);
  const hint = useSendKeysHint(placeholder, enterPlaceholder, touchPlaceholder);
  return (
    <Textarea
      rows={1}
      className={cn("max-h-60 min-h-10 sm:min-h-20", className)}
      onChange={(e) => onValueChange(e.target.value)}
      onKeyDown={sendHandlers(onSend, enterSends).onKeyDown}
      aria-keyshortcuts={enterSends ? "Enter Control+Enter Meta+Enter" : "Control+Enter Meta+Enter"}
      placeholder={hint}
      data-shortcut-target="prompt"
      {...props}
    />
  );
}

/**
 * Of three texts about sending, the one that fits this device and setting: `enter` when a plain Enter
 * sends (the "Enter sends" setting), `touch` on a touch screen (its keyboard has no Ctrl/⌘), else `keys`.
 */
export function useSendKeysHint<T>(keys: T, enter: T, touch: T): T {
  const enterSends = useShortcutPrefs((s) => s.enterSends);
  const touchOnly = useTouchOnly();
  return enterSends ? enter : touchOnly ? touch : keys;
}
