"use client";

import { Code2Icon, MessagesSquareIcon, PlusIcon, ScanSearchIcon, SlidersHorizontalIcon } from "lucide-react";
import { useState } from "react";
import { ChatShareButton } from "@/components/share/tab-share-buttons";
import { lazyDialog } from "@/components/shared/lazy-dialog";
import { ToolsButton } from "@/components/shared/tools/tools-button";
import { Button } from "@/components/ui/button";
import { useChatUiStore } from "@/lib/chat/ui-store";
import { draftConversation, draftRequest } from "@/lib/code-gen/draft";
import type { PlaygroundMessage } from "@/lib/conversations/metadata";
import { useT } from "@/lib/i18n/provider";
import { useShortcuts } from "@/lib/shortcuts/use-shortcuts";
import type { BuiltRequest } from "@/lib/streaming/transport";
import type { ToolSettings } from "@/lib/tools/spec";
import { ChatModelPicker } from "./chat-model-picker";
import { VendorInput } from "./vendor-input";

const ViewCodeDialog = lazyDialog(() => import("./view-code-dialog").then((m) => m.ViewCodeDialog));

interface Props {
  messages: PlaygroundMessage[];
  /** Text in the composer: View code shows the request that Send would make. */
  pending: string;
  busy: boolean;
  buildRequest: (messages: PlaygroundMessage[]) => BuiltRequest;
  onInspect: () => void;
  onNewChat: () => void;
  tools: ToolSettings;
  onToolsChange: (tools: ToolSettings) => void;
}

export function ChatToolbar(props: Props) {
  const { messages, pending, busy, buildRequest, onInspect, onNewChat, tools, onToolsChange } = props;
  const t = useT();
  const [codeOpen, setCodeOpen] = useState(false);
  useShortcuts({ viewCode: () => setCodeOpen(true) });
  const setSidebarOpen = useChatUiStore((s) => s.setSidebarOpen);
  const setParamsOpen = useChatUiStore((s) => s.setParamsOpen);
  return (
    <div className="flex flex-col gap-3 pb-3">
      <div className="grid gap-3 sm:grid-cols-2">
        <ChatModelPicker />
        <VendorInput />
      </div>
      <div className="flex flex-wrap items-center gap-1.5">
        <Button
          variant="outline"
          size="sm"
          className="lg:hidden"
          onClick={() => setSidebarOpen(true)}
          data-testid="chat-open-sidebar"
        >
          <MessagesSquareIcon aria-hidden />
          {t("chat.toolbar.conversations")}
        </Button>
        <Button
          variant="outline"
          size="sm"
          className="xl:hidden"
          onClick={() => setParamsOpen(true)}
          data-testid="chat-open-params"
        >
          <SlidersHorizontalIcon aria-hidden />
          {t("chat.toolbar.parameters")}
        </Button>
        <ToolsButton settings={tools} onChange={onToolsChange} testId="chat-tools" />
        <Button
          variant="outline"
          size="sm"
          onClick={() => setCodeOpen(true)}
          aria-keyshortcuts="v"
          data-testid="chat-view-code"
        >
          <Code2Icon aria-hidden />
          {t("chat.toolbar.viewCode")}
        </Button>
        <Button variant="outline" size="sm" onClick={onInspect} data-testid="chat-inspector">
          <ScanSearchIcon aria-hidden />
          {t("chat.toolbar.inspector")}
        </Button>
        <ChatShareButton disabled={busy || messages.length === 0} />
        <Button
          variant="ghost"
          size="sm"
          className="ml-auto"
          disabled={busy}
          onClick={onNewChat}
          aria-keyshortcuts="n"
          data-testid="chat-new"
        >
          <PlusIcon aria-hidden />
          {t("chat.newChat")}
        </Button>
      </div>
      {codeOpen && (
        <ViewCodeDialog
          onClose={() => setCodeOpen(false)}
          // Send with an empty composer runs a conversation that ends on a user turn (Run).
          build={() => draftRequest(draftConversation(messages, { text: pending }, true), buildRequest)}
        />
      )}
    </div>
  );
}
