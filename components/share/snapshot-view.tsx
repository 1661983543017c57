import { EvaluateShareView } from "@/components/evaluate/evaluate-share-view";
import { PromptShareView } from "@/components/prompts/prompt-share-view";
import { SHARE_PAGE_MARKDOWN_CHARS } from "@/components/shared/markdown/plan-blocks";
import type { CompareSnapshot, ShareSnapshot } from "@/lib/schemas/share";
import { ConversationView } from "./view-conversation";
import { ImagesView, VideosView } from "./view-media";
import { SharedToolSet } from "./view-tools";
import type { ViewI18n } from "./view-types";

/** The read-only rendering of any snapshot kind; markdown is capped per page (plan-blocks.ts). */
export function SnapshotView({
  snapshot,
  shareId,
  t,
  f,
}: { snapshot: ShareSnapshot; shareId?: string } & ViewI18n) {
  switch (snapshot.kind) {
    case "chat":
    case "messages":
      return <ConversationView conversation={snapshot} budget={SHARE_PAGE_MARKDOWN_CHARS} t={t} f={f} />;
    case "images":
      return <ImagesView snapshot={snapshot} t={t} f={f} />;
    case "videos":
      return <VideosView snapshot={snapshot} shareId={shareId} t={t} f={f} />;
    case "prompt":
      return <PromptShareView snapshot={snapshot} budget={SHARE_PAGE_MARKDOWN_CHARS} t={t} f={f} />;
    case "evaluate":
      return <EvaluateShareView snapshot={snapshot} t={t} f={f} />;
    case "compare":
      return (
        <div className="flex min-w-0 flex-col gap-4">
          {snapshot.tools && (
            // The tool set every pane sent, once (Messages words `required` `any` when all panes use it).
            <section className="bg-card flex min-w-0 flex-col gap-1 rounded-lg border p-3 text-sm">
              <h2 className="font-semibold">{t("share.view.tools")}</h2>
              <SharedToolSet
                tools={snapshot.tools}
                messages={snapshot.panes.every((p) => p.api === "messages")}
                t={t}
              />
            </section>
          )}
          <CompareGrid snapshot={snapshot} t={t} f={f} />
        </div>
      );
  }
}

function CompareGrid({ snapshot, t, f }: { snapshot: CompareSnapshot } & ViewI18n) {
  return (
    <div
      className="grid grid-cols-1 gap-4 lg:grid-cols-2 2xl:grid-cols-3"
      data-testid="share-compare"
      data-panes={snapshot.panes.length}
    >
      {snapshot.panes.map((pane, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: panes keep their order in a snapshot.
        <section key={i} className="flex min-w-0 flex-col gap-2" data-testid="share-pane">
          <h2 className="text-sm font-semibold">
            {t("share.view.pane", { n: i + 1 })} · <span className="font-mono">{pane.model}</span>
          </h2>
          <ConversationView
            conversation={pane}
            budget={Math.floor(SHARE_PAGE_MARKDOWN_CHARS / snapshot.panes.length)}
            t={t}
            f={f}
          />
        </section>
      ))}
    </div>
  );
}
