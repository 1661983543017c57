import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { ShareSummary } from "@/components/share/share-summary";
import { SnapshotView } from "@/components/share/snapshot-view";
import { TeamShareLoader } from "@/components/share/team-share-loader";
import { createFormatter } from "@/lib/i18n/format";
import { getLocale } from "@/lib/i18n/server";
import { createTranslate } from "@/lib/i18n/translate";
import { lookupShare } from "@/lib/server/shares/service";
import { shareMetaOf } from "@/lib/shares/meta";

export const dynamic = "force-dynamic";

// One store read per request for the metadata and the page.
const findShare = cache((id: string) => lookupShare(id, false));

/**
 * Title and link preview (OpenGraph) from the snapshot's own title, kind and models; team-only and
 * missing links keep the generic title. noindex comes from the layout and the headers.
 */
export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const found = await findShare((await params).id);
  if (found.status !== "ok") return {};
  const t = createTranslate(await getLocale());
  const { title, description } = shareMetaOf(found.share.snapshot, t);
  return { title, description, openGraph: { title, description, type: "article", siteName: t("app.name") } };
}

/** A shared snapshot, rendered read-only on the server: the first paint needs no client state. */
export default async function SharePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  // The access cookie is scoped to /api and never reaches this page: team links load in the browser.
  const found = await findShare(id);
  if (found.status === "not-found") notFound();
  if (found.status === "team-only") return <TeamShareLoader id={id} />;
  const locale = await getLocale();
  const t = createTranslate(locale);
  const f = createFormatter(locale);
  return (
    <>
      <ShareSummary share={found.share} t={t} f={f} />
      <SnapshotView snapshot={found.share.snapshot} shareId={found.share.id} t={t} f={f} />
    </>
  );
}
