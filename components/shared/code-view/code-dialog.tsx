"use client";

import type { ReactNode } from "react";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import type { CodeGenerator, CodeRequest } from "@/lib/code-gen/types";
import { useT } from "@/lib/i18n/provider";
import { CodeView } from "./code-view";

/** The View code dialog of every tab: a request as code in the tab's languages, with a note above. */
export function CodeDialog({
  request,
  generators,
  note,
  onClose,
}: {
  request: CodeRequest;
  generators: CodeGenerator[];
  note?: ReactNode;
  onClose: () => void;
}) {
  const t = useT();
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
        {note}
        <CodeView request={request} generators={generators} />
      </DialogContent>
    </Dialog>
  );
}
