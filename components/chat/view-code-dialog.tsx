"use client";

import { useMemo } from "react";
import { CodeDialog } from "@/components/shared/code-view/code-dialog";
import { NeedsPromptNote } from "@/components/shared/code-view/needs-prompt-note";
import { chatCompletionsGenerators, toPublicRequest } from "@/lib/code-gen";
import type { DraftRequest } from "@/lib/code-gen/draft";

/** The request that Send would make now, as code. Built once when the dialog opens. */
export function ViewCodeDialog({ build, onClose }: { build: () => DraftRequest; onClose: () => void }) {
  // biome-ignore lint/correctness/useExhaustiveDependencies: a snapshot at open time, on purpose.
  const { request, needsPrompt } = useMemo(() => {
    const draft = build();
    return { request: toPublicRequest(draft.request), needsPrompt: draft.needsPrompt };
  }, []);
  return (
    <CodeDialog
      request={request}
      generators={chatCompletionsGenerators}
      note={<NeedsPromptNote show={needsPrompt} />}
      onClose={onClose}
    />
  );
}
