"use client";

import { CircleStopIcon, FastForwardIcon, ScissorsIcon, TriangleAlertIcon } from "lucide-react";
import { Button } from "@/components/ui/button";
import type { ReplyMetadata } from "@/lib/conversations/metadata";
import { useT } from "@/lib/i18n/provider";

const noticeClass = "flex items-center gap-1.5 text-xs text-amber-700 dark:text-amber-300";

interface Props {
  meta: ReplyMetadata | undefined;
  /** Offered on the last reply when it was cut by the token limit. */
  onContinue?: () => void;
}

export function ReplyNotices({ meta, onContinue }: Props) {
  const t = useT();
  return (
    <>
      {meta?.stopped && (
        <p className="text-muted-foreground flex items-start gap-1.5 text-xs" data-testid="chat-stopped">
          <CircleStopIcon className="mt-px size-3.5 shrink-0" aria-hidden />
          {t("chat.stopped")}
        </p>
      )}
      {meta?.interrupted && (
        <p className={noticeClass} data-testid="chat-interrupted">
          <TriangleAlertIcon className="size-3.5 shrink-0" aria-hidden />
          {t("chat.interrupted")}
        </p>
      )}
      {meta?.incomplete && !meta.streamError && !meta.stopped && !meta.interrupted && (
        <p className={noticeClass} data-testid="chat-incomplete">
          <TriangleAlertIcon className="size-3.5 shrink-0" aria-hidden />
          {t("chat.incomplete")}
        </p>
      )}
      {meta?.finishReason === "length" && !meta.incomplete && (
        <div className={`${noticeClass} flex-wrap`} data-testid="chat-length-notice">
          <ScissorsIcon className="size-3.5 shrink-0" aria-hidden />
          {t("chat.lengthNotice")}
          {onContinue && (
            <Button
              size="sm"
              variant="outline"
              className="h-7"
              onClick={onContinue}
              data-testid="chat-continue"
            >
              <FastForwardIcon aria-hidden />
              {t("chat.continue")}
            </Button>
          )}
        </div>
      )}
    </>
  );
}
