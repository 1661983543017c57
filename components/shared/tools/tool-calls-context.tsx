"use client";

import { createContext, useContext } from "react";
import type { ToolAnswer } from "@/lib/tools/answer";
import type { ToolSpec } from "@/lib/tools/spec";

export interface ToolCallsContextValue {
  /** The conversation's tools: their saved answers. */
  tools: readonly ToolSpec[];
  /** Nothing streams: waiting calls can be answered. */
  idle: boolean;
  answer: (answers: ReadonlyMap<string, ToolAnswer>) => void;
  saveMock: (toolName: string, answer: ToolAnswer) => void;
}

const ToolCallsContext = createContext<ToolCallsContextValue | null>(null);

/** What a tool call card needs from its conversation, without threading it through every bubble. */
export const ToolCallsProvider = ToolCallsContext.Provider;
export const useToolCalls = () => useContext(ToolCallsContext);
