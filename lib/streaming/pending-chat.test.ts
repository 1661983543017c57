import { describe, expect, it, vi } from "vitest";
import { ChatRequestError } from "./errors";
import type { PlaygroundMessage } from "./metadata";
import { type ChatSource, PendingChat } from "./pending-chat";

const earlier: PlaygroundMessage = { id: "m1", role: "assistant", parts: [{ type: "text", text: "hello" }] };

/** A stand-in for the SDK's Chat that records what it was asked, and the messages it had then. */
function fakeRealChat(messages: PlaygroundMessage[]) {
  const calls: { kind: string; arg: unknown; messagesThen: PlaygroundMessage[] }[] = [];
  const chat = {
    id: "c",
    messages,
    status: "ready",
    error: undefined,
    sendMessage: vi.fn(async (arg: unknown) => {
      calls.push({ kind: "send", arg, messagesThen: chat.messages });
    }),
    regenerate: vi.fn(async (arg: unknown) => {
      calls.push({ kind: "regenerate", arg, messagesThen: chat.messages });
    }),
    stop: vi.fn(async () => {}),
    clearError: vi.fn(),
    "~registerMessagesCallback": () => () => {},
    "~registerStatusCallback": () => () => {},
    "~registerErrorCallback": () => () => {},
  };
  return { chat: chat as unknown as ChatSource<PlaygroundMessage>, calls };
}

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe("PendingChat", () => {
  it("shows a prompt sent before the engine at once, then hands that same message to the real chat", async () => {
    const engine = deferred<ChatSource<PlaygroundMessage>>();
    const pending = new PendingChat<PlaygroundMessage>("c", [earlier], () => engine.promise);
    const sent = pending.sendMessage({ text: "hi there" });
    expect(pending.status).toBe("submitted");
    expect(pending.messages.map((m) => m.role)).toEqual(["assistant", "user"]);
    const typed = pending.messages[1];
    expect(typed?.parts).toEqual([{ type: "text", text: "hi there" }]);

    const real = fakeRealChat([...pending.messages]);
    engine.resolve(real.chat);
    await sent;
    expect(real.calls).toHaveLength(1);
    expect(real.calls[0]?.kind).toBe("send");
    // The real chat pushes the message itself (submit-message), with the id the page already shows.
    expect(real.calls[0]?.messagesThen.map((m) => m.id)).toEqual(["m1"]);
    expect(real.calls[0]?.arg).toMatchObject({ id: typed?.id, role: "user", parts: typed?.parts });
  });

  it("keeps the prompt and sends nothing when Stop comes before the engine", async () => {
    const engine = deferred<ChatSource<PlaygroundMessage>>();
    const pending = new PendingChat<PlaygroundMessage>("c", [], () => engine.promise);
    const sent = pending.sendMessage({ text: "never sent" });
    await pending.stop();
    expect(pending.status).toBe("ready");
    const real = fakeRealChat([...pending.messages]);
    engine.resolve(real.chat);
    await sent;
    expect(real.calls).toEqual([]);
    expect(pending.messages.map((m) => m.parts)).toEqual([[{ type: "text", text: "never sent" }]]);
  });

  it("fails like an unreachable server when the engine cannot be fetched, keeping the prompt", async () => {
    const pending = new PendingChat<PlaygroundMessage>("c", [], () =>
      Promise.reject(new Error("Failed to load chunk")),
    );
    await pending.sendMessage({ text: "keep me" });
    expect(pending.status).toBe("error");
    expect(pending.error).toBeInstanceOf(ChatRequestError);
    expect((pending.error as ChatRequestError).display).toEqual({
      status: 0,
      message: "Failed to load chunk",
    });
    expect(pending.messages.at(-1)?.parts).toEqual([{ type: "text", text: "keep me" }]);
    pending.clearError();
    expect(pending.status).toBe("ready");
    expect(pending.error).toBeUndefined();
  });

  it("passes Regenerate and an edit's resend (messageId) through unchanged", async () => {
    const real = fakeRealChat([earlier]);
    const pending = new PendingChat<PlaygroundMessage>("c", [earlier], async () => real.chat);
    await pending.regenerate({ messageId: "m1" });
    await pending.sendMessage({ text: "edited", messageId: "m0" });
    expect(real.calls.map((c) => [c.kind, c.arg])).toEqual([
      ["regenerate", { messageId: "m1" }],
      ["send", { text: "edited", messageId: "m0" }],
    ]);
    expect(pending.messages).toEqual([earlier]);
  });

  it("tells subscribers about edits made before the engine", () => {
    const pending = new PendingChat<PlaygroundMessage>("c", [earlier], () => new Promise(() => {}));
    const onMessages = vi.fn();
    const off = pending["~registerMessagesCallback"](onMessages);
    pending.messages = [];
    off();
    pending.messages = [earlier];
    expect(onMessages).toHaveBeenCalledTimes(1);
  });
});
