"use client";

import { DownloadIcon, UploadIcon } from "lucide-react";
import { useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { useChatConfigStore } from "@/lib/chat/config-store";
import { MAX_CONVERSATION_IMAGE_CHARS } from "@/lib/conversations/attach-limits";
import { loadAttachments } from "@/lib/conversations/attachment-watch";
import type { StoredConversation } from "@/lib/conversations/schema";
import { useConversationStore } from "@/lib/conversations/store";
import { useFormat, useT } from "@/lib/i18n/provider";

// The conversion code (its import schema) loads when a file is exported or imported.
const loadIo = () => import("@/lib/chat/chat-completions-io");

/** A conversation as a chat-completions JSON file (messages + parameters), and back. */
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

  async function download() {
    if (!active) return;
    const { model, params } = useChatConfigStore.getState();
    // Images go in as the data URLs they are sent as (read back from this browser's IndexedDB).
    const { exportChat } = await loadIo();
    const body = exportChat({
      model,
      params,
      system: String(active.settings.system ?? ""),
      messages: await (await loadAttachments()).resolveAttachments(active.messages),
    });
    const url = URL.createObjectURL(
      new Blob([`${JSON.stringify(body, null, 2)}\n`], { type: "application/json" }),
    );
    const link = document.createElement("a");
    link.href = url;
    link.download = `${(active.title || "chat").replace(/[^\p{L}\p{N}_-]+/gu, "-").slice(0, 40)}.json`;
    link.click();
    URL.revokeObjectURL(url);
  }

  async function upload(selected: File | undefined) {
    if (!selected) return;
    setProblem(null);
    try {
      const config = useChatConfigStore.getState();
      const { importChat } = await loadIo();
      const snapshot = importChat(JSON.parse(await selected.text()), config.params);
      if (snapshot.model) config.setModel(snapshot.model);
      config.setParams(snapshot.params);
      useConversationStore.getState().create("chat", {
        title: selected.name.replace(/\.json$/i, ""),
        messages: (await loadAttachments()).withAttachmentRefs(snapshot.messages),
        settings: { system: snapshot.system },
      });
      if (snapshot.droppedImages) {
        setProblem(
          t("chat.sidebar.importDroppedImages", {
            count: snapshot.droppedImages,
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
          onClick={() => void download()}
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
