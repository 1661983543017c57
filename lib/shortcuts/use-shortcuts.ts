import { useEffect, useRef } from "react";
import { createDispatcher } from "./dispatch";
import { useShortcutPrefs } from "./prefs";
import type { ShortcutId } from "./registry";

export type ShortcutHandlers = Partial<Record<ShortcutId, () => void>>;

// Components register the shortcuts they can act on; the most recently mounted one wins an id
// (a conversation's session over the shell). One window listener serves them all.
const layers: { readonly current: ShortcutHandlers }[] = [];

function handlerFor(id: ShortcutId): (() => void) | undefined {
  for (let i = layers.length - 1; i >= 0; i--) {
    const handler = layers[i]?.current[id];
    if (handler) return handler;
  }
  return undefined;
}

const dispatch = createDispatcher({
  active: (id) => handlerFor(id) !== undefined,
  characterKeys: () => useShortcutPrefs.getState().characterKeys,
});

// Text entry only: a focused checkbox or button takes plain-key shortcuts.
const fieldSelector =
  "input:not([type='checkbox'], [type='radio'], [type='button'], [type='submit'], [type='reset'], [type='range'], [type='color'], [type='file']), textarea, select, [contenteditable]:not([contenteditable='false'])";
const openPopupSelector =
  "[aria-expanded='true']:is([role='combobox'], [aria-haspopup]:not([aria-haspopup='false']))";
const overlaySelector = "[role='dialog'], [role='alertdialog'], [role='menu'], [role='listbox']";

/**
 * A modal dialog keeps focus inside; the page behind it takes no shortcut. An open popup (combobox
 * list, menu button) owns Esc and the arrow keys.
 */
export function inOverlay(target: Element | null): boolean {
  return (
    target?.closest(overlaySelector) != null ||
    target?.matches(openPopupSelector) === true ||
    document.querySelector("[role='dialog'][data-state='open'], [role='alertdialog'][data-state='open']") !=
      null
  );
}

function onKeyDown(event: KeyboardEvent) {
  if (event.defaultPrevented) return;
  const target = event.target instanceof Element ? event.target : null;
  const id = dispatch({
    key: event.key,
    ctrlKey: event.ctrlKey,
    metaKey: event.metaKey,
    altKey: event.altKey,
    shiftKey: event.shiftKey,
    isComposing: event.isComposing || event.keyCode === 229,
    repeat: event.repeat,
    inField: target?.closest(fieldSelector) != null,
    inOverlay: inOverlay(target),
    timeStamp: event.timeStamp,
  });
  if (!id) return;
  const handler = handlerFor(id);
  if (!handler) return;
  event.preventDefault();
  handler();
}

/**
 * Acts on the registry's shortcuts while the calling component is mounted. Pass only the ids that
 * can act now (e.g. `stop` only while a reply streams), so that a key with nothing to do is left alone.
 */
export function useShortcuts(handlers: ShortcutHandlers): void {
  const ref = useRef(handlers);
  // The layer is the ref itself: a key press reads the handlers of the latest render.
  useEffect(() => {
    ref.current = handlers;
  });
  useEffect(() => {
    layers.push(ref);
    if (layers.length === 1) window.addEventListener("keydown", onKeyDown);
    return () => {
      layers.splice(layers.indexOf(ref), 1);
      if (layers.length === 0) window.removeEventListener("keydown", onKeyDown);
    };
  }, []);
}
