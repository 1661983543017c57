"use client";

import { useQuery } from "@tanstack/react-query";
import { useFormat, useT } from "@/lib/i18n/provider";
import { HttpError } from "@/lib/queries/http";
import { fetchShare } from "@/lib/shares/api";
import { ShareSummary } from "./share-summary";
import { ShareUnavailable } from "./share-unavailable";
import { SnapshotView } from "./snapshot-view";

/**
 * Team-only links: the access cookie is scoped to /api, so the page's own request cannot prove the
 * session. The browser asks /api/shares/<id> (which receives the cookie) and renders the same views.
 */
export function TeamShareLoader({ id }: { id: string }) {
  const t = useT();
  const f = useFormat();
  const query = useQuery({
    queryKey: ["share", id],
    queryFn: () => fetchShare(id),
    retry: false,
    staleTime: Number.POSITIVE_INFINITY,
  });
  if (query.isPending) return <p className="text-muted-foreground py-16 text-center text-sm">…</p>;
  if (query.error) {
    const status = query.error instanceof HttpError ? query.error.display.status : 0;
    return <ShareUnavailable reason={status === 401 ? "team-only" : "not-found"} t={t} />;
  }
  return (
    <div className="flex flex-col gap-4">
      <ShareSummary share={query.data} t={t} f={f} />
      <SnapshotView snapshot={query.data.snapshot} shareId={query.data.id} t={t} f={f} />
    </div>
  );
}
