import type { DisplayError } from "@/lib/errors";
import type { PlaygroundMessage } from "./metadata";

/** Thrown by transports for a non-2xx reply or a failed connection; carries what the UI shows. */
export class ChatRequestError extends Error {
  readonly display: DisplayError;
  constructor(display: DisplayError) {
    super(display.message);
    this.name = "ChatRequestError";
    this.display = display;
  }
}

/**
 * The error to show for a failed reply. useChat turns an in-stream `error` chunk into a plain Error,
 * so the details of such errors travel in the reply's metadata (`streamError`).
 */
export function displayErrorOf(error: Error, lastMessage: PlaygroundMessage | undefined): DisplayError {
  if (error instanceof ChatRequestError) return error.display;
  const fromStream = lastMessage?.role === "assistant" ? lastMessage.metadata?.streamError : undefined;
  return fromStream ?? { status: 0, message: error.message };
}
