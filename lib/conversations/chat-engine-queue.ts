import type { UseChatHelpers, UseChatOptions } from "@ai-sdk/react";
import type { UIMessage } from "ai";

type Helpers<M extends UIMessage> = UseChatHelpers<M>;
export type SendArgument<M extends UIMessage> = Parameters<Helpers<M>["sendMessage"]>[0];

/** A Send or Regenerate made before the engine arrived. */
export type QueuedCall<M extends UIMessage> =
  | { kind: "send"; message: SendArgument<M>; options?: Parameters<Helpers<M>["sendMessage"]>[1] }
  | { kind: "regenerate"; options?: Parameters<Helpers<M>["regenerate"]>[0] };

/** Such a call, held until the engine arrives. */
export type Queued<M extends UIMessage> = QueuedCall<M> & {
  /** Called once the held call has ended (sent and settled, stopped, or failed). */
  done: () => void;
};

/** What the pages read of useChat. */
export type ChatHelpers<M extends UIMessage> = Pick<
  Helpers<M>,
  | "id"
  | "messages"
  | "status"
  | "error"
  | "setMessages"
  | "sendMessage"
  | "regenerate"
  | "stop"
  | "clearError"
>;

export interface ChatEngineProps<M extends UIMessage> {
  options: UseChatOptions<M>;
  /** The held call, if any; taken once (the engine sends it). */
  takeQueued: () => Queued<M> | undefined;
  /** useChat's helpers, after every change. */
  onChange: (helpers: ChatHelpers<M>) => void;
}

/**
 * The user message a held Send shows while it waits, so the prompt appears at once; when the engine
 * sends it, useChat's own message replaces this one.
 */
export function queuedMessage<M extends UIMessage>(queued: Queued<M>): M | undefined {
  if (queued.kind !== "send" || !queued.message) return undefined;
  const message = queued.message;
  if (!("text" in message) && !("files" in message)) return { ...message, id: "queued", role: "user" } as M;
  const files = Array.isArray(message.files) ? message.files : [];
  const text =
    "text" in message && message.text != null ? [{ type: "text" as const, text: message.text }] : [];
  return { id: "queued", role: "user", parts: [...files, ...text], metadata: message.metadata } as M;
}
