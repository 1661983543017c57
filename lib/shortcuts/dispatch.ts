import {
  isCharacterShortcut,
  matchesStep,
  type Shortcut,
  type ShortcutId,
  shortcuts,
  stepsOf,
} from "./registry";

/** How long the second key of a sequence (`g` then `1`) may wait for the first. */
export const sequenceTimeoutMs = 1500;

export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
  /** An IME is composing (Chinese, Japanese…): the key belongs to the IME, never to a shortcut. */
  isComposing: boolean;
  repeat: boolean;
  /** Focus is in an input, textarea, select or contenteditable. */
  inField: boolean;
  /** Focus is inside a dialog or menu: it handles its own keys. */
  inOverlay: boolean;
  timeStamp: number;
}

interface Options {
  /** Is a handler registered for this id right now? */
  active: (id: ShortcutId) => boolean;
  /** Plain-key shortcuts on (see prefs.ts). */
  characterKeys: () => boolean;
}

/** Turns key presses into shortcut ids, remembering the first key of a sequence. */
export function createDispatcher({ active, characterKeys }: Options) {
  let pending: { shortcut: Shortcut; at: number }[] = [];

  function usable(shortcut: Shortcut, press: KeyPress): boolean {
    if (!active(shortcut.id)) return false;
    if (press.inField && !shortcut.inFields) return false;
    return !isCharacterShortcut(shortcut) || characterKeys();
  }

  return function dispatch(press: KeyPress): ShortcutId | undefined {
    // keyCode 229 is what Safari reports for IME key presses without isComposing.
    if (press.isComposing || press.key === "Process" || press.inOverlay) {
      pending = [];
      return undefined;
    }
    const waiting = pending.filter((p) => press.timeStamp - p.at <= sequenceTimeoutMs);
    pending = [];
    for (const { shortcut } of waiting) {
      const second = stepsOf(shortcut)[1];
      if (second && matchesStep(press, second) && usable(shortcut, press)) return shortcut.id;
    }
    if (press.repeat) return undefined;
    for (const shortcut of shortcuts) {
      const [first, ...rest] = stepsOf(shortcut);
      if (!first || !matchesStep(press, first) || !usable(shortcut, press)) continue;
      if (rest.length === 0) return shortcut.id;
      pending.push({ shortcut, at: press.timeStamp });
    }
    return undefined;
  };
}
