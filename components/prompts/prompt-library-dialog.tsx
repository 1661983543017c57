"use client";

import { ArrowLeftIcon } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { useT } from "@/lib/i18n/provider";
import { lastPromptId, type PromptTab } from "@/lib/prompts/last-prompt";
import { usePrompts } from "@/lib/prompts/queries";
import { cn } from "@/lib/utils";
import { errorMessage } from "./error-message";
import { LibraryFileActions } from "./library-file-actions";
import { PromptDetail } from "./prompt-detail";
import { PromptList } from "./prompt-list";

interface Props {
  tab: PromptTab;
  onOpenChange: (open: boolean) => void;
}

/**
 * The prompt library: saved prompts on the left, the chosen one's versions, diff and actions on the
 * right (one column at a time on a phone). Opens on the prompt this tab last saved or opened.
 */
export function PromptLibraryDialog({ tab, onOpenChange }: Props) {
  const t = useT();
  const prompts = usePrompts();
  const list = prompts.data ?? [];
  const [picked, setPicked] = useState<string | undefined>(() => lastPromptId(tab));
  // A phone shows one column: the list until a prompt is picked (or when this tab has none of its own).
  const [listOnly, setListOnly] = useState(picked === undefined);
  const selected = list.find((p) => p.id === picked) ?? list[0];

  return (
    <Dialog open onOpenChange={onOpenChange}>
      <DialogContent
        closeLabel={t("settings.close")}
        className="max-h-[90dvh] overflow-y-auto sm:max-w-4xl"
        data-testid="prompt-library"
      >
        <DialogHeader>
          <DialogTitle>{t("prompts.libraryTitle")}</DialogTitle>
          <DialogDescription>{t("prompts.libraryDescription")}</DialogDescription>
        </DialogHeader>
        {prompts.error ? (
          <p role="alert" className="text-destructive text-sm">
            {t("prompts.loadFailed", { message: errorMessage(prompts.error) })}
          </p>
        ) : prompts.isPending ? null : list.length === 0 ? (
          <p className="text-muted-foreground text-sm" data-testid="prompt-library-empty">
            {t("prompts.empty")}
          </p>
        ) : (
          <div className="grid min-w-0 gap-4 md:grid-cols-[14rem_minmax(0,1fr)]">
            <PromptList
              prompts={list}
              selectedId={selected?.id}
              onSelect={(id) => {
                setPicked(id);
                setListOnly(false);
              }}
              className={listOnly ? undefined : "max-md:hidden"}
            />
            {selected && (
              <div className={cn("flex min-w-0 flex-col gap-2", listOnly && "max-md:hidden")}>
                <Button
                  variant="ghost"
                  size="sm"
                  className="self-start md:hidden"
                  onClick={() => setListOnly(true)}
                  data-testid="prompt-library-back"
                >
                  <ArrowLeftIcon aria-hidden />
                  {t("prompts.back")}
                </Button>
                <PromptDetail key={selected.id} prompt={selected} onDone={() => onOpenChange(false)} />
              </div>
            )}
          </div>
        )}
        <LibraryFileActions prompts={list} />
      </DialogContent>
    </Dialog>
  );
}
