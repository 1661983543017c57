"use client";

import { PlusIcon } from "lucide-react";
import { useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
import { messageText, usePlaygroundChat } from "@/lib/hooks/use-playground-chat";
import { useT } from "@/lib/i18n/provider";
import { useUiStore } from "@/lib/stores/ui";
import { ChatRequestError, displayErrorOf } from "@/lib/streaming/errors";
import { ChatError } from "./chat-error";
import { Composer } from "./composer";
import { Conversation } from "./conversation";
import { ModelPicker } from "./model-picker";
import { SystemPrompt } from "./system-prompt";

export function ChatView() {
  const t = useT();
  const chat = usePlaygroundChat();
  const { messages, status, error, stop, setMessages, sendMessage, regenerate, clearError } = chat;
  const [input, setInput] = useState("");
  const [restored, setRestored] = useState(false);
  const openSettings = useUiStore((s) => s.setSettingsOpen);
  const busy = status === "submitted" || status === "streaming";

  // A request that failed before any reply: take the prompt back into the composer so nothing is lost.
  useEffect(() => {
    if (status !== "error") return;
    const last = messages.at(-1);
    if (last?.role !== "user") return;
    const text = messageText(last);
    setMessages((current) => current.slice(0, -1));
    setInput((current) => (current.trim() ? current : text));
    setRestored(true);
  }, [status, messages, setMessages]);

  useEffect(() => {
    if (!busy) return;
    function onKey(event: KeyboardEvent) {
      if (event.key === "Escape" && !useUiStore.getState().settingsOpen) void stop();
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [busy, stop]);

  function send() {
    const text = input.trim();
    if (!text || busy) return;
    setInput("");
    setRestored(false);
    void sendMessage({ text });
  }

  function retry() {
    if (messages.at(-1)?.role === "assistant") {
      setRestored(false);
      void regenerate();
    } else {
      send();
    }
  }

  const lastMessage = messages.at(-1);
  const display = error ? displayErrorOf(error, lastMessage) : undefined;

  return (
    <div className="flex flex-1 flex-col">
      <section className="grid gap-3 sm:grid-cols-[minmax(0,16rem)_minmax(0,1fr)]">
        <ModelPicker />
        <SystemPrompt />
      </section>
      <div className="flex justify-end pt-2">
        <Button
          variant="ghost"
          size="sm"
          disabled={busy || messages.length === 0}
          onClick={() => {
            setMessages([]);
            clearError();
            setRestored(false);
          }}
          data-testid="chat-new"
        >
          <PlusIcon aria-hidden />
          {t("chat.newChat")}
        </Button>
      </div>
      <div className="flex-1">
        <Conversation messages={messages} status={status} stoppedIds={chat.stoppedIds} />
      </div>
      {error && display && (
        <div className="pb-3">
          <ChatError
            error={display}
            inStream={!(error instanceof ChatRequestError) && lastMessage?.metadata?.streamError != null}
            promptRestored={restored}
            onRetry={retry}
            onOpenSettings={() => openSettings(true)}
          />
        </div>
      )}
      <Composer value={input} onChange={setInput} onSend={send} onStop={() => void stop()} busy={busy} />
    </div>
  );
}
