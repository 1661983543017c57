"use client";

import { DownloadIcon } from "lucide-react";
import { useState } from "react";
import { FileImportButton } from "@/components/shared/file-import-button";
import { Button } from "@/components/ui/button";
import { useT } from "@/lib/i18n/provider";
import type { Translate } from "@/lib/i18n/translator";
import { useImportPrompts } from "@/lib/prompts/queries";
import type { Prompt } from "@/lib/prompts/schema";
import {
  type ImportProblem,
  importMaxBytes,
  libraryFile,
  libraryFileName,
  readLibraryFile,
} from "@/lib/prompts/transfer";
import { saveFile } from "@/lib/save-file";

function problemText(t: Translate, problem: ImportProblem): string {
  if (problem.kind === "too-large") return t("prompts.importTooLarge", { mb: importMaxBytes / 1024 / 1024 });
  if (problem.kind === "not-json") return t("prompts.importNotJson");
  return t("prompts.importInvalid", { detail: problem.detail });
}

const download = (prompts: Prompt[]) =>
  saveFile(new Blob([libraryFile(prompts)], { type: "application/json" }), libraryFileName());

/** Export the whole library as JSON; import one (validated, size-capped) as new prompts. */
export function LibraryFileActions({ prompts }: { prompts: Prompt[] }) {
  const t = useT();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const importPrompts = useImportPrompts();

  const failed = (file: File, problem: string) =>
    setMessage({ ok: false, text: t("prompts.importFailed", { file: file.name, message: problem }) });

  async function onFile(file: File) {
    setMessage(null);
    const result = await readLibraryFile(file);
    if (!result.ok) return failed(file, problemText(t, result));
    importPrompts.mutate(result.prompts, {
      onSuccess: (added) =>
        setMessage({
          ok: true,
          text: t("prompts.imported", { count: added.length, skipped: result.prompts.length - added.length }),
        }),
      onError: (error) => failed(file, String(error)),
    });
  }

  return (
    <div className="flex flex-col gap-1.5">
      <div className="flex flex-wrap gap-1.5">
        <Button
          variant="outline"
          size="sm"
          disabled={prompts.length === 0}
          onClick={() => download(prompts)}
          data-testid="prompt-export"
        >
          <DownloadIcon aria-hidden />
          {t("prompts.export")}
        </Button>
        <FileImportButton
          label={t("prompts.import")}
          accept="application/json,.json"
          maxBytes={importMaxBytes}
          onFile={(file) => void onFile(file)}
          onTooLarge={(file) => failed(file, problemText(t, { kind: "too-large" }))}
          testId="prompt-import"
        />
      </div>
      {message && (
        <p
          role={message.ok ? "status" : "alert"}
          className={message.ok ? "text-sm" : "text-destructive text-sm"}
        >
          {message.text}
        </p>
      )}
    </div>
  );
}
