"use client";

import { SendIcon } from "lucide-react";
import { useId } from "react";
import { PromptBox, useSendKeysHint } from "@/components/shared/prompt-box";
import { StopButton } from "@/components/shared/stop-button";
import { LazyCallsWaitingNotice } from "@/components/shared/tools/lazy-calls-waiting-notice";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";
import { useCompareStore } from "@/lib/compare/store";
import { useT } from "@/lib/i18n/provider";
import { sendHandlers } from "@/lib/shortcuts/send-handlers";
import { waitingCalls } from "@/lib/tools/waiting";

interface Props {
  onSend: (text: string) => void;
  onStop: () => void;
  /** Answers every pane's waiting calls as skipped, then sends the prompt (if any) to every pane. */
  onSkip: (text: string) => void;
}

/** The shared system prompt and the one prompt box: Send goes to every pane, Stop all stops them. */
export function CompareComposer({ onSend, onStop, onSkip }: Props) {
  const t = useT();
  const id = useId();
  // In the store: the address carries it (a link can ask the question) and a reload keeps it.
  const text = useCompareStore((s) => s.prompt);
  const setText = useCompareStore((s) => s.setPrompt);
  const system = useCompareStore((s) => s.system);
  const setSystem = useCompareStore((s) => s.setSystem);
  const busy = useCompareStore((s) => Object.values(s.status).includes("running"));
  const empty = text.trim() === "";
  // Panes whose last reply's tool calls wait for results: Send is held until they are answered.
  const waiting = useCompareStore(
    (s) => s.panes.filter((p) => waitingCalls(s.histories[p.id] ?? []).length > 0).length,
  );
  // No keys named on a touch screen, as chat's placeholder (prompt-box.tsx).
  const hint = useSendKeysHint(t("compare.sendHint"), t("compare.sendHintEnter"), null);

  function send() {
    if (busy || empty || waiting > 0) return;
    onSend(text.trim());
    setText("");
  }

  function skip() {
    if (busy) return;
    onSkip(text.trim());
    setText("");
  }

  const { onSubmit } = sendHandlers(send);

  return (
    <form
      onSubmit={onSubmit}
      className="grid gap-3 rounded-lg border p-3 md:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]"
    >
      <div className="grid content-start gap-1.5">
        <Label htmlFor={`${id}-system`}>{t("compare.sharedSystem")}</Label>
        <Textarea
          id={`${id}-system`}
          value={system}
          onChange={(e) => setSystem(e.target.value)}
          placeholder={t("compare.sharedSystemPlaceholder")}
          rows={3}
          className="max-h-40 min-h-20"
          data-testid="compare-system"
        />
      </div>
      <div className="grid content-start gap-1.5">
        <Label htmlFor={`${id}-prompt`}>{t("compare.promptLabel")}</Label>
        <PromptBox
          id={`${id}-prompt`}
          value={text}
          onValueChange={setText}
          onSend={send}
          placeholder={t("compare.promptPlaceholder")}
          enterPlaceholder={t("compare.promptPlaceholder")}
          touchPlaceholder={t("compare.promptPlaceholder")}
          data-testid="compare-input"
        />
        {waiting > 0 && (
          <LazyCallsWaitingNotice count={waiting} onSkip={skip} busy={busy} testId="compare" panes />
        )}
        <div className="flex flex-wrap items-center justify-end gap-2">
          {hint && (
            <span className="text-muted-foreground mr-auto text-xs" data-testid="compare-send-hint">
              {hint}
            </span>
          )}
          {busy && <StopButton onStop={onStop} label={t("compare.stopAll")} testId="compare-stop-all" />}
          <Button type="submit" disabled={busy || empty || waiting > 0} data-testid="compare-send">
            <SendIcon aria-hidden />
            {t("compare.sendAll")}
          </Button>
        </div>
      </div>
    </form>
  );
}
