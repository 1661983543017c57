"use client";

import { Code2Icon } from "lucide-react";
import { useState } from "react";
import { lazyDialog } from "@/components/shared/lazy-dialog";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
} from "@/components/ui/dialog";
import { useT } from "@/lib/i18n/provider";
import { useShortcuts } from "@/lib/shortcuts/use-shortcuts";
import type { BuiltRequest } from "@/lib/streaming/transport";

const CodeBody = lazyDialog(() => import("./code-body").then((m) => m.CodeBody));

/** The request the composer would send now, as code in the Messages tab's languages. */
export function CodeDialog({ buildRequest }: { buildRequest: () => BuiltRequest }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  useShortcuts({ viewCode: () => setOpen(true) });
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button variant="ghost" size="sm" aria-keyshortcuts="v" data-testid="messages-code-open">
          <Code2Icon aria-hidden />
          {t("messages.viewCode")}
        </Button>
      </DialogTrigger>
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
