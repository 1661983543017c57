import { defaultPanes } from "@/lib/compare/setup";
import { forkedSetup } from "@/lib/compare/share";
import { promptFitsUrl, setupSearch } from "@/lib/compare/url-state";
import { DEFAULT_ANTHROPIC_VERSION, DEFAULT_MESSAGES_VENDOR } from "@/lib/messages/request";
import {
  type ChatConversation,
  type ChatSnapshot,
  chatShareParamsSchema,
  compareSnapshotSchema,
  type MessagesConversation,
  type MessagesSnapshot,
  messagesShareParamsSchema,
} from "@/lib/schemas/share";
import { pickParams } from "@/lib/shares/builders";
import { forkSnapshot } from "@/lib/shares/fork";
import { writePendingFork } from "@/lib/shares/pending-fork";
import type { PromptSetup } from "./schema";

// "Open in chat / Messages / compare": a saved version becomes a new conversation in that tab, the way
// "Open in my playground" opens a share (lib/shares/fork.ts). A setup saved on the other API keeps its
// model, vendor, system and messages; its parameters are carried where both APIs have them.

export type OpenTarget = "chat" | "messages" | "compare";

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

const titled = (title: string) => ({ v: 1 as const, title: title.slice(0, 80) });

/**
 * Compare opens with the version in the first pane and the other API's default model in the second.
 * A last user message not answered yet goes into compare's prompt box (through the address, as a
 * compare link carries it) so one Send runs it in both panes; earlier turns are the panes' history.
 */
function openInCompare(setup: PromptSetup, title: string): string {
  const own = setup.api === "chat" ? chatConversationOf(setup) : messagesConversationOf(setup);
  const other = defaultPanes().find((p) => p.api !== own.api) ?? defaultPanes()[1];
  const last = setup.messages.at(-1);
  const prompt = last?.role === "user" && promptFitsUrl(last.content) ? last.content : "";
  const history = prompt ? setup.messages.slice(0, -1) : setup.messages;
  const trimmed = { ...setup, messages: history };
  const second =
    own.api === "chat-completions"
      ? {
          ...messagesConversationOf({ ...trimmed, api: "messages", vendor: undefined }),
          model: other?.model ?? "",
        }
      : { ...chatConversationOf({ ...trimmed, api: "chat", vendor: undefined }), model: other?.model ?? "" };
  const first = setup.api === "chat" ? chatConversationOf(trimmed) : messagesConversationOf(trimmed);
  const snapshot = compareSnapshotSchema.parse({ ...titled(title), kind: "compare", panes: [first, second] });
  writePendingFork(snapshot);
  return `/compare${setupSearch({ ...forkedSetup(snapshot).setup, prompt })}`;
}

/** Applies the version to the target tab's stores; returns the path to open. */
export async function openVersion(setup: PromptSetup, target: OpenTarget, title: string): Promise<string> {
  if (target === "compare") return openInCompare(setup, title);
  if (target === "chat") {
    const snapshot: ChatSnapshot = { ...titled(title), kind: "chat", ...chatConversationOf(setup) };
    return forkSnapshot(snapshot);
  }
  const snapshot: MessagesSnapshot = { ...titled(title), kind: "messages", ...messagesConversationOf(setup) };
  return forkSnapshot(snapshot);
}
