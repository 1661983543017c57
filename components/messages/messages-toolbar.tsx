"use client";

import { LazyPromptButtons } from "@/components/prompts/lazy";
import { MessagesShareButton } from "@/components/share/messages-share-button";
import {
  ConversationsButton,
  InspectorButton,
  NewConversationButton,
} from "@/components/shared/conversation-buttons";
import { ToolsButton } from "@/components/shared/tools/tools-button";
import type { DraftRequest } from "@/lib/code-gen/draft";
import { useT } from "@/lib/i18n/provider";
import type { PromptSetup } from "@/lib/prompts/schema";
import type { ToolSettings } from "@/lib/tools/spec";
import { CodeDialog } from "./tools-dialogs";

interface Props {
  busy: boolean;
  /** The conversation has no turns yet (nothing to share). */
  empty: boolean;
  buildRequest: () => DraftRequest;
  onInspect: () => void;
  onNew: () => void;
  /** The setup Save prompt keeps (read when Save is pressed). */
  promptSetup: () => Promise<PromptSetup>;
  tools: ToolSettings;
  onToolsChange: (tools: ToolSettings) => void;
}

/**
 * Above a Messages conversation: the conversation list and New on screens without the sidebar (the
 * sidebar has its own New), then the conversation's tools, the Inspector, View code and Share.
 */
export function MessagesToolbar(props: Props) {
  const { busy, empty, buildRequest, onInspect, onNew, promptSetup, tools, onToolsChange } = props;
  const t = useT();
  return (
    <div className="flex flex-wrap items-center gap-1 pt-3">
      <ConversationsButton tab="messages" />
      <NewConversationButton tab="messages" busy={busy} onClick={onNew} className="lg:hidden" />
      <div className="ml-auto flex flex-wrap gap-1">
        <ToolsButton
          settings={tools}
          onChange={onToolsChange}
          requiredLabel={t("tools.choiceAny")}
          testId="messages-tools"
        />
        <InspectorButton variant="ghost" onClick={onInspect} testId="messages-inspector-open" />
        <CodeDialog buildRequest={buildRequest} />
        <MessagesShareButton disabled={busy || empty} />
        <LazyPromptButtons tab="messages" disabled={busy} getSetup={promptSetup} />
      </div>
    </div>
  );
}
