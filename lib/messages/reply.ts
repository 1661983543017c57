import { z } from "zod";
import type { PlaygroundMessage } from "@/lib/conversations/metadata";
import { blockDataOf } from "./blocks";
import { anthropicDetailsOf } from "./metadata";

export interface ReplyContentBlock {
  type: string;
  text?: string;
  thinking?: string;
  signature?: string;
  id?: string;
  name?: string;
  input?: unknown;
}

const signatureSchema = z.object({ anthropic: z.object({ signature: z.string() }) });
const signatureOf = (meta: unknown) => signatureSchema.safeParse(meta).data?.anthropic.signature;

/**
 * A reply as the page holds it, in the shape of an Anthropic message (content blocks, stop reason,
 * usage): what the page shows, comparable with the official SDK's `finalMessage()`.
 */
export function replyAsAnthropicMessage(message: PlaygroundMessage) {
  const content: ReplyContentBlock[] = [];
  for (const part of message.parts) {
    if (part.type === "reasoning") {
      content.push({ type: "thinking", thinking: part.text, signature: signatureOf(part.providerMetadata) });
    } else if (part.type === "text") {
      content.push({ type: "text", text: part.text });
    } else if (part.type === "dynamic-tool") {
      content.push({ type: "tool_use", id: part.toolCallId, name: part.toolName, input: part.input });
    } else {
      const block = blockDataOf(part);
      if (block?.blockType === "tool_use")
        content.push({ type: "tool_use", id: block.toolId, name: block.name, input: block.value });
      else if (block) content.push({ type: block.blockType });
    }
  }
  const details = anthropicDetailsOf(message.metadata);
  return {
    model: message.metadata?.model,
    content,
    stop_reason: message.metadata?.finishReason,
    usage: {
      input_tokens: details?.inputTokens,
      cache_creation_input_tokens: details?.cacheCreationInputTokens,
      cache_read_input_tokens: details?.cacheReadInputTokens,
      cache_creation: {
        ephemeral_5m_input_tokens: details?.cacheCreation5m,
        ephemeral_1h_input_tokens: details?.cacheCreation1h,
      },
      output_tokens: details?.outputTokens,
      service_tier: details?.serviceTier,
    },
  };
}
