import type {
  ChatConversation,
  MessagesConversation,
  SharedAttachment,
  ShareMetrics,
} from "@/lib/schemas/share";
import { chatStepParts, messagesToolParts } from "./restore-tools";

// The reverse of the builders, for "Open in my playground": a shared conversation back into the UI
// message shape the tabs keep (AI SDK UIMessage with ReplyMetadata), with fresh ids.

export interface RestoredPart {
  type: string;
  text?: string;
  state?: "done" | "input-available" | "output-available" | "output-error";
  data?: unknown;
  id?: string;
  url?: string;
  mediaType?: string;
  // A tool call (`dynamic-tool`), with the result the user gave it.
  toolName?: string;
  toolCallId?: string;
  input?: unknown;
  output?: unknown;
  errorText?: string;
}

/** A shared image back as the file part it was sent as (a placeholder has none to send). */
function filePart(image: SharedAttachment): RestoredPart[] {
  if ("omitted" in image) return [];
  return [{ type: "file", mediaType: image.mime, url: `data:${image.mime};base64,${image.data}` }];
}
export interface RestoredMessage {
  id: string;
  role: "user" | "assistant";
  parts: RestoredPart[];
  metadata?: Record<string, unknown>;
}

let counter = 0;
const newId = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${(counter++).toString(36)}`;

function metadataFrom(metrics: ShareMetrics | undefined): Record<string, unknown> | undefined {
  if (!metrics) return undefined;
  const { usage, ...rest } = metrics;
  if (!usage) return { ...rest };
  const { cacheCreationInputTokens, cacheReadInputTokens, ...common } = usage;
  const anthropic =
    cacheCreationInputTokens !== undefined || cacheReadInputTokens !== undefined
      ? { anthropic: { cacheCreationInputTokens, cacheReadInputTokens } }
      : {};
  return { ...rest, usage: common, ...anthropic };
}

export function restoreChatMessages(conversation: ChatConversation): RestoredMessage[] {
  return conversation.messages.map((m) => {
    const parts: RestoredPart[] = [];
    if (m.steps) parts.push(...chatStepParts(m.steps));
    else {
      if (m.reasoning) parts.push({ type: "reasoning", text: m.reasoning, state: "done" });
      for (const image of m.images ?? []) parts.push(...filePart(image));
      parts.push({ type: "text", text: m.content, state: "done" });
    }
    const metadata = metadataFrom(m.metrics);
    return { id: newId("fork"), role: m.role, parts, ...(metadata ? { metadata } : {}) };
  });
}

export function restoreMessagesMessages(conversation: MessagesConversation): RestoredMessage[] {
  return conversation.messages.map((m) => {
    const parts: RestoredPart[] = [];
    const tools = messagesToolParts(parts);
    m.blocks.forEach((block, index) => {
      if (tools.take(block)) return;
      if (block.type === "text") parts.push({ type: "text", text: block.text, state: "done" });
      else if (block.type === "image") parts.push(...filePart(block.image));
      else if (block.type === "thinking")
        parts.push({ type: "reasoning", text: block.thinking, state: "done" });
      else if (block.type === "redacted_thinking") {
        parts.push({
          type: "data-block",
          id: `block-${index}`,
          data: { blockType: "redacted_thinking", complete: true },
        });
      } else if (block.type === "tool_result")
        parts.push({ type: "text", text: block.content, state: "done" });
      // image_not_shared: the image was never in the snapshot, so the fork has none to send.
    });
    const metadata = metadataFrom(m.metrics);
    return { id: newId("fork"), role: m.role, parts, ...(metadata ? { metadata } : {}) };
  });
}
