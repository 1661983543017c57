"use client";

import { DownloadIcon } from "lucide-react";
import { useState } from "react";
import { FileImportButton } from "@/components/shared/file-import-button";
import { Button } from "@/components/ui/button";
import { MAX_CHAT_FILE_BYTES, MAX_CONVERSATION_IMAGE_CHARS } from "@/lib/conversations/attach-limits";
import type { StoredConversation } from "@/lib/conversations/schema";
import { useFormat, useT } from "@/lib/i18n/provider";

/** A conversation as a chat-completions JSON file (messages, tools, parameters), and back. */
export function ImportExport({
  active,
  disabled,
}: {
  active: StoredConversation | undefined;
  disabled: boolean;
}) {
  const t = useT();
  const format = useFormat();
  const [problem, setProblem] = useState<string | null>(null);

  const load = () => import("@/lib/chat/chat-file");

  const tooLarge = (selected: File) =>
    setProblem(
      t("chat.sidebar.importTooLarge", {
        file: selected.name,
        size: format.bytes(selected.size),
        limit: format.bytes(MAX_CHAT_FILE_BYTES),
      }),
    );

  async function upload(selected: File) {
    setProblem(null);
    try {
      const { droppedImages } = await (await load()).uploadChat(selected);
      if (droppedImages) {
        setProblem(
          t("chat.sidebar.importDroppedImages", {
            count: droppedImages,
            size: format.bytes(MAX_CONVERSATION_IMAGE_CHARS),
          }),
        );
      }
    } catch (error) {
      setProblem(
        t("chat.sidebar.importFailed", { reason: error instanceof SyntaxError ? "JSON" : "messages" }),
      );
    }
  }

  return (
    <div className="flex flex-col gap-1.5">
      <div className="flex flex-col gap-1.5">
        <Button
          variant="outline"
          size="sm"
          className="flex-1"
          disabled={disabled || !active}
          onClick={() =>
            active &&
            void load()
              .then((m) => m.downloadChat(active))
              .catch(() => setProblem(t("error.hintNetwork")))
          }
          data-testid="chat-export"
        >
          <DownloadIcon aria-hidden />
          {t("chat.sidebar.export")}
        </Button>
        <FileImportButton
          label={t("chat.sidebar.import")}
          accept="application/json,.json"
          maxBytes={MAX_CHAT_FILE_BYTES}
          onFile={(selected) => void upload(selected)}
          onTooLarge={tooLarge}
          disabled={disabled}
          className="flex-1"
          testId="chat-import"
        />
      </div>
      {problem && (
        <p role="alert" className="text-destructive text-xs" data-testid="chat-import-error">
          {problem}
        </p>
      )}
    </div>
  );
}
