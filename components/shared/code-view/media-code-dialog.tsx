"use client";

import { useMemo } from "react";
import { imagesGenerators, videosGenerators } from "@/lib/code-gen";
import { imageCodeRequest, videoCodeRequest } from "@/lib/code-gen/media";
import { useT } from "@/lib/i18n/provider";
import type { BuiltImageRequest } from "@/lib/images/request";
import { CodeDialog } from "./code-dialog";

/** What the images or videos tab's Generate would send now, from the tab's own request builder. */
export type MediaDraft =
  | { kind: "images"; built: BuiltImageRequest }
  | { kind: "videos"; form: FormData; headers: Record<string, string> };

/** View code of the media tabs; loaded (with the generators) only when it is first opened. */
export function MediaCodeDialog({ build, onClose }: { build: () => MediaDraft; onClose: () => void }) {
  const t = useT();
  // biome-ignore lint/correctness/useExhaustiveDependencies: a snapshot at open time, on purpose.
  const request = useMemo(() => {
    const draft = build();
    return draft.kind === "images"
      ? imageCodeRequest(draft.built)
      : videoCodeRequest(draft.form, draft.headers);
  }, []);
  const hasFile = (request.multipart?.files.length ?? 0) > 0;
  return (
    <CodeDialog
      request={request}
      generators={request.multipart ? videosGenerators : imagesGenerators}
      note={
        hasFile ? (
          <p className="bg-muted rounded-md px-3 py-2 text-sm" role="note" data-testid="code-reference-note">
            {t("shared.code.referenceFile")}
          </p>
        ) : null
      }
      onClose={onClose}
    />
  );
}
