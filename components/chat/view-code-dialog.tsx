"use client";

import { useMemo } from "react";
import { CodeView } from "@/components/shared/code-view/code-view";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { chatCompletionsGenerators, toPublicRequest } from "@/lib/code-gen";
import { useT } from "@/lib/i18n/provider";
import type { BuiltRequest } from "@/lib/streaming/transport";

/** The request that Send would make now, as code. Built once when the dialog opens. */
export function ViewCodeDialog({ build, onClose }: { build: () => BuiltRequest; onClose: () => void }) {
  const t = useT();
  // biome-ignore lint/correctness/useExhaustiveDependencies: a snapshot at open time, on purpose.
  const request = useMemo(() => toPublicRequest(build()), []);
  return (
    <Dialog open onOpenChange={(open) => !open && onClose()}>
      <DialogContent
        closeLabel={t("shared.close")}
        className="max-h-[90dvh] overflow-y-auto sm:max-w-3xl"
        data-testid="view-code-dialog"
      >
        <DialogHeader>
          <DialogTitle>{t("shared.code.title")}</DialogTitle>
          <DialogDescription>{t("shared.code.description")}</DialogDescription>
        </DialogHeader>
        <CodeView request={request} generators={chatCompletionsGenerators} />
      </DialogContent>
    </Dialog>
  );
}
