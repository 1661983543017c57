"use client";

import { useMemo } from "react";
import { CodeView } from "@/components/shared/code-view/code-view";
import { NeedsPromptNote } from "@/components/shared/code-view/needs-prompt-note";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { chatCompletionsGenerators, toPublicRequest } from "@/lib/code-gen";
import type { DraftRequest } from "@/lib/code-gen/draft";
import { useT } from "@/lib/i18n/provider";

/** The request that Send would make now, as code. Built once when the dialog opens. */
export function ViewCodeDialog({ build, onClose }: { build: () => DraftRequest; onClose: () => void }) {
  const t = useT();
  // biome-ignore lint/correctness/useExhaustiveDependencies: a snapshot at open time, on purpose.
  const { request, needsPrompt } = useMemo(() => {
    const draft = build();
    return { request: toPublicRequest(draft.request), needsPrompt: draft.needsPrompt };
  }, []);
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
        <NeedsPromptNote show={needsPrompt} />
        <CodeView request={request} generators={chatCompletionsGenerators} />
      </DialogContent>
    </Dialog>
  );
}
