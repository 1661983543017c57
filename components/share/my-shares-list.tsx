"use client";

import { useMutation } from "@tanstack/react-query";
import { ExternalLinkIcon, LockIcon, Trash2Icon } from "lucide-react";
import { useEffect, useState } from "react";
import { CopyButton } from "@/components/shared/copy-button";
import { Button } from "@/components/ui/button";
import { rehydrate } from "@/lib/hooks/use-hydrated";
import { useFormat, useT } from "@/lib/i18n/provider";
import { HttpError } from "@/lib/queries/http";
import { revokeShare } from "@/lib/shares/api";
import { isExpired, type MyShare, useMySharesStore } from "@/lib/shares/my-shares-store";

function ShareRow({ share, now }: { share: MyShare; now: number }) {
  const t = useT();
  const f = useFormat();
  const url = `${window.location.origin}/s/${share.id}`;
  const expired = isExpired(share, now);
  const revoke = useMutation({
    mutationFn: () => revokeShare(share.id, share.deleteToken),
    // A 404 means the link is already gone (expired, or revoked elsewhere): drop it here too.
    onSettled: (_data, error) => {
      if (!error || (error instanceof HttpError && error.display.status === 404)) {
        useMySharesStore.getState().remove(share.id);
      }
    },
  });
  return (
    <li className="flex items-center gap-2 py-2" data-testid="my-share" data-share-id={share.id}>
      <div className="flex min-w-0 flex-1 flex-col">
        <span className="truncate text-sm font-medium">
          {share.teamOnly && <LockIcon className="mr-1 inline size-3" aria-label={t("share.teamOnly")} />}
          {t(`share.kinds.${share.kind}`)} · {share.title || share.id}
        </span>
        <span className="text-muted-foreground text-xs" data-testid="my-share-status">
          {t("share.createdAt", { date: f.date(share.createdAt) })} ·{" "}
          {expired
            ? t("share.expired")
            : share.expiresAt === null
              ? t("share.noExpiry")
              : t("share.expires", { date: f.date(share.expiresAt) })}
        </span>
        {revoke.error && !(revoke.error instanceof HttpError && revoke.error.display.status === 404) && (
          <span className="text-destructive text-xs" role="alert">
            {t("share.revokeFailed", { message: revoke.error.message })}
          </span>
        )}
      </div>
      {!expired && <CopyButton text={url} label={t("share.copyLink")} data-testid="my-share-copy" />}
      {!expired && (
        <Button asChild variant="ghost" size="icon-sm" title={t("share.open")}>
          <a href={url} target="_blank" rel="noopener noreferrer" aria-label={t("share.open")}>
            <ExternalLinkIcon aria-hidden />
          </a>
        </Button>
      )}
      <Button
        variant="ghost"
        size="sm"
        onClick={() => revoke.mutate()}
        disabled={revoke.isPending}
        className="text-destructive"
        data-testid="my-share-revoke"
      >
        <Trash2Icon aria-hidden />
        {revoke.isPending ? t("share.revoking") : t("share.revoke")}
      </Button>
    </li>
  );
}

/** The links this browser created, newest first, with copy and revoke. */
export function MySharesList() {
  const t = useT();
  const shares = useMySharesStore((s) => s.shares);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    void rehydrate(useMySharesStore);
    const timer = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(timer);
  }, []);
  return (
    <section className="flex flex-col gap-1 border-t pt-3" data-testid="my-shares">
      <h3 className="text-sm font-medium">{t("share.mine")}</h3>
      {shares.length === 0 ? (
        <p className="text-muted-foreground text-xs">{t("share.mineEmpty")}</p>
      ) : (
        <ul className="divide-y">
          {shares.map((share) => (
            <ShareRow key={share.id} share={share} now={now} />
          ))}
        </ul>
      )}
    </section>
  );
}
