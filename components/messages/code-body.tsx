"use client";

import { useMemo } from "react";
import { CodeView } from "@/components/shared/code-view/code-view";
import { NeedsPromptNote } from "@/components/shared/code-view/needs-prompt-note";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import type { DraftRequest } from "@/lib/code-gen/draft";
import { messagesGenerators, toPublicMessagesRequest } from "@/lib/code-gen/messages-generators";
import { useT } from "@/lib/i18n/provider";

interface Props {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  buildRequest: () => DraftRequest;
}

// The dialog and the code generators: loaded by tools-dialogs.tsx once View code is first opened.
export function CodeDialogBody({ open, onOpenChange, buildRequest }: Props) {
  const t = useT();
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent className="max-h-[90dvh] overflow-y-auto sm:max-w-3xl" closeLabel={t("settings.close")}>
        <DialogHeader>
          <DialogTitle>{t("shared.code.title")}</DialogTitle>
          <DialogDescription>{t("shared.code.description")}</DialogDescription>
        </DialogHeader>
        <CodeBody buildRequest={buildRequest} />
      </DialogContent>
    </Dialog>
  );
}

// Mounted only while the dialog is open, so the request is built from the state at opening time.
function CodeBody({ buildRequest }: { buildRequest: () => DraftRequest }) {
  // biome-ignore lint/correctness/useExhaustiveDependencies: built once per opening, see above.
  const { request, needsPrompt } = useMemo(() => {
    const draft = buildRequest();
    return { request: toPublicMessagesRequest(draft.request), needsPrompt: draft.needsPrompt };
  }, []);
  return (
    <>
      <NeedsPromptNote show={needsPrompt} />
      <CodeView request={request} generators={messagesGenerators} />
    </>
  );
}
