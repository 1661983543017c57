import type { FormEvent, KeyboardEvent } from "react";
import { isSendKey } from "./registry";

/**
 * The submit and Ctrl/⌘+Enter handlers every composer shares: both stop the browser's own
 * action and call `send`; an IME's Enter (confirming a word) never sends, and a plain Enter only
 * with `enterSends` (the "Enter sends" setting; Shift+Enter then makes a new line).
 * Plain functions rather than a hook: they hold no state, so a render just builds them again.
 */
export function sendHandlers(send: () => void, enterSends = false) {
  return {
    onSubmit(event: FormEvent) {
      event.preventDefault();
      send();
    },
    onKeyDown(event: KeyboardEvent<HTMLElement>) {
      const key = event.nativeEvent;
      const plainEnter =
        enterSends &&
        key.key === "Enter" &&
        !(key.shiftKey || key.ctrlKey || key.metaKey || key.altKey || key.isComposing || key.keyCode === 229);
      if (!plainEnter && !isSendKey(key)) return;
      event.preventDefault();
      send();
    },
  };
}
