"use client";

import type { FileUIPart } from "ai";
import { useCallback, useRef, useState } from "react";
import type { AttachOptions, AttachState } from "./attach-limits";
import type { PlaygroundMessage } from "./metadata";

export type { Attachment, AttachOptions, AttachProblem } from "./attach-limits";

type Actions = typeof import("./image-prep");
type Update = (state: AttachState) => AttachState;

let counter = 0;
/** A key for an attached image's preview. */
export const attachmentKey = () => `att-${++counter}`;

/**
 * The composer's attached images: picked, pasted or dropped files checked (type, count, size, what the
 * conversation already carries) and resized as the options say, by code loaded on first use
 * (./image-prep), and prepared again from the original files when the options change.
 */
export function useAttachments(messages: readonly PlaygroundMessage[]) {
  const [state, setState] = useState<AttachState>({ items: [] });
  const current = useRef({ state, messages });
  current.current = { state, messages };
  const run = useCallback(
    (action: (m: Actions, s: AttachState, thread: readonly PlaygroundMessage[]) => Promise<Update>) => {
      void import("./image-prep")
        .then((m) => action(m, current.current.state, current.current.messages))
        .then(setState);
    },
    [],
  );

  /** Puts a failed send's images back (as sent; they are not resized again). */
  const restore = useCallback(
    (parts: FileUIPart[]) =>
      setState((s) =>
        s.items.length > 0
          ? s
          : {
              ...s,
              items: parts.map((part) => ({
                key: attachmentKey(),
                part,
                bytes: Math.floor((part.url.length * 3) / 4),
              })),
            },
      ),
    [],
  );

  return {
    ...state,
    parts: state.items.map((a) => a.part),
    add: (files: File[]) => {
      if (files.length > 0) run((m, s, thread) => m.addFiles(files, s, thread));
    },
    setOptions: (next: AttachOptions) => run((m, s, thread) => m.changeOptions(next, s, thread)),
    remove: (key: string) => setState((s) => ({ ...s, items: s.items.filter((a) => a.key !== key) })),
    clear: () => setState((s) => ({ options: s.options, items: [] })),
    restore,
  };
}

export type Attachments = ReturnType<typeof useAttachments>;
