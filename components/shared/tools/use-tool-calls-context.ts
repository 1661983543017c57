"use client";

import { useMemo, useRef } from "react";
import type { AnswerableChat } from "@/lib/tools/answer";
import type { ToolSettings } from "@/lib/tools/spec";
import type { ToolCallsContextValue } from "./tool-calls-context";

/** The tool call cards' context for a conversation (chat or Messages): its tools and helpers. */
export function useToolCallsContext(
  chat: AnswerableChat,
  tools: ToolSettings,
  setTools: ToolCallsContextValue["setTools"],
  busy: boolean,
): ToolCallsContextValue {
  const ref = useRef(chat);
  ref.current = chat;
  return useMemo(() => ({ tools, idle: !busy, chat: () => ref.current, setTools }), [tools, busy, setTools]);
}
