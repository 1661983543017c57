"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import { ExternalLinkIcon, LinkIcon } from "lucide-react";
import { useId, useState } from "react";
import { CopyButton } from "@/components/shared/copy-button";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { rehydrate } from "@/lib/hooks/use-hydrated";
import { type MessageKey, useT } from "@/lib/i18n/provider";
import { sessionQueryOptions } from "@/lib/queries/session";
import { type ShareExpiry, shareExpiries } from "@/lib/schemas/share";
import { createShare } from "@/lib/shares/api";
import { useMySharesStore } from "@/lib/shares/my-shares-store";
import type { ShareButtonProps } from "./share-button";

const expiryLabels: Record<ShareExpiry, MessageKey> = {
  "1d": "share.expiry1d",
  "7d": "share.expiry7d",
  "30d": "share.expiry30d",
  never: "share.expiryNever",
};

class NothingToShare extends Error {}

export function ShareForm({ getSnapshot, videoJobId }: Pick<ShareButtonProps, "getSnapshot" | "videoJobId">) {
  const t = useT();
  const ids = useId();
  const [expiresIn, setExpiresIn] = useState<ShareExpiry>("7d");
  const [teamOnly, setTeamOnly] = useState(false);
  const session = useQuery(sessionQueryOptions());
  const teamAvailable = session.data?.accessRequired === true;
  const create = useMutation({
    mutationFn: async () => {
      const snapshot = await getSnapshot();
      // The list must be loaded before adding to it, or the stored list would be overwritten.
      await rehydrate(useMySharesStore);
      if (!snapshot) throw new NothingToShare();
      const created = await createShare({
        snapshot,
        expiresIn,
        teamOnly: teamAvailable && teamOnly,
        ...(videoJobId ? { videoJobId } : {}),
      });
      const { id, kind, createdAt, expiresAt, deleteToken } = created;
      useMySharesStore.getState().add({
        id,
        kind,
        title: snapshot.title ?? "",
        createdAt,
        expiresAt,
        teamOnly: created.teamOnly,
        deleteToken,
      });
      return { id, url: `${window.location.origin}${created.path}` };
    },
  });
  const created = create.data;
  // Revoked in the list below (or in another dialog): the link is dead, so it is no longer offered.
  const revoked = useMySharesStore(
    (st) => created !== undefined && !st.shares.some((x) => x.id === created.id),
  );
  const url = revoked ? undefined : created?.url;

  return (
    <div className="flex flex-col gap-3">
      <fieldset className="flex flex-col gap-1.5">
        <legend className="mb-1 text-sm font-medium">{t("share.expiry")}</legend>
        <div className="flex flex-wrap gap-1.5" role="radiogroup">
          {shareExpiries.map((value) => (
            <Button
              key={value}
              type="button"
              role="radio"
              aria-checked={expiresIn === value}
              variant={expiresIn === value ? "default" : "outline"}
              size="sm"
              onClick={() => setExpiresIn(value)}
              data-testid={`share-expiry-${value}`}
            >
              {t(expiryLabels[value])}
            </Button>
          ))}
        </div>
      </fieldset>
      {teamAvailable && (
        <div className="flex items-start gap-2">
          <input
            id={`${ids}-team`}
            type="checkbox"
            checked={teamOnly}
            onChange={(e) => setTeamOnly(e.target.checked)}
            className="mt-0.5 size-4"
            data-testid="share-team-only"
          />
          <Label htmlFor={`${ids}-team`} className="flex flex-col items-start gap-0.5">
            <span>{t("share.teamOnly")}</span>
            <span className="text-muted-foreground text-xs font-normal">{t("share.teamOnlyHelp")}</span>
          </Label>
        </div>
      )}
      <Button
        onClick={() => create.mutate()}
        disabled={create.isPending}
        data-testid="share-create"
        className="self-start"
      >
        <LinkIcon aria-hidden />
        {create.isPending ? t("share.creating") : revoked ? t("share.createAgain") : t("share.create")}
      </Button>
      {revoked && (
        <p className="text-muted-foreground text-sm" role="status" data-testid="share-revoked">
          {t("share.revokedNotice")}
        </p>
      )}
      {create.error && (
        <p className="text-destructive text-sm" role="alert" data-testid="share-error">
          {create.error instanceof NothingToShare
            ? t("share.nothing")
            : t("share.failed", { message: create.error.message })}
        </p>
      )}
      {url && (
        <div className="flex flex-col gap-1.5" data-testid="share-result">
          <Label htmlFor={`${ids}-url`}>{t("share.linkLabel")}</Label>
          <div className="flex items-center gap-1">
            <Input
              id={`${ids}-url`}
              readOnly
              value={url}
              onFocus={(e) => e.target.select()}
              data-testid="share-url"
            />
            <CopyButton text={url} label={t("share.copyLink")} data-testid="share-copy" />
            <Button asChild variant="ghost" size="icon-sm" title={t("share.open")}>
              <a href={url} target="_blank" rel="noopener noreferrer" aria-label={t("share.open")}>
                <ExternalLinkIcon aria-hidden />
              </a>
            </Button>
          </div>
          <p className="text-muted-foreground text-xs">{t("share.created")}</p>
        </div>
      )}
    </div>
  );
}
