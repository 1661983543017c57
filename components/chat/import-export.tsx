"use client";

import { DownloadIcon, UploadIcon } from "lucide-react";
import { useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { MAX_CONVERSATION_IMAGE_CHARS } from "@/lib/conversations/attach-limits";
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
  const file = useRef<HTMLInputElement>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const load = () => import("@/lib/chat/chat-file");

  async function upload(selected: File | undefined) {
    if (!selected) return;
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
    } finally {
      if (file.current) file.current.value = "";
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
        <Button
          variant="outline"
          size="sm"
          className="flex-1"
          disabled={disabled}
          onClick={() => file.current?.click()}
          data-testid="chat-import"
        >
          <UploadIcon aria-hidden />
          {t("chat.sidebar.import")}
        </Button>
      </div>
      <input
        ref={file}
        type="file"
        accept="application/json,.json"
        className="hidden"
        onChange={(e) => void upload(e.target.files?.[0])}
        data-testid="chat-import-file"
      />
      {problem && (
        <p role="alert" className="text-destructive text-xs" data-testid="chat-import-error">
          {problem}
        </p>
      )}
    </div>
  );
}
