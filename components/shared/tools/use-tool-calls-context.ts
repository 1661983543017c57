"use client";

import { useMemo } from "react";
import type { PlaygroundMessage } from "@/lib/conversations/metadata";
import { useToolAnswers } from "@/lib/conversations/use-tool-answers";
import type { ToolAnswer } from "@/lib/tools/answer";
import type { ToolSettings } from "@/lib/tools/spec";
import type { ToolCallsContextValue } from "./tool-calls-context";

interface Chat {
  messages: PlaygroundMessage[];
  setMessages: (messages: PlaygroundMessage[]) => void;
  sendMessage: () => Promise<void>;
  clearError: () => void;
}

/** The tool call cards' context for a conversation (chat or Messages): its tools, answers and mocks. */
export function useToolCallsContext(
  chat: Chat,
  tools: ToolSettings,
  setTools: (update: (tools: ToolSettings) => ToolSettings) => void,
  busy: boolean,
): ToolCallsContextValue {
  const answer = useToolAnswers(chat);
  return useMemo(
    () => ({
      tools: tools.tools,
      idle: !busy,
      answer,
      saveMock: (toolName: string, saved: ToolAnswer) =>
        setTools((current) => ({
          ...current,
          tools: current.tools.map((tool) =>
            tool.name === toolName
              ? { ...tool, mock: saved.text, mockError: saved.isError || undefined }
              : tool,
          ),
        })),
    }),
    [tools.tools, busy, answer, setTools],
  );
}
