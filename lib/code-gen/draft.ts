import type { FileUIPart } from "ai";
import type { PlaygroundMessage } from "@/lib/conversations/metadata";
import type { BuiltRequest } from "@/lib/streaming/transport";

/** Stands for the prompt in View code when the composer is empty, like YOUR_API_KEY for the key. */
export const PROMPT_PLACEHOLDER = "YOUR_PROMPT";

export interface Composer {
  text: string;
  files?: FileUIPart[];
}

export interface DraftConversation {
  messages: PlaygroundMessage[];
  /** Send needs a prompt first: the last user turn is PROMPT_PLACEHOLDER. */
  needsPrompt: boolean;
}

// In the order the AI SDK's sendMessage({ text, files }) builds its parts: files first.
const userTurn = (text: string, files: FileUIPart[] = []): PlaygroundMessage => ({
  id: "draft",
  role: "user",
  parts: [...files, { type: "text", text }],
});

/**
 * The conversation that Send would post now, for View code: the saved turns plus the composer's text
 * (and images) as the last user turn. With an empty composer, Send posts the conversation as it is when
 * it ends on a user turn and `runsAsIs` (chat's Run); otherwise Send does nothing until there is a
 * prompt, and the snippet shows where it goes.
 */
export function draftConversation(
  messages: PlaygroundMessage[],
  composer: Composer,
  runsAsIs: boolean,
): DraftConversation {
  const text = composer.text.trim();
  const files = composer.files ?? [];
  if (text || files.length > 0) return { messages: [...messages, userTurn(text, files)], needsPrompt: false };
  if (runsAsIs && messages.at(-1)?.role === "user") return { messages, needsPrompt: false };
  return { messages: [...messages, userTurn(PROMPT_PLACEHOLDER)], needsPrompt: true };
}

/** What a View code dialog shows: the request built from a draft conversation. */
export interface DraftRequest {
  request: BuiltRequest;
  needsPrompt: boolean;
}

export function draftRequest(
  draft: DraftConversation,
  build: (messages: PlaygroundMessage[]) => BuiltRequest,
): DraftRequest {
  return { request: build(draft.messages), needsPrompt: draft.needsPrompt };
}
