import { DEFAULT_ANTHROPIC_VERSION, DEFAULT_MESSAGES_VENDOR } from "@/lib/messages/request";
import {
  type ChatConversation,
  chatShareParamsSchema,
  type MessagesConversation,
  messagesShareParamsSchema,
} from "@/lib/schemas/share";
import { pickParams } from "@/lib/shares/builders";
import type { PromptSetup } from "./schema";

// A saved setup as a chat or Messages conversation (the share shapes), for opening it in a tab and for
// the read-only share page. A setup saved on the other API keeps its model, vendor, system and
// messages; its parameters are carried where both APIs have them, and a value the target API would
// refuse is left out.

const paramsOf = (setup: PromptSetup) => setup.params as Record<string, unknown>;

function chatParams(setup: PromptSetup): ChatConversation["params"] {
  const p = paramsOf(setup);
  const body =
    setup.api === "chat"
      ? p
      : {
          max_tokens: p.max_tokens,
          temperature: p.temperature,
          top_p: p.top_p,
          stop: p.stop_sequences,
          stream: p.stream,
        };
  return pickParams(chatShareParamsSchema, body);
}

function messagesParams(setup: PromptSetup): MessagesConversation["params"] {
  const p = paramsOf(setup);
  const body =
    setup.api === "messages"
      ? p
      : {
          max_tokens: p.max_tokens,
          temperature: p.temperature,
          top_p: p.top_p,
          stop_sequences: p.stop,
          stream: p.stream,
        };
  return pickParams(messagesShareParamsSchema, body);
}

export function chatConversationOf(setup: PromptSetup): ChatConversation {
  return {
    api: "chat-completions",
    model: setup.model,
    vendor: setup.api === "chat" ? (setup.vendor ?? "") : "",
    system: setup.system,
    params: chatParams(setup),
    messages: setup.messages.map(({ role, content }) => ({ role, content })),
  };
}

export function messagesConversationOf(setup: PromptSetup): MessagesConversation {
  return {
    api: "messages",
    model: setup.model,
    vendor: (setup.api === "messages" ? setup.vendor : undefined) || DEFAULT_MESSAGES_VENDOR,
    anthropicVersion: DEFAULT_ANTHROPIC_VERSION,
    system: setup.system,
    params: messagesParams(setup),
    messages: setup.messages.map(({ role, content }) => ({
      role,
      blocks: content ? [{ type: "text" as const, text: content }] : [],
    })),
  };
}
