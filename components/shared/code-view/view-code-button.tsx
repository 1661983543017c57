"use client";

import { Code2Icon } from "lucide-react";
import { useState } from "react";
import { lazyDialog } from "@/components/shared/lazy-dialog";
import { Button } from "@/components/ui/button";
import { useT } from "@/lib/i18n/provider";
import type { MediaDraft } from "./media-code-dialog";

const MediaCodeDialog = lazyDialog(() => import("./media-code-dialog").then((m) => m.MediaCodeDialog));

/** "View code" on the images and videos forms: the request Generate would send, as code. */
export function ViewCodeButton({ build }: { build: () => MediaDraft }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button type="button" variant="outline" size="sm" onClick={() => setOpen(true)} data-testid="view-code">
        <Code2Icon aria-hidden />
        {t("shared.code.title")}
      </Button>
      {open && <MediaCodeDialog build={build} onClose={() => setOpen(false)} />}
    </>
  );
}
