"use client";

import { BookMarkedIcon, BookmarkPlusIcon } from "lucide-react";
import { useState } from "react";
import { lazyDialog } from "@/components/shared/lazy-dialog";
import { Button } from "@/components/ui/button";
import { useT } from "@/lib/i18n/provider";
import type { PromptTab } from "@/lib/prompts/last-prompt";
import type { PromptSetup } from "@/lib/prompts/schema";

// Mounted after the page's load event (components/prompts/lazy.tsx); the dialogs' code (IndexedDB, zod
// schemas, the diff) is fetched after that or when a button is pressed.
const SavePromptDialog = lazyDialog(() => import("./save-prompt-dialog").then((m) => m.SavePromptDialog));
const PromptLibraryDialog = lazyDialog(() =>
  import("./prompt-library-dialog").then((m) => m.PromptLibraryDialog),
);

export interface PromptButtonsProps {
  tab: PromptTab;
  /** The tab's setup now (read when Save is pressed). */
  getSetup: () => Promise<PromptSetup>;
  disabled?: boolean;
}

/** "Save prompt" and "Prompts" (the library) for the chat and Messages toolbars. */
export function PromptButtons({ tab, getSetup, disabled }: PromptButtonsProps) {
  const t = useT();
  const [open, setOpen] = useState<"save" | "library" | null>(null);
  const close = (next: boolean) => !next && setOpen(null);
  return (
    <>
      <Button
        variant="outline"
        size="sm"
        disabled={disabled}
        onClick={() => setOpen("save")}
        data-testid="prompt-save-open"
      >
        <BookmarkPlusIcon aria-hidden />
        {t("prompts.save")}
      </Button>
      <Button
        variant="outline"
        size="sm"
        onClick={() => setOpen("library")}
        data-testid="prompt-library-open"
      >
        <BookMarkedIcon aria-hidden />
        {t("prompts.library")}
      </Button>
      {open === "save" && (
        <SavePromptDialog
          tab={tab}
          getSetup={getSetup}
          onOpenChange={close}
          onOpenLibrary={() => setOpen("library")}
        />
      )}
      {open === "library" && <PromptLibraryDialog tab={tab} onOpenChange={close} />}
    </>
  );
}
