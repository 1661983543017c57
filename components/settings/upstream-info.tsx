"use client";

import { useQuery } from "@tanstack/react-query";
import { useId, useState } from "react";
import { ExternalLink } from "@/components/shared/external-link";
import { APIGO_KEYS_URL } from "@/lib/apigo-links";
import { type MessageKey, useT } from "@/lib/i18n/provider";
import { saveUpstream, sessionQueryOptions } from "@/lib/queries/session";
import type { SessionInfo } from "@/lib/schemas/session";
import { useSessionMutation } from "@/lib/settings/use-session-mutation";

type Choice = "gateway" | "simulator";

/** What the current state means for the user's requests. */
function statusKey(session: SessionInfo): MessageKey {
  if (session.upstream.forced) return "settings.upstreamForced";
  if (session.upstream.kind === "simulator") return "settings.upstreamDemo";
  if (session.mode === "team") return "settings.upstreamTeam";
  return session.mode === "user-key" ? "settings.upstreamLive" : "settings.upstreamNeedsKey";
}

/**
 * Which upstream answers, and the switch between the only two there are: the configured gateway and the
 * built-in simulator. The pick is kept server-side (httpOnly cookie); no address is ever typed here.
 */
export function UpstreamInfo() {
  const t = useT();
  const id = useId();
  const { data: session } = useQuery(sessionQueryOptions());
  const pick = useSessionMutation(saveUpstream);
  const [error, setError] = useState<string | null>(null);
  const current: Choice | undefined = session
    ? session.upstream.kind === "remote"
      ? "gateway"
      : "simulator"
    : undefined;
  // The radio shows the pick at once (a controlled radio would otherwise flip back until the mutation's
  // state arrives), until the saved session answers.
  const [picked, setPicked] = useState<Choice | null>(null);
  const choose = (choice: Choice) => {
    setError(null);
    setPicked(choice);
    pick.mutate(choice, {
      onError: (e) => setError(t("settings.failed", { message: e.message })),
      onSettled: () => setPicked(null),
    });
  };
  const options: { value: Choice; label: MessageKey }[] = [
    {
      value: "gateway",
      label:
        session?.upstream.gateway === "custom"
          ? "settings.upstreamCustomGateway"
          : "settings.upstreamGateway",
    },
    { value: "simulator", label: "settings.upstreamSimulator" },
  ];
  return (
    <fieldset className="grid gap-2" data-testid="settings-upstream" data-upstream={session?.upstream.kind}>
      <legend className="mb-1 text-sm font-medium">{t("settings.upstream")}</legend>
      {options.map((o) => (
        <label key={o.value} className="flex items-center gap-2 text-sm has-disabled:opacity-60">
          <input
            type="radio"
            name={`${id}-upstream`}
            value={o.value}
            checked={(picked ?? current) === o.value}
            disabled={!session || pick.isPending || (o.value === "gateway" && session.upstream.forced)}
            onChange={() => choose(o.value)}
            className="accent-primary size-4"
            data-testid={`settings-upstream-${o.value}`}
          />
          {t(o.label)}
        </label>
      ))}
      <p className="text-muted-foreground text-xs" data-testid="settings-upstream-status" aria-live="polite">
        {session ? t(statusKey(session)) : t("settings.loading")}
        {session?.upstream.kind === "simulator" && session.keyHint && !session.upstream.forced
          ? ` ${t("settings.upstreamKeyKept")}`
          : ""}
      </p>
      {error && (
        <p className="text-destructive text-xs" role="alert">
          {error}
        </p>
      )}
      {session?.upstream.gateway === "apigo" && (
        <ExternalLink href={APIGO_KEYS_URL} testId="settings-get-key" className="w-fit text-sm">
          {t("settings.getKey")}
        </ExternalLink>
      )}
    </fieldset>
  );
}
