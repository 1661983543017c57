import type { AnthropicEvent, AnthropicMessage } from "@/lib/schemas/messages";

/**
 * A non-stream Messages reply as the event sequence a stream of it would have carried, so the one
 * dialect maps both modes (and the page shows them the same way).
 */
export function messageToEvents(message: AnthropicMessage): AnthropicEvent[] {
  const { content, stop_reason, stop_sequence, usage, ...rest } = message;
  const events: AnthropicEvent[] = [{ type: "message_start", message: { ...rest, content: [], usage } }];
  (content ?? []).forEach((block, index) => {
    events.push({ type: "content_block_start", index, content_block: block });
    events.push({ type: "content_block_stop", index });
  });
  events.push({ type: "message_delta", delta: { stop_reason, stop_sequence }, usage });
  events.push({ type: "message_stop" });
  return events;
}
