import type { PlaygroundMessage } from "@/lib/conversations/metadata";
import type { DisplayError } from "@/lib/errors";
import { HttpError } from "@/lib/queries/http";

/**
 * The error to show for a failed reply. useChat turns an in-stream `error` chunk into a plain Error,
 * so the details of such errors travel in the reply's metadata (`streamError`).
 */
export function displayErrorOf(error: Error, lastMessage: PlaygroundMessage | undefined): DisplayError {
  if (error instanceof HttpError) return error.display;
  const fromStream = lastMessage?.role === "assistant" ? lastMessage.metadata?.streamError : undefined;
  return fromStream ?? { status: 0, message: error.message };
}
