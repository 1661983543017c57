"use client";

import { Code2Icon, SlidersHorizontalIcon } from "lucide-react";
import { useState } from "react";
import { LazyPromptButtons } from "@/components/prompts/lazy";
import { ChatShareButton } from "@/components/share/tab-share-buttons";
import {
  ConversationsButton,
  InspectorButton,
  NewConversationButton,
} from "@/components/shared/conversation-buttons";
import { lazyDialog } from "@/components/shared/lazy-dialog";
import { ToolsButton } from "@/components/shared/tools/tools-button";
import { Button } from "@/components/ui/button";
import { draftConversation, draftRequest } from "@/lib/code-gen/draft";
import type { PlaygroundMessage } from "@/lib/conversations/metadata";
import { useConversationUiStore } from "@/lib/conversations/ui-store";
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
  /** The system prompt as typed (Save prompt keeps it). */
  system: string;
  busy: boolean;
  buildRequest: (messages: PlaygroundMessage[]) => BuiltRequest;
  onInspect: () => void;
  onNewChat: () => void;
  tools: ToolSettings;
  onToolsChange: (tools: ToolSettings) => void;
}

export function ChatToolbar(props: Props) {
  const { messages, pending, system, busy, buildRequest, onInspect, onNewChat, tools, onToolsChange } = props;
  const t = useT();
  const [codeOpen, setCodeOpen] = useState(false);
  useShortcuts({ viewCode: () => setCodeOpen(true) });
  const setParamsOpen = useConversationUiStore((s) => s.setParamsOpen);
  return (
    <div className="flex flex-col gap-3 pb-3">
      <div className="grid gap-3 sm:grid-cols-2">
        <ChatModelPicker />
        <VendorInput />
      </div>
      <div className="flex flex-wrap items-center gap-1.5">
        <ConversationsButton tab="chat" />
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
        <InspectorButton variant="outline" onClick={onInspect} testId="chat-inspector" />
        <ChatShareButton disabled={busy || messages.length === 0} />
        <LazyPromptButtons
          tab="chat"
          disabled={busy}
          getSetup={() =>
            import("@/lib/prompts/tab-setup").then((m) =>
              m.chatPromptSetup({ system, messages, pending, tools }),
            )
          }
        />
        <NewConversationButton tab="chat" busy={busy} onClick={onNewChat} className="ml-auto" />
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
