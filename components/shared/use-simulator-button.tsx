"use client";

import { useQueryClient } from "@tanstack/react-query";
import { FlaskConicalIcon } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { useT } from "@/lib/i18n/provider";
import { queryKeys } from "@/lib/queries/keys";
import { saveUpstream } from "@/lib/queries/session";

/**
 * In an "unreachable gateway" error card: picks the simulator (as Settings does), then retries.
 * A plain async call rather than useMutation: the error card is in every page's first load, and
 * react-query's mutation code is not (page weight).
 */
export function UseSimulatorButton({ onSwitched, testId }: { onSwitched: () => void; testId: string }) {
  const t = useT();
  const queryClient = useQueryClient();
  const [state, setState] = useState<{ busy: boolean; error?: string }>({ busy: false });
  const choose = async () => {
    setState({ busy: true });
    try {
      queryClient.setQueryData(queryKeys.session, await saveUpstream("simulator"));
      for (const queryKey of [queryKeys.session, queryKeys.models, queryKeys.balance])
        void queryClient.invalidateQueries({ queryKey });
      setState({ busy: false });
      onSwitched();
    } catch (error) {
      setState({ busy: false, error: error instanceof Error ? error.message : String(error) });
    }
  };
  return (
    <>
      <Button size="sm" disabled={state.busy} onClick={() => void choose()} data-testid={testId}>
        <FlaskConicalIcon aria-hidden />
        {t("error.useSimulator")}
      </Button>
      {state.error && (
        <span className="text-destructive self-center text-xs">
          {t("settings.failed", { message: state.error })}
        </span>
      )}
    </>
  );
}
