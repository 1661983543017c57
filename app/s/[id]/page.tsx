import { notFound } from "next/navigation";
import { ShareSummary } from "@/components/share/share-summary";
import { SnapshotView } from "@/components/share/snapshot-view";
import { TeamShareLoader } from "@/components/share/team-share-loader";
import { createFormatter } from "@/lib/i18n/format";
import { getLocale } from "@/lib/i18n/server";
import { createTranslate } from "@/lib/i18n/translate";
import { lookupShare } from "@/lib/server/shares/service";

export const dynamic = "force-dynamic";

/** A shared snapshot, rendered read-only on the server: the first paint needs no client state. */
export default async function SharePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  // The access cookie is scoped to /api and never reaches this page: team links load in the browser.
  const found = await lookupShare(id, false);
  if (found.status === "not-found") notFound();
  if (found.status === "team-only") return <TeamShareLoader id={id} />;
  const locale = await getLocale();
  const t = createTranslate(locale);
  const f = createFormatter(locale);
  return (
    <>
      <ShareSummary share={found.share} t={t} f={f} />
      <SnapshotView snapshot={found.share.snapshot} t={t} f={f} />
    </>
  );
}
