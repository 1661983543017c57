"use client";

import { BookMarkedIcon, BookmarkPlusIcon } from "lucide-react";
import { useState } from "react";
import { lazyDialog } from "@/components/shared/lazy-dialog";
import { Button } from "@/components/ui/button";
import { useT } from "@/lib/i18n/provider";
import type { PromptTab } from "@/lib/prompts/last-prompt";
import type { PromptSetup } from "@/lib/prompts/schema";

// The library's code (IndexedDB, zod schemas, the diff) loads after the page's load event or when a
// button is pressed: the tabs' first load pays for these two buttons only.
const SavePromptDialog = lazyDialog(() => import("./save-prompt-dialog").then((m) => m.SavePromptDialog));
const PromptLibraryDialog = lazyDialog(() =>
  import("./prompt-library-dialog").then((m) => m.PromptLibraryDialog),
);

interface Props {
  tab: PromptTab;
  /** The tab's setup now (read when Save is pressed). */
  getSetup: () => Promise<PromptSetup>;
  disabled?: boolean;
}

/** "Save prompt" and "Prompts" (the library) for the chat and Messages toolbars. */
export function PromptButtons({ tab, getSetup, disabled }: Props) {
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
