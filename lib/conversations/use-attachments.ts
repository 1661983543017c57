"use client";

import type { FileUIPart } from "ai";
import { useCallback, useRef, useState } from "react";
import type { ImageDetail } from "@/lib/streaming/dialects/chat-content";
import type { PrepareOptions } from "./attach-limits";
import { loadAttachments } from "./attachment-watch";
import type { PlaygroundMessage } from "./metadata";

export interface Attachment {
  key: string;
  /** The file as picked; absent for an image put back from a failed send (it cannot be resized again). */
  source?: File;
  part: FileUIPart;
  bytes: number;
  width?: number;
  height?: number;
}

export type AttachProblem =
  | { kind: "type" | "size" | "decode"; name: string }
  | { kind: "count" }
  | { kind: "total" };

export interface AttachOptions extends PrepareOptions {
  /** Chat Completions' `detail` on every image; "" sends none (the API's default, auto). */
  detail: "" | ImageDetail;
}

const optionsKey = "apigo-attach-options";
const defaults: AttachOptions = { longEdge: 2048, format: "same", detail: "" };

function savedOptions(): AttachOptions {
  try {
    return { ...defaults, ...JSON.parse(localStorage.getItem(optionsKey) ?? "{}") };
  } catch {
    return defaults;
  }
}

let counter = 0;
/** A key for an attached image's preview. */
export const attachmentKey = () => `att-${++counter}`;

/** The characters the images of a conversation add to every request. */
export const imageCharsOf = (messages: readonly PlaygroundMessage[]) =>
  messages.reduce(
    (n, m) =>
      n +
      m.parts.reduce((k, p) => k + (p.type === "file" && p.url.startsWith("data:") ? p.url.length : 0), 0),
    0,
  );

/**
 * The composer's attached images: picked, pasted or dropped files checked (type, count, size, what the
 * conversation already carries), resized as the options say (in a chunk loaded on first use), and
 * prepared again from the original files when the options change.
 */
export function useAttachments(conversationChars: number) {
  const [items, setItems] = useState<Attachment[]>([]);
  const [problem, setProblem] = useState<AttachProblem>();
  const [options, setOptionsState] = useState<AttachOptions>(defaults);
  // The saved options are read on first use (localStorage is not there in the server's render).
  const loaded = useRef(false);

  const prepare = useCallback(
    async (files: File[], opts: AttachOptions, current: Attachment[]) =>
      (await import("./image-prep")).prepareAttachments(files, opts, current, conversationChars),
    [conversationChars],
  );

  const add = useCallback(
    async (files: File[]) => {
      if (files.length === 0) return;
      // Saving the message will need the attachment code (references, IndexedDB).
      void loadAttachments();
      const opts = loaded.current ? options : savedOptions();
      if (!loaded.current) setOptionsState(opts);
      loaded.current = true;
      const { out, issue } = await prepare(files, opts, items);
      setProblem(issue);
      setItems((current) => [...current, ...out]);
    },
    [items, options, prepare],
  );

  /** New options: saved for next time, and every attached file prepared again from its original. */
  const setOptions = useCallback(
    async (next: AttachOptions) => {
      setOptionsState(next);
      loaded.current = true;
      localStorage.setItem(optionsKey, JSON.stringify(next));
      const sources = items.filter((a) => a.source);
      const kept = items.filter((a) => !a.source);
      const { out, issue } = await prepare(
        sources.map((a) => a.source as File),
        next,
        kept,
      );
      setProblem(issue);
      setItems([...kept, ...out]);
    },
    [items, prepare],
  );

  /** Puts a failed send's images back (as sent; they are not resized again). */
  const restore = useCallback(
    (parts: FileUIPart[]) =>
      setItems((current) =>
        current.length > 0
          ? current
          : parts.map((part) => ({
              key: attachmentKey(),
              part,
              bytes: Math.floor((part.url.length * 3) / 4),
            })),
      ),
    [],
  );

  return {
    items,
    parts: items.map((a) => a.part),
    problem,
    options,
    add,
    setOptions,
    remove: (key: string) => setItems((current) => current.filter((a) => a.key !== key)),
    clear: () => {
      setItems([]);
      setProblem(undefined);
    },
    restore,
  };
}

export type Attachments = ReturnType<typeof useAttachments>;
