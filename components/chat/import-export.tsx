"use client";

import { DownloadIcon, UploadIcon } from "lucide-react";
import { useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { exportChat } from "@/lib/chat/chat-completions-io";
import { useChatConfigStore } from "@/lib/chat/config-store";
import type { StoredConversation } from "@/lib/conversations/schema";
import { useConversationStore } from "@/lib/conversations/store";
import { useT } from "@/lib/i18n/provider";
import { toolSettingsOf } from "@/lib/tools/spec";

/** A conversation as a chat-completions JSON file (messages, tools, parameters), and back. */
export function ImportExport({
  active,
  disabled,
}: {
  active: StoredConversation | undefined;
  disabled: boolean;
}) {
  const t = useT();
  const file = useRef<HTMLInputElement>(null);
  const [problem, setProblem] = useState<string | null>(null);

  function download() {
    if (!active) return;
    const { model, params } = useChatConfigStore.getState();
    const body = exportChat({
      model,
      params,
      system: String(active.settings.system ?? ""),
      messages: active.messages,
      tools: toolSettingsOf(active.settings.tools),
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
      const { importChat } = await import("@/lib/chat/chat-import");
      const snapshot = importChat(JSON.parse(await selected.text()), config.params);
      if (snapshot.model) config.setModel(snapshot.model);
      config.setParams(snapshot.params);
      useConversationStore.getState().create("chat", {
        title: selected.name.replace(/\.json$/i, ""),
        messages: snapshot.messages,
        settings: { system: snapshot.system, tools: snapshot.tools },
      });
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
          onClick={download}
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
