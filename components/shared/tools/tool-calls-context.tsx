"use client";

import { createContext, useContext } from "react";
import type { AnswerableChat } from "@/lib/tools/answer";
import type { ToolSettings } from "@/lib/tools/spec";

export interface ToolCallsContextValue {
  /** The conversation's tools: their saved answers. */
  tools: ToolSettings;
  /** Nothing streams: waiting calls can be answered. */
  idle: boolean;
  /** The conversation's helpers as they are now (read when the user answers). */
  chat: () => AnswerableChat;
  /** Changes the conversation's tools (an answer saved as a tool's mock). */
  setTools: (update: (tools: ToolSettings) => ToolSettings) => void;
}

const ToolCallsContext = createContext<ToolCallsContextValue | null>(null);

/** What a tool call card needs from its conversation, without threading it through every bubble. */
export const ToolCallsProvider = ToolCallsContext.Provider;
export const useToolCalls = () => useContext(ToolCallsContext);
