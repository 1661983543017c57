"use client";

import { useEffect, useRef, useState } from "react";
import type { ReplyMetadata } from "@/lib/conversations/metadata";
import { useT } from "@/lib/i18n/provider";

type Status = "submitted" | "streaming" | "ready" | "error";

/** What a reply that settled without an error amounts to, from its metadata. */
export function replyOutcome(meta: ReplyMetadata | undefined): "done" | "stopped" | "cut" {
  if (meta?.stopped) return "stopped";
  if (meta?.interrupted || meta?.incomplete || meta?.streamError) return "cut";
  return "done";
}

const outcomeKey = {
  done: "shared.announce.replyDone",
  stopped: "shared.announce.replyStopped",
  cut: "shared.announce.replyCut",
} as const;

// The reply's last metadata (its end, a Stop mark) reaches the page up to one render throttle after
// the status says it settled (useChat throttles messages, not the status): the outcome is read once
// the metadata has been still this long.
const SETTLE_MS = 200;

/**
 * Tells screen readers, politely, when a reply has finished, stopped, been cut off or failed: once per
 * reply, never per token (the conversation itself is aria-live="off"). `meta` is the last reply's.
 * Always rendered, so the live region exists before it speaks.
 */
export function ReplyAnnouncer({ status, meta }: { status: Status; meta?: ReplyMetadata }) {
  const t = useT();
  const [text, setText] = useState("");
  const [settling, setSettling] = useState(false);
  const previous = useRef<Status>(status);

  useEffect(() => {
    const was = previous.current;
    previous.current = status;
    if (was === status) return;
    const wasBusy = was === "submitted" || was === "streaming";
    setSettling(wasBusy && status === "ready");
    // Cleared when a request starts, so the same sentence is announced again for the next reply.
    if (status === "submitted") setText("");
    else if (wasBusy && status === "error") setText(t("shared.announce.replyFailed"));
  }, [status, t]);

  useEffect(() => {
    if (!settling) return;
    const key = outcomeKey[replyOutcome(meta)];
    const id = setTimeout(() => {
      setSettling(false);
      setText(t(key));
    }, SETTLE_MS);
    return () => clearTimeout(id);
  }, [settling, meta, t]);

  return (
    <p className="sr-only" role="status" aria-live="polite" data-testid="reply-announcer">
      {text}
    </p>
  );
}
