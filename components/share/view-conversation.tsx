import { shareBudgets } from "@/components/shared/markdown/plan-blocks";
import type { ShareConversation } from "@/lib/schemas/share";
import { Facts, ParamsList, SystemView } from "./view-facts";
import { ChatMessageView, MessagesMessageView } from "./view-message";
import { SharedToolSet } from "./view-tools";
import type { ViewI18n } from "./view-types";

/**
 * One conversation (chat completions or Anthropic messages): its request settings, then its turns.
 * `budget`: characters of markdown for all its replies together, spent in order.
 */
export function ConversationView({
  conversation: c,
  budget,
  t,
  f,
}: { conversation: ShareConversation; budget: number } & ViewI18n) {
  const budgets = shareBudgets(
    c.api === "chat-completions"
      ? c.messages.map((m) => (m.role === "assistant" ? m.content : ""))
      : c.messages.map((m) => (m.role === "assistant" ? markdownOf(m.blocks) : "")),
    budget,
  );
  const facts: [string, React.ReactNode][] = [
    [t("share.view.model"), c.model || "—"],
    [t("share.view.api"), c.api === "messages" ? "/v1/messages" : "/v1/chat/completions"],
  ];
  if (c.vendor) facts.push([t("share.view.vendor"), c.vendor]);
  if (c.api === "messages") facts.push([t("share.view.anthropicVersion"), c.anthropicVersion]);
  facts.push([t("share.view.parameters"), <ParamsList key="p" params={c.params} t={t} />]);
  if (c.tools)
    facts.push([
      t("share.view.tools"),
      <SharedToolSet key="tools" tools={c.tools} messages={c.api === "messages"} t={t} />,
    ]);
  return (
    <div className="flex min-w-0 flex-col gap-4" data-testid="share-conversation">
      <section className="bg-card rounded-lg border p-3">
        <Facts items={facts} />
      </section>
      <SystemView text={c.system} t={t} />
      <div className="flex flex-col gap-4">
        {c.messages.length === 0 && (
          <p className="text-muted-foreground text-sm">{t("share.view.noMessages")}</p>
        )}
        {c.api === "chat-completions"
          ? c.messages.map((m, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a stored conversation never reorders.
              <ChatMessageView key={i} {...m} budget={budgets[i] ?? 0} t={t} f={f} />
            ))
          : c.messages.map((m, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a stored conversation never reorders.
              <MessagesMessageView key={i} {...m} budget={budgets[i] ?? 0} t={t} f={f} />
            ))}
      </div>
    </div>
  );
}

const markdownOf = (blocks: { type: string; text?: string }[]) =>
  blocks.map((b) => (b.type === "text" ? (b.text ?? "") : "")).join("");
