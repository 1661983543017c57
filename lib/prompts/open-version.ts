import { defaultPanes } from "@/lib/compare/setup";
import { forkedSetup } from "@/lib/compare/share";
import { useCompareStore } from "@/lib/compare/store";
import { promptFitsUrl, setupSearch } from "@/lib/compare/url-state";
import { rehydrate } from "@/lib/hooks/use-hydrated";
import { type ChatSnapshot, compareSnapshotSchema, type MessagesSnapshot } from "@/lib/schemas/share";
import { forkSnapshot } from "@/lib/shares/fork";
import { writePendingFork } from "@/lib/shares/pending-fork";
import { chatConversationOf, messagesConversationOf } from "./conversation";
import type { PromptSetup } from "./schema";
import { setupOnApi, setupToolSettings } from "./setup-tools";

// "Open in chat / Messages / compare": a saved version becomes a new conversation in that tab, the way
// "Open in my playground" opens a share (lib/shares/fork.ts). Its tools go into the new
// conversation's tool editor as a fork restores them (the conversation's `tools`, ./conversation.ts).
// In compare its tools become compare's one tool set, which every pane sends in its API's form.

export type OpenTarget = "chat" | "messages" | "compare";

const titled = (title: string) => ({ v: 1 as const, title: title.slice(0, 80) });

/**
 * Compare opens with the version in the first pane and the other API's default model in the second.
 * A last user message not answered yet goes into compare's prompt box (through the address, as a
 * compare link carries it) so one Send runs it in both panes; earlier turns are the panes' history.
 */
async function openInCompare(setup: PromptSetup, title: string): Promise<string> {
  const own = setup.api === "chat" ? chatConversationOf(setup) : messagesConversationOf(setup);
  const other = defaultPanes().find((p) => p.api !== own.api) ?? defaultPanes()[1];
  const last = setup.messages.at(-1);
  const prompt = last?.role === "user" && promptFitsUrl(last.content) ? last.content : "";
  const history = prompt ? setup.messages.slice(0, -1) : setup.messages;
  const trimmed = { ...setup, messages: history };
  const second =
    own.api === "chat-completions"
      ? {
          ...messagesConversationOf({ ...setupOnApi(trimmed, "messages"), vendor: undefined }),
          model: other?.model ?? "",
        }
      : {
          ...chatConversationOf({ ...setupOnApi(trimmed, "chat"), vendor: undefined }),
          model: other?.model ?? "",
        };
  const first = setup.api === "chat" ? chatConversationOf(trimmed) : messagesConversationOf(trimmed);
  const snapshot = compareSnapshotSchema.parse({ ...titled(title), kind: "compare", panes: [first, second] });
  writePendingFork(snapshot);
  // The fork replaces the panes, not the tool set: the version's (or none) replaces an earlier one.
  await rehydrate(useCompareStore);
  useCompareStore.getState().setTools(setupToolSettings(setup));
  return `/compare${setupSearch({ ...forkedSetup(snapshot).setup, prompt })}`;
}

/** Applies the version to the target tab's stores; returns the path to open. */
export async function openVersion(setup: PromptSetup, target: OpenTarget, title: string): Promise<string> {
  if (target === "compare") return openInCompare(setup, title);
  return forkSnapshot(
    target === "chat"
      ? ({ ...titled(title), kind: "chat", ...chatConversationOf(setup) } satisfies ChatSnapshot)
      : ({ ...titled(title), kind: "messages", ...messagesConversationOf(setup) } satisfies MessagesSnapshot),
  );
}
