"use client";

import type { FileUIPart } from "ai";
import { ScanSearchIcon } from "lucide-react";
import { type ReactNode, useEffect, useRef, useState } from "react";
import { LazyPromptButtons, LazyVariablesPanel } from "@/components/prompts/lazy";
import { MessagesShareButton } from "@/components/share/messages-share-button";
import { SessionEnd } from "@/components/shared/session-end";
import { Button } from "@/components/ui/button";
import { useChatConfigStore } from "@/lib/chat/config-store";
import { draftConversation, draftRequest } from "@/lib/code-gen/draft";
import { type PlaygroundMessage, textOf } from "@/lib/conversations/metadata";
import { useT } from "@/lib/i18n/provider";
import { useMessagesConfigStore } from "@/lib/messages/config-store";
import { anthropicDetailsOf } from "@/lib/messages/metadata";
import { useMessagesSession } from "@/lib/messages/use-messages-session";
import { copyReply } from "@/lib/shortcuts/copy-reply";
import { useShortcuts } from "@/lib/shortcuts/use-shortcuts";
import { Composer } from "./composer";
import { Thread } from "./thread";
import { CodeDialog } from "./tools-dialogs";

interface Props {
  conversationId: string;
  initialMessages: PlaygroundMessage[];
  /** The toolbar's conversation controls (picker, New), disabled while a reply streams. */
  toolbar: (busy: boolean) => ReactNode;
}

const filesOf = (m: PlaygroundMessage) =>
  m.parts.filter((p): p is FileUIPart => p.type === "file" && p.url !== "");

/** One saved conversation on /v1/messages: thread, errors, composer, inspector and View code. */
export function MessagesSession({ conversationId, initialMessages, toolbar }: Props) {
  const t = useT();
  const chat = useMessagesSession(conversationId, initialMessages);
  const { messages, status, stop, setMessages, sendMessage, regenerate } = chat;
  const [input, setInput] = useState("");
  const [files, setFiles] = useState<FileUIPart[]>([]);
  const [restored, setRestored] = useState(false);
  const [inspecting, setInspecting] = useState<string | null>(null);
  const busy = status === "submitted" || status === "streaming";
  const system = useMessagesConfigStore((s) => s.form.system);
  // Set by the variables panel while it is mounted: Send fills {{variables}} first.
  const fillFirst = useRef<(() => boolean) | null>(null);

  // A request that failed before any reply: take the prompt (and its images) back into the composer.
  useEffect(() => {
    if (status !== "error") return;
    const last = messages.at(-1);
    if (last?.role !== "user") return;
    setMessages((current) => current.slice(0, -1));
    setInput((current) => (current.trim() ? current : textOf(last)));
    setFiles((current) => (current.length > 0 ? current : filesOf(last)));
    setRestored(true);
  }, [status, messages, setMessages]);

  const lastReply = messages.findLast((m) => m.role === "assistant");
  // A vendor the gateway echoed (non-stream replies) is suggested in every vendor field from now on.
  const seenVendor = lastReply && anthropicDetailsOf(lastReply.metadata)?.vendor;
  useEffect(() => {
    if (seenVendor) useChatConfigStore.getState().rememberVendor(seenVendor);
  }, [seenVendor]);
  useShortcuts({
    stop: busy ? () => void stop() : undefined,
    copyLastReply: () => void copyReply(lastReply && textOf(lastReply), t),
  });

  function send() {
    if (busy || fillFirst.current?.()) return;
    const text = input.trim();
    if (!text && files.length === 0) return;
    setInput("");
    setFiles([]);
    setRestored(false);
    void sendMessage({ text, files });
  }

  function retry() {
    if (messages.at(-1)?.role === "assistant") {
      setRestored(false);
      void regenerate();
    } else {
      send();
    }
  }

  /** What Send would post now: the conversation plus the composer's text and images. */
  const viewCodeRequest = () =>
    draftRequest(draftConversation(messages, { text: input, files }, false), (m) =>
      chat.transport.buildRequest(m),
    );

  return (
    <div className="flex flex-1 flex-col">
      <div className="flex flex-wrap items-center gap-1 pt-3">
        {toolbar(busy)}
        <div className="ml-auto flex flex-wrap gap-1">
          <Button
            variant="ghost"
            size="sm"
            onClick={() => setInspecting(chat.log.latestId() ?? "")}
            data-testid="messages-inspector-open"
          >
            <ScanSearchIcon aria-hidden />
            {t("messages.inspector")}
          </Button>
          <CodeDialog buildRequest={viewCodeRequest} />
          <MessagesShareButton disabled={busy || messages.length === 0} />
          <LazyPromptButtons
            tab="messages"
            disabled={busy}
            getSetup={() =>
              import("@/lib/prompts/tab-setup").then((m) =>
                m.messagesPromptSetup({ messages, pending: input }),
              )
            }
          />
        </div>
      </div>
      <LazyVariablesPanel
        source={{ system, messages, input }}
        apply={(filled) => {
          useMessagesConfigStore.getState().set({ system: filled.system });
          setMessages(filled.messages);
          setInput(filled.input);
        }}
        send={() => send()}
        fillRef={fillFirst}
        busy={busy}
      />
      <div className="flex-1">
        <Thread
          messages={messages}
          status={status}
          onInspect={(id) => setInspecting(chat.log.get(id) ? id : "")}
        />
      </div>
      <SessionEnd
        chat={chat}
        promptRestored={restored}
        onRetry={retry}
        inspecting={inspecting}
        onCloseInspector={() => setInspecting(null)}
      >
        <Composer
          value={input}
          onChange={setInput}
          files={files}
          onFilesChange={setFiles}
          onSend={send}
          onStop={() => void stop()}
          busy={busy}
        />
      </SessionEnd>
    </div>
  );
}
