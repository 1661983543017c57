import Link from "next/link";
import { Button } from "@/components/ui/button";
import type { Translate } from "@/lib/i18n/translate";

/** Shown for a missing, revoked or expired link, and for a team link without the access session. */
export function ShareUnavailable({ reason, t }: { reason: "not-found" | "team-only"; t: Translate }) {
  const team = reason === "team-only";
  return (
    <div
      className="mx-auto flex max-w-md flex-col items-center gap-3 py-16 text-center"
      data-testid={`share-${reason}`}
    >
      <h1 className="text-xl font-semibold">
        {team ? t("share.page.teamTitle") : t("share.page.notFoundTitle")}
      </h1>
      <p className="text-muted-foreground text-sm">
        {team ? t("share.page.teamBody") : t("share.page.notFoundBody")}
      </p>
      <Button asChild variant="outline">
        <Link href="/chat">{t("share.page.goToPlayground")}</Link>
      </Button>
    </div>
  );
}
