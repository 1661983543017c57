import { DEFAULT_ANTHROPIC_VERSION, DEFAULT_MESSAGES_VENDOR } from "@/lib/messages/request";
import {
  type ChatConversation,
  chatShareParamsSchema,
  type MessagesConversation,
  messagesShareParamsSchema,
} from "@/lib/schemas/share";
import { shareToolSettingsSchema } from "@/lib/schemas/share-tools";
import { pickParams } from "@/lib/shares/builders";
import type { PromptSetup } from "./schema";
import { setupToolSettings } from "./setup-tools";

// A saved setup as a chat or Messages conversation (the share shapes), for opening it in a tab and for
// the read-only share page. A setup saved on the other API keeps its model, vendor, system and
// messages; its parameters are carried where both APIs have them, and a value the target API would
// refuse is left out. Its tools become the conversation's tool set (the editor's form, which a
// share, a fork and the tabs keep), whichever API they were saved on.

/** A setup's parameters for `target`: as saved on the same API, else the fields both APIs have. */
function paramsFor(setup: PromptSetup, target: PromptSetup["api"]): Record<string, unknown> {
  const p = setup.params as Record<string, unknown>;
  if (setup.api === target) return p;
  const [stopFrom, stopTo] = target === "chat" ? ["stop_sequences", "stop"] : ["stop", "stop_sequences"];
  return {
    max_tokens: p.max_tokens,
    temperature: p.temperature,
    top_p: p.top_p,
    [stopTo]: p[stopFrom],
    stream: p.stream,
  };
}

/** The setup's tool set as a conversation keeps it; nothing without tools. */
function toolsOf(setup: PromptSetup): { tools?: ChatConversation["tools"] } {
  if (!setup.tools?.length) return {};
  const tools = shareToolSettingsSchema.safeParse(setupToolSettings(setup)).data;
  return tools ? { tools } : {};
}

export function chatConversationOf(setup: PromptSetup): ChatConversation {
  return {
    api: "chat-completions",
    model: setup.model,
    vendor: setup.api === "chat" ? (setup.vendor ?? "") : "",
    system: setup.system,
    params: pickParams(chatShareParamsSchema, paramsFor(setup, "chat")),
    messages: setup.messages.map(({ role, content }) => ({ role, content })),
    ...toolsOf(setup),
  };
}

export function messagesConversationOf(setup: PromptSetup): MessagesConversation {
  return {
    api: "messages",
    model: setup.model,
    vendor: (setup.api === "messages" ? setup.vendor : undefined) || DEFAULT_MESSAGES_VENDOR,
    anthropicVersion: DEFAULT_ANTHROPIC_VERSION,
    system: setup.system,
    params: pickParams(messagesShareParamsSchema, paramsFor(setup, "messages")),
    messages: setup.messages.map(({ role, content }) => ({
      role,
      blocks: content ? [{ type: "text" as const, text: content }] : [],
    })),
    ...toolsOf(setup),
  };
}
