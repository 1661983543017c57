"use client";

import { CircleAlertIcon, RotateCcwIcon, SettingsIcon } from "lucide-react";
import { Button } from "@/components/ui/button";
import { errorHeadingKey, httpErrorHint, isUnreachable, needsSettings } from "@/lib/error-hints";
import type { DisplayError } from "@/lib/errors";
import { type MessageKey, useT } from "@/lib/i18n/provider";
import { ErrorHint } from "./error-hint";
import { UseSimulatorButton } from "./use-simulator-button";

function hintFor(error: DisplayError, inStream: boolean): MessageKey {
  return inStream ? "error.hint5xx" : httpErrorHint(error);
}

interface Props {
  error: DisplayError;
  /** The error came inside a 200 stream, not as the HTTP status. */
  inStream: boolean;
  promptRestored: boolean;
  onRetry: () => void;
  onOpenSettings: () => void;
}

export function ReplyError({ error, inStream, promptRestored, onRetry, onOpenSettings }: Props) {
  const t = useT();
  const heading = inStream ? t("error.inStream") : t(errorHeadingKey(error), { status: error.status });
  const details = [error.type, error.code].filter(Boolean).join(" · ");
  const showSettings = !inStream && needsSettings(error);
  return (
    <div
      role="alert"
      data-testid="chat-error"
      className="border-destructive/40 bg-destructive/5 flex flex-col gap-2 rounded-lg border p-3 text-sm"
    >
      <p className="text-destructive flex items-center gap-2 font-medium">
        <CircleAlertIcon className="size-4 shrink-0" aria-hidden />
        {t("error.title")} · {heading}
        {details && <span className="text-muted-foreground font-mono text-xs font-normal">{details}</span>}
      </p>
      <p className="break-words" data-testid="chat-error-message">
        {error.message}
      </p>
      {error.requestId && (
        <p className="text-muted-foreground font-mono text-xs break-all">
          {t("error.requestId", { id: error.requestId })}
        </p>
      )}
      <p>
        <ErrorHint hint={hintFor(error, inStream)} seconds={error.retryAfterSeconds} />
        {promptRestored && <span className="text-muted-foreground"> {t("error.promptRestored")}</span>}
      </p>
      <div className="flex flex-wrap gap-2">
        <Button size="sm" variant="outline" onClick={onRetry} data-testid="chat-retry">
          <RotateCcwIcon aria-hidden />
          {t("error.retry")}
        </Button>
        {showSettings && (
          <Button size="sm" onClick={onOpenSettings} data-testid="chat-error-settings">
            <SettingsIcon aria-hidden />
            {t("error.openSettings")}
          </Button>
        )}
        {!inStream && isUnreachable(error) && (
          <UseSimulatorButton onSwitched={onRetry} testId="chat-error-use-simulator" />
        )}
      </div>
    </div>
  );
}
