import type { FormEvent, KeyboardEvent } from "react";
import { isSendKey } from "./registry";

/**
 * The submit and Ctrl/⌘+Enter handlers every composer shares: both stop the browser's own
 * action and call `send`; an IME's Enter (confirming a word) and a plain Enter never send.
 * Plain functions rather than a hook: they hold no state, so a render just builds them again.
 */
export function sendHandlers(send: () => void) {
  return {
    onSubmit(event: FormEvent) {
      event.preventDefault();
      send();
    },
    onKeyDown(event: KeyboardEvent<HTMLElement>) {
      if (!isSendKey(event.nativeEvent)) return;
      event.preventDefault();
      send();
    },
  };
}
