"use client";

import { InspectExchanges } from "@/components/shared/inspect-exchanges";
import { LazyReplyError as ReplyError } from "@/components/shared/lazy-reply-error";
import { HttpError } from "@/lib/queries/http";
import { useUiStore } from "@/lib/settings/ui-store";

interface Props {
  error: Error;
  testId: string;
  /** What happened to the user's input, shown under the error. */
  note?: string;
  onRetry: () => void;
  /** Whose recorded requests the inspector button shows (the failed attempt's). */
  inspectOwner?: string;
}

/**
 * A failed create or remix request: status, upstream message, request id and what to do next, in the
 * chat tab's error panel (the same hints per status, Settings for 401/403).
 */
export function VideoRequestError({ error, testId, note, onRetry, inspectOwner }: Props) {
  const openSettings = useUiStore((s) => s.setSettingsOpen);
  const display = error instanceof HttpError ? error.display : { status: 0, message: error.message };
  return (
    <div data-testid={testId} data-status={display.status} className="grid gap-1">
      <ReplyError
        error={display}
        inStream={false}
        promptRestored={false}
        onRetry={onRetry}
        onOpenSettings={() => openSettings(true)}
      />
      {note && <p className="text-muted-foreground text-xs">{note}</p>}
      {inspectOwner && (
        <div>
          <InspectExchanges of="videos" owner={inspectOwner} look="text" />
        </div>
      )}
    </div>
  );
}
