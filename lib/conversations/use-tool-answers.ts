"use client";

import { useCallback, useRef } from "react";
import type { PlaygroundMessage } from "@/lib/conversations/metadata";
import { answerCalls, type ToolAnswer } from "@/lib/tools/answer";

interface Chat {
  messages: PlaygroundMessage[];
  setMessages: (messages: PlaygroundMessage[]) => void;
  sendMessage: () => Promise<void>;
  clearError: () => void;
}

/**
 * Gives results to the last reply's tool calls (chat and Messages). Once no call waits, the page asks
 * again with the conversation as it is: useChat streams the model's next step into that same reply,
 * and the request carries every result of the step together.
 */
export function useToolAnswers(chat: Chat) {
  const ref = useRef(chat);
  ref.current = chat;
  return useCallback((answers: ReadonlyMap<string, ToolAnswer>) => {
    const { messages, setMessages, sendMessage, clearError } = ref.current;
    const next = answerCalls(messages, answers);
    if (next.messages === messages) return;
    setMessages(next.messages);
    if (next.complete) {
      clearError();
      void sendMessage();
    }
  }, []);
}
