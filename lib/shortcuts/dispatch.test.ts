import { describe, expect, it } from "vitest";
import { createDispatcher, type KeyPress } from "./dispatch";
import { isCharacterShortcut, isMacPlatform, isSendKey, keycaps, shortcutById, shortcuts } from "./registry";

const press = (key: string, extra: Partial<KeyPress> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  isComposing: false,
  repeat: false,
  inField: false,
  inOverlay: false,
  timeStamp: 0,
  ...extra,
});

function setup(characterKeys = true) {
  return createDispatcher({ active: () => true, characterKeys: () => characterKeys });
}

describe("shortcut dispatch", () => {
  it("maps plain keys outside fields", () => {
    const dispatch = setup();
    expect(dispatch(press("?", { shiftKey: true }))).toBe("showShortcuts");
    expect(dispatch(press("n"))).toBe("newConversation");
    expect(dispatch(press("c"))).toBe("copyLastReply");
    expect(dispatch(press("v"))).toBe("viewCode");
    expect(dispatch(press("/"))).toBe("focusPrompt");
  });

  it("leaves typing alone: no plain key acts in a field, Esc does", () => {
    const dispatch = setup();
    expect(dispatch(press("?", { shiftKey: true, inField: true }))).toBeUndefined();
    expect(dispatch(press("n", { inField: true }))).toBeUndefined();
    expect(dispatch(press("Escape", { inField: true }))).toBe("stop");
  });

  it("never acts while an IME composes or inside a dialog", () => {
    const dispatch = setup();
    expect(dispatch(press("Escape", { isComposing: true }))).toBeUndefined();
    expect(dispatch(press("n", { isComposing: true }))).toBeUndefined();
    expect(dispatch(press("Process"))).toBeUndefined();
    expect(dispatch(press("Escape", { inOverlay: true }))).toBeUndefined();
  });

  it("does not take browser chords: Ctrl/⌘/Alt + a shortcut letter is left alone", () => {
    const dispatch = setup();
    expect(dispatch(press("n", { ctrlKey: true }))).toBeUndefined();
    expect(dispatch(press("c", { metaKey: true }))).toBeUndefined();
    expect(dispatch(press("1", { altKey: true }))).toBeUndefined();
    expect(dispatch(press("N", { shiftKey: true }))).toBeUndefined();
  });

  it("follows g then a digit within the time limit, and only then", () => {
    const dispatch = setup();
    expect(dispatch(press("g", { timeStamp: 0 }))).toBeUndefined();
    expect(dispatch(press("3", { timeStamp: 500 }))).toBe("goImages");
    expect(dispatch(press("3", { timeStamp: 600 }))).toBeUndefined();
    dispatch(press("g", { timeStamp: 1000 }));
    expect(dispatch(press("5", { timeStamp: 4000 }))).toBeUndefined();
    dispatch(press("g", { timeStamp: 5000 }));
    expect(dispatch(press("x", { timeStamp: 5100 }))).toBeUndefined();
    expect(dispatch(press("2", { timeStamp: 5200 }))).toBeUndefined();
  });

  it("turns plain-key shortcuts off but keeps Esc", () => {
    const dispatch = setup(false);
    expect(dispatch(press("n"))).toBeUndefined();
    expect(dispatch(press("?", { shiftKey: true }))).toBeUndefined();
    expect(dispatch(press("Escape"))).toBe("stop");
  });

  it("skips ids nobody handles right now", () => {
    const dispatch = createDispatcher({ active: (id) => id !== "stop", characterKeys: () => true });
    expect(dispatch(press("Escape"))).toBeUndefined();
  });
});

describe("shortcut registry", () => {
  it("has unique keys", () => {
    const keys = shortcuts.map((s) => s.keys);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("marks plain keys as character shortcuts", () => {
    expect(isCharacterShortcut(shortcutById("newConversation"))).toBe(true);
    expect(isCharacterShortcut(shortcutById("goChat"))).toBe(true);
    expect(isCharacterShortcut(shortcutById("send"))).toBe(false);
    expect(isCharacterShortcut(shortcutById("stop"))).toBe(false);
  });

  it("knows macOS and iOS by navigator.platform or userAgentData.platform", () => {
    for (const mac of ["MacIntel", "macOS", "iPad", "iPhone"]) expect(isMacPlatform(mac), mac).toBe(true);
    for (const other of ["Win32", "Windows", "Linux x86_64", "Android", ""])
      expect(isMacPlatform(other), other).toBe(false);
  });

  it("shows ⌘ on macOS and Ctrl elsewhere", () => {
    expect(keycaps(shortcutById("send"), true)).toEqual([["⌘", "Enter"]]);
    expect(keycaps(shortcutById("send"), false)).toEqual([["Ctrl", "Enter"]]);
    expect(keycaps(shortcutById("stop"), false)).toEqual([["Esc"]]);
    expect(keycaps(shortcutById("goVideos"), false)).toEqual([["g"], ["4"]]);
  });

  it("sends on Ctrl+Enter or ⌘+Enter, not on Enter, nor while an IME composes", () => {
    const key = { key: "Enter", ctrlKey: false, metaKey: false, altKey: false, shiftKey: false };
    const ime = { isComposing: false, keyCode: 13 };
    expect(isSendKey({ ...key, ...ime, ctrlKey: true })).toBe(true);
    expect(isSendKey({ ...key, ...ime, metaKey: true })).toBe(true);
    expect(isSendKey({ ...key, ...ime })).toBe(false);
    expect(isSendKey({ ...key, ctrlKey: true, isComposing: true, keyCode: 13 })).toBe(false);
    expect(isSendKey({ ...key, ctrlKey: true, isComposing: false, keyCode: 229 })).toBe(false);
  });
});
