"use client";

import { useEffect, useMemo, useRef, useState } from "react";
import { type PlaygroundMessage, textOf } from "@/lib/conversations/metadata";
import { fillText, variablesIn } from "./variables";

/** What a tab sends: its system prompt, conversation and the composer's text. */
export interface FillSource {
  system: string;
  messages: PlaygroundMessage[];
  input: string;
}

/** Messages with `{{ name }}` filled in their text parts (other parts, ids and metadata kept). */
export function fillMessages(
  messages: PlaygroundMessage[],
  values: Readonly<Record<string, string>>,
): PlaygroundMessage[] {
  return messages.map((m) =>
    m.parts.some((p) => p.type === "text")
      ? {
          ...m,
          parts: m.parts.map((p) => (p.type === "text" ? { ...p, text: fillText(p.text, values) } : p)),
        }
      : m,
  );
}

/**
 * The variables panel's state for one conversation. `fillThen()` (called first thing by Send) writes the
 * values that are set into the system prompt, the messages and the composer through `apply`, then sends
 * again on the next render, once the tab reads the filled text: what is sent is the filled text, and the
 * conversation keeps it. Names left empty stay as typed.
 */
export function useVariableFill(source: FillSource, apply: (filled: FillSource) => void, send: () => void) {
  const { system, messages, input } = source;
  // The conversation is scanned when it changes, the composer on each keystroke (both linear).
  const fromConversation = useMemo(() => {
    const seen = new Set<string>();
    return [system, ...messages.map(textOf)].flatMap((text) => variablesIn(text, seen));
  }, [system, messages]);
  const names = useMemo(() => {
    const seen = new Set(fromConversation);
    return [...fromConversation, ...variablesIn(input, seen)];
  }, [fromConversation, input]);
  const [values, setValues] = useState<Record<string, string>>({});
  const sendRef = useRef(send);
  sendRef.current = send;
  // The send that follows a fill does not fill again (a value may itself contain `{{ … }}`).
  const justFilled = useRef(false);
  const [queued, setQueued] = useState(0);
  useEffect(() => {
    if (queued === 0) return;
    justFilled.current = true;
    sendRef.current();
    justFilled.current = false;
  }, [queued]);

  function fill(): boolean {
    const set = Object.fromEntries(names.flatMap((n) => (values[n] ? [[n, values[n]]] : [])));
    if (justFilled.current || Object.keys(set).length === 0) return false;
    apply({
      system: fillText(system, set),
      messages: fillMessages(messages, set),
      input: fillText(input, set),
    });
    return true;
  }

  return {
    names,
    values,
    setValue: (name: string, value: string) => setValues((current) => ({ ...current, [name]: value })),
    /** Fills without sending. */
    fill,
    /** Fills and sends on the next render; false when there was nothing to fill (send now). */
    fillThen: () => {
      if (!fill()) return false;
      setQueued((n) => n + 1);
      return true;
    },
  };
}

export type VariableFill = ReturnType<typeof useVariableFill>;
