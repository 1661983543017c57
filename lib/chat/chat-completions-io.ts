import type { PlaygroundMessage } from "@/lib/conversations/metadata";
import { type ChatParams, paramsToBody } from "@/lib/schemas/chat-params";
import { buildChatCompletionsBody } from "@/lib/streaming/dialects/chat-completions";
import type { ToolSettings } from "@/lib/tools/spec";

export interface ChatSnapshot {
  model: string;
  system: string;
  messages: PlaygroundMessage[];
  params: ChatParams;
  tools: ToolSettings;
  /** Images left out on import: over the size a message or a conversation may carry. */
  droppedImages?: number;
}

/** A conversation as a /v1/chat/completions request body: what the API takes, so it can be sent as is. */
export function exportChat(snapshot: ChatSnapshot): Record<string, unknown> {
  return buildChatCompletionsBody(snapshot.messages, {
    model: snapshot.model,
    system: snapshot.system,
    params: paramsToBody(snapshot.params),
    stream: snapshot.params.stream,
    tools: snapshot.tools,
  });
}
