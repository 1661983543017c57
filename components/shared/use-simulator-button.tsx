"use client";

import { FlaskConicalIcon } from "lucide-react";
import { useSessionMutation } from "@/components/settings/use-session-mutation";
import { Button } from "@/components/ui/button";
import { useT } from "@/lib/i18n/provider";
import { saveUpstream } from "@/lib/queries/session";

/** In an "unreachable gateway" error card: picks the simulator (as Settings does), then retries. */
export function UseSimulatorButton({ onSwitched, testId }: { onSwitched: () => void; testId: string }) {
  const t = useT();
  const pick = useSessionMutation(saveUpstream);
  return (
    <>
      <Button
        size="sm"
        disabled={pick.isPending}
        onClick={() => pick.mutate("simulator", { onSuccess: onSwitched })}
        data-testid={testId}
      >
        <FlaskConicalIcon aria-hidden />
        {t("error.useSimulator")}
      </Button>
      {pick.error && (
        <span className="text-destructive self-center text-xs">
          {t("settings.failed", { message: pick.error.message })}
        </span>
      )}
    </>
  );
}
