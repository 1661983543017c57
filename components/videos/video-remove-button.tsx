"use client";

import { XIcon } from "lucide-react";
import { useState } from "react";
import { ConfirmDialog } from "@/components/shared/lazy-confirm-dialog";
import { Button } from "@/components/ui/button";
import { useT } from "@/lib/i18n/provider";
import type { StoredVideoJob } from "@/lib/schemas/videos";
import { useUndoStore } from "@/lib/undo/store";
import { useVideoJobsStore } from "@/lib/videos/store";

/**
 * Removes a job from this browser's list, with Undo. The gateway has no cancel for a video job (new-api
 * routes no DELETE /v1/videos/{id}: router/video-router.go), so removing a running job only hides it
 * while it runs on and is billed: the confirmation says so.
 */
export function VideoRemoveButton({ job, running }: { job: StoredVideoJob; running: boolean }) {
  const t = useT();
  const [confirming, setConfirming] = useState(false);

  function remove() {
    useVideoJobsStore.getState().removeJob(job.id);
    useUndoStore
      .getState()
      .offerUndo(t(running ? "videos.jobs.removedRunning" : "videos.jobs.removed"), () =>
        useVideoJobsStore.getState().restoreJob(job),
      );
  }

  return (
    <>
      <Button
        variant="ghost"
        size="icon-sm"
        onClick={() => (running ? setConfirming(true) : remove())}
        aria-label={t("videos.jobs.remove")}
        title={t("videos.jobs.remove")}
        data-testid="video-remove"
      >
        <XIcon aria-hidden />
      </Button>
      <ConfirmDialog
        open={confirming}
        onOpenChange={setConfirming}
        title={t("videos.jobs.removeRunningTitle")}
        description={t("videos.jobs.removeRunningDescription")}
        keepLabel={t("videos.jobs.keepRunning")}
        confirmLabel={t("videos.jobs.removeRunningConfirm")}
        onConfirm={remove}
        testId="video-remove-dialog"
        confirmTestId="video-remove-confirm"
      />
    </>
  );
}
