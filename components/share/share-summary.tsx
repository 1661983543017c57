import { LockIcon } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import type { SharedRecord } from "@/lib/schemas/share";
import { ForkButton } from "./fork-button";
import type { ViewI18n } from "./view-types";

/** Title, kind, dates and the fork button above a shared snapshot. */
export function ShareSummary({ share, t, f }: { share: SharedRecord } & ViewI18n) {
  const { snapshot } = share;
  return (
    <section className="flex flex-col gap-3 border-b pb-4 sm:flex-row sm:items-start sm:justify-between">
      <div className="flex min-w-0 flex-col gap-1.5">
        <h1 className="text-xl font-semibold tracking-tight break-words" data-testid="share-title">
          {snapshot.title || t("share.page.untitled")}
        </h1>
        <p className="text-muted-foreground flex flex-wrap items-center gap-x-3 gap-y-1 text-xs">
          <Badge variant="outline">{t(`share.kinds.${snapshot.kind}`)}</Badge>
          {share.teamOnly && (
            <Badge variant="outline">
              <LockIcon aria-hidden />
              {t("share.page.teamOnly")}
            </Badge>
          )}
          <span>{t("share.page.sharedOn", { date: f.date(share.createdAt) })}</span>
          {share.expiresAt !== null && (
            <span data-testid="share-expires">
              {t("share.page.expiresOn", { date: f.date(share.expiresAt) })}
            </span>
          )}
        </p>
      </div>
      <div className="shrink-0 sm:max-w-xs">
        <ForkButton id={share.id} />
      </div>
    </section>
  );
}
