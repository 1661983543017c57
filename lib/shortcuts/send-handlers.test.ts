import type { FormEvent, KeyboardEvent } from "react";
import { describe, expect, it, vi } from "vitest";
import { sendHandlers } from "./send-handlers";

const plainEnter = {
  key: "Enter",
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  isComposing: false,
  keyCode: 13,
};

function keyEvent(native: Partial<typeof plainEnter>) {
  const preventDefault = vi.fn();
  const event = { preventDefault, nativeEvent: { ...plainEnter, ...native } };
  return { event: event as unknown as KeyboardEvent<HTMLElement>, preventDefault };
}

describe("sendHandlers", () => {
  it("sends on submit and keeps the browser from posting the form", () => {
    const send = vi.fn();
    const preventDefault = vi.fn();
    sendHandlers(send).onSubmit({ preventDefault } as unknown as FormEvent);
    expect(send).toHaveBeenCalledTimes(1);
    expect(preventDefault).toHaveBeenCalledTimes(1);
  });

  it("sends on Ctrl+Enter and ⌘+Enter and swallows the key", () => {
    for (const mod of [{ ctrlKey: true }, { metaKey: true }]) {
      const send = vi.fn();
      const { event, preventDefault } = keyEvent(mod);
      sendHandlers(send).onKeyDown(event);
      expect(send).toHaveBeenCalledTimes(1);
      expect(preventDefault).toHaveBeenCalledTimes(1);
    }
  });

  it("lets a plain Enter, another key and an IME's Enter through untouched", () => {
    const cases = [
      {},
      { ctrlKey: true, key: "a" },
      { ctrlKey: true, isComposing: true },
      { ctrlKey: true, keyCode: 229 },
    ];
    for (const native of cases) {
      const send = vi.fn();
      const { event, preventDefault } = keyEvent(native);
      sendHandlers(send).onKeyDown(event);
      expect(send, JSON.stringify(native)).not.toHaveBeenCalled();
      expect(preventDefault, JSON.stringify(native)).not.toHaveBeenCalled();
    }
  });

  it('with "Enter sends" on, a plain Enter sends; Shift+Enter and an IME\'s Enter do not', () => {
    const send = vi.fn();
    const enter = keyEvent({});
    sendHandlers(send, true).onKeyDown(enter.event);
    expect(send).toHaveBeenCalledTimes(1);
    expect(enter.preventDefault).toHaveBeenCalledTimes(1);
    for (const native of [{ shiftKey: true }, { isComposing: true }, { keyCode: 229 }, { key: "a" }]) {
      sendHandlers(send, true).onKeyDown(keyEvent(native).event);
    }
    expect(send).toHaveBeenCalledTimes(1);
  });
});
