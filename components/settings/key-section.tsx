"use client";

import { useQuery } from "@tanstack/react-query";
import { type FormEvent, useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { type MessageKey, useT } from "@/lib/i18n/provider";
import { forgetKey, saveKey, sessionQueryOptions } from "@/lib/queries/session";
import { useSessionMutation } from "@/lib/settings/use-session-mutation";
import { cn } from "@/lib/utils";

type Feedback = { kind: "ok"; key: MessageKey } | { kind: "error"; message: string } | null;

export function KeySection() {
  const t = useT();
  const id = useId();
  const { data: session } = useQuery(sessionQueryOptions());
  const [value, setValue] = useState("");
  const [feedback, setFeedback] = useState<Feedback>(null);
  const save = useSessionMutation(saveKey);
  const forget = useSessionMutation(forgetKey);
  const busy = save.isPending || forget.isPending;

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const key = value.trim();
    if (!key) return setFeedback({ kind: "error", message: t("settings.keyRequired") });
    save.mutate(key, {
      onSuccess: () => {
        setValue("");
        setFeedback({ kind: "ok", key: "settings.saved" });
      },
      onError: (error) =>
        setFeedback({ kind: "error", message: t("settings.failed", { message: error.message }) }),
    });
  }

  function onForget() {
    forget.mutate(undefined, {
      onSuccess: () => setFeedback({ kind: "ok", key: "settings.forgotten" }),
      onError: (error) =>
        setFeedback({ kind: "error", message: t("settings.failed", { message: error.message }) }),
    });
  }

  const hint = !session
    ? t("settings.loading")
    : session.keyHint
      ? t("settings.savedKey", { hint: session.keyHint })
      : session.mode === "team"
        ? t("settings.teamKey")
        : t("settings.noKey");

  return (
    <form onSubmit={onSubmit} className="grid gap-2">
      <Label htmlFor={`${id}-key`}>{t("settings.keyLabel")}</Label>
      <p className="text-sm" data-testid="settings-key-hint">
        {hint}
      </p>
      <Input
        id={`${id}-key`}
        type="password"
        autoComplete="off"
        spellCheck={false}
        value={value}
        onChange={(e) => setValue(e.target.value)}
        placeholder={t("settings.keyPlaceholder")}
        aria-describedby={`${id}-help`}
        data-testid="settings-key-input"
      />
      <p id={`${id}-help`} className="text-muted-foreground text-xs">
        {t("settings.keyHelp")}
      </p>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={busy} data-testid="settings-key-save">
          {save.isPending ? t("settings.saving") : t("settings.save")}
        </Button>
        <Button
          type="button"
          variant="outline"
          disabled={busy || !session?.keyHint}
          onClick={onForget}
          data-testid="settings-key-forget"
        >
          {t("settings.forget")}
        </Button>
      </div>
      <p
        role="status"
        aria-live="polite"
        data-testid="settings-key-feedback"
        className={cn(
          "min-h-5 text-sm",
          feedback?.kind === "error" ? "text-destructive" : "text-muted-foreground",
        )}
      >
        {feedback?.kind === "ok" ? t(feedback.key) : feedback?.message}
      </p>
    </form>
  );
}
