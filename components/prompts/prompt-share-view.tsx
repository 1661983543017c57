import { ConversationView } from "@/components/share/view-conversation";
import type { ViewI18n } from "@/components/share/view-types";
import { chatConversationOf, messagesConversationOf } from "@/lib/prompts/conversation";
import type { PromptSnapshot } from "@/lib/schemas/share";

/** A shared prompt, read-only: how many versions it holds and the latest one's setup (the page header shows its name). */
export function PromptShareView({
  snapshot,
  budget,
  t,
  f,
}: { snapshot: PromptSnapshot; budget: number } & ViewI18n) {
  const { prompt } = snapshot;
  const latest = prompt.versions.at(-1);
  if (!latest) return null;
  const conversation =
    latest.setup.api === "chat" ? chatConversationOf(latest.setup) : messagesConversationOf(latest.setup);
  return (
    <div className="flex min-w-0 flex-col gap-3" data-testid="share-prompt">
      <p className="text-muted-foreground text-sm">
        {t("share.view.promptVersions", { count: prompt.versions.length, n: latest.n })}
      </p>
      <ConversationView conversation={conversation} budget={budget} t={t} f={f} />
    </div>
  );
}
