"use client";

import { useEffect, useRef, useState } from "react";
import { createExchangeLog } from "@/lib/conversations/exchange-log";
import type { PlaygroundMessage, ReplyMetadata } from "@/lib/conversations/metadata";
import { useInterruptOnUnload } from "@/lib/conversations/use-interrupt-on-unload";
import { useLazyChat } from "@/lib/conversations/use-lazy-chat";
import { type AnswerableChat, awaitingCalls, submitAnswers, type ToolAnswer } from "@/lib/tools/answer";
import { createPaneTransport } from "./pane-transport";
import type { PaneSetup } from "./setup";
import { useCompareStore } from "./store";

/** What the page asks of each pane: Send to all, re-run one, Stop all, Clear all (and its undo). */
export interface PaneController {
  /** Sends `text` as the next turn (null: runs the last prompt again), `repeat` times in a row. */
  run: (text: string | null, repeat: number) => Promise<void>;
  stop: () => void;
  /** The pane's conversation now (for a share). */
  messages: () => PlaygroundMessage[];
  /** Replaces the conversation (Clear, and Undo of it). */
  replace: (messages: PlaygroundMessage[]) => void;
  /**
   * Gives results to the calls the last reply waits on; once none waits, the pane asks again with them
   * (a step of its own: status, metrics and the summary's run, as a send).
   */
  answer: (answers: ReadonlyMap<string, ToolAnswer>) => void;
  /** The conversation's helpers the tool call cards answer through (continuing as `answer` does). */
  answerable: () => AnswerableChat;
}

export interface PaneOutcome {
  failed: boolean;
  stopped: boolean;
  meta?: ReplyMetadata;
  at: number;
}

/**
 * One compare pane: useChat over the pane's transport, with its own history. Each finished reply
 * is recorded as a run (the summary's medians and costs); a failed or stopped reply keeps what had
 * arrived, marked as such.
 */
export function useComparePane(pane: PaneSetup, fetchFn: typeof fetch) {
  const paneRef = useRef(pane);
  paneRef.current = pane;
  const fetchRef = useRef(fetchFn);
  fetchRef.current = fetchFn;
  const [log] = useState(() => createExchangeLog());
  const [transport] = useState(() =>
    createPaneTransport({
      getPane: () => {
        const { system, tools } = useCompareStore.getState();
        return { pane: paneRef.current, shared: system, tools };
      },
      fetch: (input, init) => fetchRef.current(input, init),
      log,
    }),
  );
  const [outcome, setOutcome] = useState<PaneOutcome>();
  const stoppedRef = useRef(false);
  const chat = useLazyChat<PlaygroundMessage>({
    id: pane.id,
    messages: useCompareStore.getState().histories[pane.id],
    transport,
    // Six panes streaming at once: at most ~12 renders a second each.
    experimental_throttle: 80,
    onFinish: ({ message, isAbort, isError }) => {
      const keep = message.parts.length > 0;
      const mark = isAbort ? { stopped: true } : isError && keep ? { incomplete: true } : undefined;
      if (mark && keep) {
        chat.setMessages((all) =>
          all.map((m) => (m.id === message.id ? { ...m, metadata: { ...m.metadata, ...mark } } : m)),
        );
      }
      const meta = { ...message.metadata, ...mark };
      const failed = isError || isAbort || meta.streamError != null || meta.incomplete === true;
      useCompareStore.getState().addRun(paneRef.current.id, { meta, failed });
      setOutcome({ failed: isError || meta.streamError != null, stopped: isAbort, meta, at: Date.now() });
    },
  });
  const chatRef = useRef(chat);
  chatRef.current = chat;
  // Set when the page is unloaded mid-reply: that reply is saved marked interrupted, its settle is not.
  const leftRef = useInterruptOnUnload(chatRef, (thread) =>
    useCompareStore.getState().saveHistory(paneRef.current.id, thread),
  );

  /** Marks the pane running for `steps` (sends, re-runs, a continuation after tool results). */
  async function running(steps: () => Promise<void>) {
    const id = paneRef.current.id;
    const store = useCompareStore.getState();
    stoppedRef.current = false;
    leftRef.current = false;
    store.startTurn(id);
    store.setStatus(id, "running");
    setOutcome(undefined);
    await steps();
    useCompareStore.getState().setStatus(id, chatRef.current.status === "error" ? "error" : "idle");
  }
  // The model's calls wait for answers: more repeats would regenerate them away.
  const waits = () => awaitingCalls(chatRef.current.messages.at(-1)).length > 0;
  const answerable = (): AnswerableChat => ({
    messages: chatRef.current.messages,
    setMessages: (messages) => chatRef.current.setMessages(messages),
    clearError: () => chatRef.current.clearError(),
    sendMessage: () => running(() => chatRef.current.sendMessage()),
  });

  const controller = useRef<PaneController>({
    run: async (text, repeat) => {
      if (text === null && chatRef.current.messages.length === 0) return;
      await running(async () => {
        for (let i = 0; i < repeat && !stoppedRef.current; i++) {
          chatRef.current.clearError();
          if (i === 0 && text !== null) await chatRef.current.sendMessage({ text });
          else await chatRef.current.regenerate();
          // A failed run ends the repeats: the error stays on screen, and a 429 is not hammered.
          if (chatRef.current.status === "error" || waits()) break;
        }
      });
    },
    stop: () => {
      stoppedRef.current = true;
      void chatRef.current.stop();
    },
    messages: () => chatRef.current.messages,
    replace: (messages) => {
      chatRef.current.setMessages(messages);
      setOutcome(undefined);
    },
    answer: (answers) => submitAnswers(answerable(), answers),
    answerable,
  });

  // Saved when a reply settles (never per token), once the page has read its setup.
  const { status, messages } = chat;
  useEffect(() => {
    const store = useCompareStore.getState();
    if (!store.ready || leftRef.current || (status !== "ready" && status !== "error")) return;
    if (store.histories[paneRef.current.id] !== messages) store.saveHistory(paneRef.current.id, messages);
  }, [status, messages, leftRef]);
  return { chat, log, transport, controller: controller.current, outcome };
}
