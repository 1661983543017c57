import type { MessageKey } from "@/lib/i18n/translate";

/**
 * Every keyboard shortcut of the playground, in the order the shortcuts dialog lists them.
 *
 * Key choice: browsers own Ctrl/⌘ + letters and Alt+digits (tab switching on Linux, Option+digit types
 * characters on macOS), so page-wide shortcuts are plain keys and two-key sequences (GitHub's and
 * Gmail's convention) that only act while no text field has focus. Those plain keys can be turned off
 * in the shortcuts dialog (WCAG 2.1.4 Character Key Shortcuts). Inside the prompt only Ctrl/⌘+Enter
 * (send) and Esc (stop) act.
 */
export const shortcutIds = [
  "send",
  "stop",
  "focusPrompt",
  "newConversation",
  "viewCode",
  "copyLastReply",
  "showShortcuts",
  "goChat",
  "goMessages",
  "goImages",
  "goVideos",
  "goCompare",
] as const;
export type ShortcutId = (typeof shortcutIds)[number];

export type ShortcutGroup = "conversation" | "navigation" | "general";

export interface Shortcut {
  id: ShortcutId;
  /** Space-separated steps; a step is `mod+Enter`, `Escape`, `?`, `n`… `mod` is ⌘ on macOS, Ctrl elsewhere. */
  keys: string;
  group: ShortcutGroup;
  label: MessageKey;
  /** Also acts while a text field has focus (send from the prompt, stop a reply while typing). */
  inFields?: boolean;
}

export const shortcuts: readonly Shortcut[] = [
  { id: "send", keys: "mod+Enter", group: "conversation", label: "shortcuts.send", inFields: true },
  { id: "stop", keys: "Escape", group: "conversation", label: "shortcuts.stop", inFields: true },
  { id: "focusPrompt", keys: "/", group: "conversation", label: "shortcuts.focusPrompt" },
  { id: "newConversation", keys: "n", group: "conversation", label: "shortcuts.newConversation" },
  { id: "viewCode", keys: "v", group: "conversation", label: "shortcuts.viewCode" },
  { id: "copyLastReply", keys: "c", group: "conversation", label: "shortcuts.copyLastReply" },
  { id: "goChat", keys: "g 1", group: "navigation", label: "shortcuts.goChat" },
  { id: "goMessages", keys: "g 2", group: "navigation", label: "shortcuts.goMessages" },
  { id: "goImages", keys: "g 3", group: "navigation", label: "shortcuts.goImages" },
  { id: "goVideos", keys: "g 4", group: "navigation", label: "shortcuts.goVideos" },
  { id: "goCompare", keys: "g 5", group: "navigation", label: "shortcuts.goCompare" },
  { id: "showShortcuts", keys: "?", group: "general", label: "shortcuts.showShortcuts" },
];

export function shortcutById(id: ShortcutId): Shortcut {
  const found = shortcuts.find((s) => s.id === id);
  if (!found) throw new Error(`unknown shortcut ${id}`);
  return found;
}

interface Step {
  mod: boolean;
  shift: boolean;
  alt: boolean;
  key: string;
}

function parseStep(step: string): Step {
  const parts = step.split("+");
  const key = parts.pop() ?? "";
  return { mod: parts.includes("mod"), shift: parts.includes("shift"), alt: parts.includes("alt"), key };
}

export function stepsOf(shortcut: Shortcut): Step[] {
  return shortcut.keys.split(" ").map(parseStep);
}

/** A plain key with no modifier: what a user can turn off, and what must never act in a text field. */
export function isCharacterShortcut(shortcut: Shortcut): boolean {
  return stepsOf(shortcut).every((s) => !s.mod && !s.alt && s.key.length === 1);
}

type KeyLike = Pick<KeyboardEvent, "key" | "ctrlKey" | "metaKey" | "altKey" | "shiftKey">;

/**
 * Does one key press match one step? `mod` accepts Ctrl or ⌘ on every platform (Ctrl+Enter is what
 * Windows users press on a Mac keyboard too). A one-character key ignores Shift, which `?` needs.
 */
export function matchesStep(event: KeyLike, step: Step): boolean {
  const mod = event.ctrlKey || event.metaKey;
  if (mod !== step.mod || event.altKey !== step.alt) return false;
  if (step.key.length === 1) return event.key === step.key;
  return event.shiftKey === step.shift && event.key.toLowerCase() === step.key.toLowerCase();
}

/**
 * The keycaps of each step, as printed on the keyboard (the same in every language): `[["⌘", "Enter"]]`
 * on macOS, `[["Ctrl", "Enter"]]` elsewhere, `[["g"], ["1"]]` for a sequence.
 */
export function keycaps(shortcut: Shortcut, mac: boolean): string[][] {
  return stepsOf(shortcut).map((step) => {
    const caps: string[] = [];
    if (step.mod) caps.push(mac ? "⌘" : "Ctrl");
    if (step.alt) caps.push(mac ? "⌥" : "Alt");
    if (step.shift) caps.push(mac ? "⇧" : "Shift");
    caps.push(step.key === "Escape" ? "Esc" : step.key);
    return caps;
  });
}

export function isMacPlatform(platform: string): boolean {
  return /mac|iphone|ipad|ipod/i.test(platform);
}

/** Ctrl/⌘+Enter in a composer, never while an IME is composing (its Enter confirms a word). */
export function isSendKey(event: KeyLike & Pick<KeyboardEvent, "isComposing" | "keyCode">): boolean {
  if (event.isComposing || event.keyCode === 229) return false;
  const [step] = stepsOf(shortcutById("send"));
  return step !== undefined && matchesStep(event, step);
}
