"use client";

import { CircleAlertIcon, RotateCcwIcon, SettingsIcon } from "lucide-react";
import { ErrorHint } from "@/components/shared/error-hint";
import { UseSimulatorButton } from "@/components/shared/use-simulator-button";
import { Button } from "@/components/ui/button";
import { errorHeadingKey, httpErrorHint, isUnreachable, needsSettings } from "@/lib/error-hints";
import type { DisplayError } from "@/lib/errors";
import { type MessageKey, useT } from "@/lib/i18n/provider";

/** What to do next, specific to image requests first, then the general HTTP advice the chat gives. */
export function imageErrorHint(error: DisplayError): MessageKey {
  const text = `${error.code ?? ""} ${error.message}`.toLowerCase();
  if (error.status === 0) return "error.hintNetwork";
  if (text.includes("content_policy") || text.includes("content policy") || text.includes("safety system"))
    return "images.batch.hintPolicy";
  if (error.status !== 429 && /\bsize\b/.test(text)) return "images.batch.hintSize";
  if (text.includes("integer_above_max_value") || text.includes("invalid 'n'"))
    return "images.batch.hintCount";
  return httpErrorHint(error);
}

interface Props {
  error: DisplayError;
  onRetry: () => void;
  onOpenSettings: () => void;
  retryDisabled: boolean;
}

export function BatchError({ error, onRetry, onOpenSettings, retryDisabled }: Props) {
  const t = useT();
  const heading = t(errorHeadingKey(error), { status: error.status });
  const details = [error.type, error.code].filter(Boolean).join(" · ");

  return (
    <div
      role="alert"
      data-testid="batch-error"
      className="border-destructive/40 bg-destructive/5 flex flex-col gap-2 rounded-lg border p-3 text-sm"
    >
      <p className="text-destructive flex flex-wrap items-center gap-2 font-medium">
        <CircleAlertIcon className="size-4 shrink-0" aria-hidden />
        <span data-testid="batch-error-status">
          {t("error.title")} · {heading}
        </span>
        {details && <span className="text-muted-foreground font-mono text-xs font-normal">{details}</span>}
      </p>
      <p className="break-words" data-testid="batch-error-message">
        {error.message}
      </p>
      {error.requestId && (
        <p className="text-muted-foreground font-mono text-xs break-all" data-testid="batch-error-request-id">
          {t("error.requestId", { id: error.requestId })}
        </p>
      )}
      <p>
        <ErrorHint hint={imageErrorHint(error)} seconds={error.retryAfterSeconds} />{" "}
        <span className="text-muted-foreground">{t("images.batch.formKept")}</span>
      </p>
      <div className="flex flex-wrap gap-2">
        <Button
          size="sm"
          variant="outline"
          onClick={onRetry}
          disabled={retryDisabled}
          data-testid="batch-retry"
        >
          <RotateCcwIcon aria-hidden />
          {t("images.batch.retry")}
        </Button>
        {needsSettings(error) && (
          <Button size="sm" onClick={onOpenSettings} data-testid="batch-error-settings">
            <SettingsIcon aria-hidden />
            {t("error.openSettings")}
          </Button>
        )}
        {isUnreachable(error) && (
          <UseSimulatorButton onSwitched={onRetry} testId="batch-error-use-simulator" />
        )}
      </div>
    </div>
  );
}
