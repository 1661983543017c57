import type { ShareConversation } from "@/lib/schemas/share";
import { Facts, ParamsList, SystemView } from "./view-facts";
import { ChatMessageView, MessagesMessageView } from "./view-message";
import type { ViewI18n } from "./view-types";

/** One conversation (chat completions or Anthropic messages): its request settings, then its turns. */
export function ConversationView({ conversation: c, t, f }: { conversation: ShareConversation } & ViewI18n) {
  const facts: [string, React.ReactNode][] = [
    [t("share.view.model"), c.model || "—"],
    [t("share.view.api"), c.api === "messages" ? "/v1/messages" : "/v1/chat/completions"],
  ];
  if (c.vendor) facts.push([t("share.view.vendor"), c.vendor]);
  if (c.api === "messages") facts.push([t("share.view.anthropicVersion"), c.anthropicVersion]);
  facts.push([t("share.view.parameters"), <ParamsList key="p" params={c.params} t={t} />]);
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
              <ChatMessageView key={i} {...m} t={t} f={f} />
            ))
          : c.messages.map((m, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a stored conversation never reorders.
              <MessagesMessageView key={i} {...m} t={t} f={f} />
            ))}
      </div>
    </div>
  );
}
