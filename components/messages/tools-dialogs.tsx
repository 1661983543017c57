"use client";

import { Code2Icon } from "lucide-react";
import { useState } from "react";
import { lazyDialog } from "@/components/shared/lazy-dialog";
import { Button } from "@/components/ui/button";
import type { DraftRequest } from "@/lib/code-gen/draft";
import { useOpenedOnce } from "@/lib/hooks/use-opened-once";
import { useT } from "@/lib/i18n/provider";
import { useShortcuts } from "@/lib/shortcuts/use-shortcuts";

// The dialog (Radix parts) and the code generators stay out of the page's first load.
const CodeDialogBody = lazyDialog(() => import("./code-body").then((m) => m.CodeDialogBody));

/** The request the composer would send now, as code in the Messages tab's languages. */
export function CodeDialog({ buildRequest }: { buildRequest: () => DraftRequest }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const opened = useOpenedOnce(open);
  useShortcuts({ viewCode: () => setOpen(true) });
  return (
    <>
      <Button
        variant="ghost"
        size="sm"
        aria-keyshortcuts="v"
        aria-haspopup="dialog"
        aria-expanded={open}
        onClick={() => setOpen(true)}
        data-testid="messages-code-open"
      >
        <Code2Icon aria-hidden />
        {t("messages.viewCode")}
      </Button>
      {opened && <CodeDialogBody open={open} onOpenChange={setOpen} buildRequest={buildRequest} />}
    </>
  );
}
