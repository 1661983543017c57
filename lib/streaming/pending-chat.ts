import type { AbstractChat, ChatStatus, UIMessage } from "ai";
import { ChatRequestError } from "./errors";

/** What the chat hooks read from a chat: the AI SDK's `Chat` has exactly these members. */
export interface ChatSource<M extends UIMessage> {
  readonly id: string;
  messages: M[];
  readonly status: ChatStatus;
  readonly error: Error | undefined;
  sendMessage: AbstractChat<M>["sendMessage"];
  regenerate: AbstractChat<M>["regenerate"];
  stop: () => Promise<void>;
  clearError: () => void;
  "~registerMessagesCallback": (onChange: () => void, throttleWaitMs?: number) => () => void;
  "~registerStatusCallback": (onChange: () => void) => () => void;
  "~registerErrorCallback": (onChange: () => void) => () => void;
}

let pendingCounter = 0;
function pendingId(): string {
  pendingCounter += 1;
  return `pending-${Date.now().toString(36)}-${pendingCounter}`;
}

/**
 * Stands in for the AI SDK's `Chat` until the streaming engine's chunk has arrived: it holds and
 * edits the conversation, and a Send, Regenerate or Continue made before then waits for the engine
 * (status `submitted`) and is handed to the real chat as it was made. A typed prompt shows in the
 * conversation at once, as with the real chat, so it is never lost: Stop keeps it there, and if the
 * engine cannot be fetched the send fails like an unreachable server (status 0, the connection hint),
 * after which the pages put the prompt back into the composer.
 */
export class PendingChat<M extends UIMessage> implements ChatSource<M> {
  readonly id: string;
  #messages: M[];
  #status: ChatStatus = "ready";
  #error: Error | undefined;
  /** Bumped by Stop: a call still waiting for the engine is then dropped. */
  #generation = 0;
  readonly #handOff: () => Promise<ChatSource<M>>;
  readonly #listeners = {
    messages: new Set<() => void>(),
    status: new Set<() => void>(),
    error: new Set<() => void>(),
  };

  /** `handOff` loads the engine and returns the real chat, created from this one's messages. */
  constructor(id: string, messages: M[], handOff: () => Promise<ChatSource<M>>) {
    this.id = id;
    this.#messages = messages;
    this.#handOff = handOff;
  }

  get messages(): M[] {
    return this.#messages;
  }
  set messages(messages: M[]) {
    this.#messages = [...messages];
    for (const listener of this.#listeners.messages) listener();
  }
  get status(): ChatStatus {
    return this.#status;
  }
  get error(): Error | undefined {
    return this.#error;
  }

  #setStatus(status: ChatStatus, error?: Error) {
    this.#status = status;
    this.#error = error;
    for (const listener of this.#listeners.status) listener();
    for (const listener of this.#listeners.error) listener();
  }

  /** Waits for the real chat; undefined when Stop came first or the engine could not be fetched. */
  async #whenReal(): Promise<ChatSource<M> | undefined> {
    const generation = ++this.#generation;
    this.#setStatus("submitted");
    try {
      const chat = await this.#handOff();
      return generation === this.#generation ? chat : undefined;
    } catch (error) {
      if (generation === this.#generation) {
        this.#setStatus(
          "error",
          new ChatRequestError({
            status: 0,
            message: error instanceof Error ? error.message : String(error),
          }),
        );
      }
      return undefined;
    }
  }

  sendMessage: AbstractChat<M>["sendMessage"] = async (message, options) => {
    if (message && !message.messageId && ("text" in message || "files" in message)) {
      const files = Array.isArray(message.files) ? message.files : [];
      const text =
        "text" in message && message.text != null ? [{ type: "text" as const, text: message.text }] : [];
      // The same message the real chat would push, so that it can push this one instead.
      const typed = {
        id: pendingId(),
        role: "user",
        parts: [...files, ...text],
        metadata: message.metadata,
      } as M;
      this.messages = [...this.#messages, typed];
      const chat = await this.#whenReal();
      if (!chat) return;
      chat.messages = chat.messages.filter((m) => m.id !== typed.id);
      return chat.sendMessage(typed as Parameters<AbstractChat<M>["sendMessage"]>[0], options);
    }
    const chat = await this.#whenReal();
    return chat?.sendMessage(message, options);
  };

  regenerate: AbstractChat<M>["regenerate"] = async (options) => {
    const chat = await this.#whenReal();
    return chat?.regenerate(options);
  };

  /** Swaps in the real chat now that the engine is here; a failure is left to the next Send. */
  handOffNow(): Promise<void> {
    return this.#handOff().then(
      () => undefined,
      () => undefined,
    );
  }

  stop = async (): Promise<void> => {
    if (this.#status !== "submitted") return;
    this.#generation += 1;
    this.#setStatus("ready");
  };

  clearError = (): void => {
    if (this.#status === "error") this.#setStatus("ready");
  };

  "~registerMessagesCallback" = (onChange: () => void): (() => void) => this.#register("messages", onChange);
  "~registerStatusCallback" = (onChange: () => void): (() => void) => this.#register("status", onChange);
  "~registerErrorCallback" = (onChange: () => void): (() => void) => this.#register("error", onChange);

  #register(kind: "messages" | "status" | "error", onChange: () => void): () => void {
    this.#listeners[kind].add(onChange);
    return () => this.#listeners[kind].delete(onChange);
  }
}
