"use client";

import { CircleStopIcon, ScissorsIcon, TriangleAlertIcon } from "lucide-react";
import { useT } from "@/lib/i18n/provider";
import type { ReplyMetadata } from "@/lib/streaming/metadata";

const noticeClass = "flex items-start gap-1.5 text-xs";

export function ReplyNotices({ meta, stopped }: { meta: ReplyMetadata | undefined; stopped: boolean }) {
  const t = useT();
  return (
    <>
      {stopped && (
        <p className="text-muted-foreground flex items-start gap-1.5 text-xs" data-testid="chat-stopped">
          <CircleStopIcon className="mt-px size-3.5 shrink-0" aria-hidden />
          {t("chat.stopped")}
        </p>
      )}
      {meta?.incomplete && !meta.streamError && (
        <p className={`${noticeClass} text-amber-700 dark:text-amber-300`} data-testid="chat-incomplete">
          <TriangleAlertIcon className="mt-px size-3.5 shrink-0" aria-hidden />
          {t("chat.incomplete")}
        </p>
      )}
      {meta?.finishReason === "length" && (
        <p className={`${noticeClass} text-amber-700 dark:text-amber-300`} data-testid="chat-length-notice">
          <ScissorsIcon className="mt-px size-3.5 shrink-0" aria-hidden />
          {t("chat.lengthNotice")}
        </p>
      )}
    </>
  );
}
