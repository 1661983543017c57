"use client";

import { useQuery } from "@tanstack/react-query";
import { type FormEvent, useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { useT } from "@/lib/i18n/provider";
import { sessionQueryOptions, submitAccessCode } from "@/lib/queries/session";
import { useSessionMutation } from "@/lib/settings/use-session-mutation";

/** Only for team deployments that hold a server key behind an access code. */
export function AccessSection() {
  const t = useT();
  const id = useId();
  const { data: session } = useQuery(sessionQueryOptions());
  const [code, setCode] = useState("");
  const unlock = useSessionMutation(submitAccessCode);
  if (!session?.accessRequired) return null;
  if (session.accessGranted) return <p className="text-sm">{t("settings.accessGranted")}</p>;

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (code.trim()) unlock.mutate(code.trim(), { onSuccess: () => setCode("") });
  }

  return (
    <form onSubmit={onSubmit} className="grid gap-2">
      <Label htmlFor={id}>{t("settings.accessLabel")}</Label>
      <p className="text-muted-foreground text-xs">{t("settings.accessHelp")}</p>
      <div className="flex gap-2">
        <Input
          id={id}
          type="password"
          autoComplete="off"
          value={code}
          onChange={(e) => setCode(e.target.value)}
          data-testid="settings-access-input"
        />
        <Button type="submit" disabled={unlock.isPending} data-testid="settings-access-submit">
          {t("settings.accessSubmit")}
        </Button>
      </div>
      {unlock.error && (
        <p role="alert" className="text-destructive text-sm">
          {t("settings.failed", { message: unlock.error.message })}
        </p>
      )}
    </form>
  );
}
