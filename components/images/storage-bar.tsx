"use client";

import { useQuery } from "@tanstack/react-query";
import { Trash2Icon } from "lucide-react";
import { useState } from "react";
import { ConfirmDialog } from "@/components/shared/lazy-confirm-dialog";
import { Button } from "@/components/ui/button";
import { useFormat, useT } from "@/lib/i18n/provider";
import { storageQueryOptions } from "@/lib/images/queries";
import type { ImageActions } from "@/lib/images/use-image-actions";

interface Props {
  ownBytes: number;
  count: number;
  actions: ImageActions;
}

/** Our own byte count (what the gallery holds) beside the browser's estimate for the whole origin. */
export function StorageBar({ ownBytes, count, actions }: Props) {
  const t = useT();
  const format = useFormat();
  const estimate = useQuery(storageQueryOptions());
  const [confirming, setConfirming] = useState(false);
  const { usage, quota } = estimate.data ?? {};
  return (
    <div
      className="text-muted-foreground flex flex-wrap items-center gap-x-3 gap-y-1 text-xs"
      data-testid="gallery-storage"
    >
      <span>{t("images.storage.own", { size: format.bytes(ownBytes), count })}</span>
      {usage !== undefined && quota !== undefined && (
        <span>
          {t("images.storage.browser", {
            used: format.bytes(usage),
            quota: format.bytes(quota),
          })}
        </span>
      )}
      <Button
        variant="ghost"
        size="sm"
        className="ml-auto"
        disabled={count === 0}
        onClick={() => setConfirming(true)}
        data-testid="gallery-clear"
      >
        <Trash2Icon aria-hidden />
        {t("images.storage.clear")}
      </Button>
      <ConfirmDialog
        open={confirming}
        onOpenChange={setConfirming}
        title={t("images.storage.clearTitle")}
        description={t("images.storage.clearDescription", { count })}
        keepLabel={t("images.storage.keep")}
        confirmLabel={t("images.storage.clearConfirm")}
        onConfirm={() => void actions.clearAll()}
        testId="gallery-clear-dialog"
        confirmTestId="gallery-clear-confirm"
      />
    </div>
  );
}
