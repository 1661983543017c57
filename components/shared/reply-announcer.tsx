"use client";

import { useEffect, useRef, useState } from "react";
import { useT } from "@/lib/i18n/provider";

type Status = "submitted" | "streaming" | "ready" | "error";

/**
 * Tells screen readers, politely, when a reply has finished or failed: once per reply, never per token
 * (the conversation itself is aria-live="off"). Always rendered, so the live region exists before it speaks.
 */
export function ReplyAnnouncer({ status }: { status: Status }) {
  const t = useT();
  const [text, setText] = useState("");
  const previous = useRef<Status>(status);

  useEffect(() => {
    const was = previous.current;
    previous.current = status;
    if (was === status) return;
    const wasBusy = was === "submitted" || was === "streaming";
    // Cleared when a request starts, so the same sentence is announced again for the next reply.
    if (status === "submitted") setText("");
    else if (wasBusy && status === "ready") setText(t("shared.announce.replyDone"));
    else if (wasBusy && status === "error") setText(t("shared.announce.replyFailed"));
  }, [status, t]);

  return (
    <p className="sr-only" role="status" aria-live="polite" data-testid="reply-announcer">
      {text}
    </p>
  );
}
