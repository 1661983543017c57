"use client";

import type { FileUIPart } from "ai";
import { ScanSearchIcon } from "lucide-react";
import { type ReactNode, useEffect, useMemo, useState } from "react";
import { MessagesShareButton } from "@/components/share/messages-share-button";
import { SessionEnd } from "@/components/shared/session-end";
import { ToolCallsProvider } from "@/components/shared/tools/tool-calls-context";
import { ToolsButton } from "@/components/shared/tools/tools-button";
import { useToolCallsContext } from "@/components/shared/tools/use-tool-calls-context";
import { Button } from "@/components/ui/button";
import { useChatConfigStore } from "@/lib/chat/config-store";
import { draftConversation, draftRequest } from "@/lib/code-gen/draft";
import { type PlaygroundMessage, textOf } from "@/lib/conversations/metadata";
import { useSavedSettings } from "@/lib/conversations/use-saved-settings";
import { useT } from "@/lib/i18n/provider";
import { anthropicDetailsOf } from "@/lib/messages/metadata";
import { useMessagesSession } from "@/lib/messages/use-messages-session";
import { copyReply } from "@/lib/shortcuts/copy-reply";
import { useShortcuts } from "@/lib/shortcuts/use-shortcuts";
import { toolSettingsOf } from "@/lib/tools/spec";
import { Composer } from "./composer";
import { Thread } from "./thread";
import { CodeDialog } from "./tools-dialogs";

interface Props {
  conversationId: string;
  initialMessages: PlaygroundMessage[];
  /** Settings kept with the conversation (its tools). */
  initialSettings: Record<string, unknown>;
  /** The toolbar's conversation controls (picker, New), disabled while a reply streams. */
  toolbar: (busy: boolean) => ReactNode;
}

const filesOf = (m: PlaygroundMessage) =>
  m.parts.filter((p): p is FileUIPart => p.type === "file" && p.url !== "");

/** One saved conversation on /v1/messages: thread, errors, composer, inspector and View code. */
export function MessagesSession({ conversationId, initialMessages, initialSettings, toolbar }: Props) {
  const t = useT();
  const [tools, setTools] = useState(() => toolSettingsOf(initialSettings.tools));
  useSavedSettings(
    "messages",
    conversationId,
    useMemo(() => ({ tools }), [tools]),
  );
  const chat = useMessagesSession(conversationId, initialMessages, tools);
  const { messages, status, stop, setMessages, sendMessage, regenerate } = chat;
  const [input, setInput] = useState("");
  const [files, setFiles] = useState<FileUIPart[]>([]);
  const [restored, setRestored] = useState(false);
  const [inspecting, setInspecting] = useState<string | null>(null);
  const busy = status === "submitted" || status === "streaming";
  const toolCalls = useToolCallsContext(chat, tools, setTools, busy);

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
    const text = input.trim();
    if ((!text && files.length === 0) || busy) return;
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
        <div className="ml-auto flex gap-1">
          <ToolsButton
            settings={tools}
            onChange={setTools}
            requiredLabel={t("tools.choiceAny")}
            testId="messages-tools"
          />
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
        </div>
      </div>
      <div className="flex-1">
        <ToolCallsProvider value={toolCalls}>
          <Thread
            messages={messages}
            status={status}
            onInspect={(id) => setInspecting(chat.log.get(id) ? id : "")}
          />
        </ToolCallsProvider>
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
