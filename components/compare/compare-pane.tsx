"use client";

import { type KeyboardEvent, memo, useCallback, useEffect, useId, useMemo, useRef, useState } from "react";
import { MessageView } from "@/components/messages/message-view";
import { InspectorDialog } from "@/components/shared/inspector-dialog";
import { LazyReplyError as ReplyError } from "@/components/shared/lazy-reply-error";
import { ToolCallsProvider } from "@/components/shared/tools/tool-calls-context";
import type { PaneSetup } from "@/lib/compare/setup";
import { useCompareStore } from "@/lib/compare/store";
import { type PaneController, type PaneOutcome, useComparePane } from "@/lib/compare/use-compare-pane";
import { useLiveTimes } from "@/lib/compare/use-live-times";
import { displayErrorOf } from "@/lib/conversations/display-error";
import { useFollowStream } from "@/lib/hooks/use-follow-stream";
import { useT } from "@/lib/i18n/provider";
import { HttpError } from "@/lib/queries/http";
import { useUiStore } from "@/lib/settings/ui-store";
import { inOverlay } from "@/lib/shortcuts/use-shortcuts";
import { PaneAnnouncer } from "./pane-announcer";
import { PaneHeader } from "./pane-header";
import { PaneParams } from "./pane-params";
import { PaneSetupFields } from "./pane-setup-fields";

/** The pane's state for tests and styling; a reply without a finish reason is not "done". */
function paneStatus(busy: boolean, failed: boolean, outcome: PaneOutcome | undefined): string {
  if (busy) return "running";
  if (failed) return "error";
  if (!outcome) return "idle";
  return outcome.meta?.incomplete ? "incomplete" : "done";
}

// Earlier turns keep their message objects while the last one streams: only it re-renders.
const PaneMessage = memo(MessageView);

interface Props {
  pane: PaneSetup;
  index: number;
  fetchFn: typeof fetch;
  register: (id: string, controller: PaneController | null) => void;
  onRerun: (id: string) => void;
}

/** One model's side of the comparison: its setup, its own conversation, metrics and errors. */
export function ComparePane({ pane, index, fetchFn, register, onRerun }: Props) {
  const t = useT();
  const titleId = useId();
  const { chat, log, controller, outcome } = useComparePane(pane, fetchFn);
  const { messages, status, error } = chat;
  const [inspecting, setInspecting] = useState<string | null>(null);
  const openSettings = useUiStore((s) => s.setSettingsOpen);
  const busy = status === "submitted" || status === "streaming";
  const rerun = useCallback(() => onRerun(pane.id), [onRerun, pane.id]);
  // The call cards answer through the pane (a continuation is a step with its own status and metrics).
  const tools = useCompareStore((s) => s.tools);
  const toolCalls = useMemo(
    () => ({
      tools,
      idle: !busy,
      chat: controller.answerable,
      setTools: useCompareStore.getState().setTools,
    }),
    [tools, busy, controller],
  );
  const last = messages.at(-1);
  const { since, firstTokenAt } = useLiveTimes(
    busy,
    busy && last?.role === "assistant" && last.parts.length > 0,
  );

  useEffect(() => {
    register(pane.id, controller);
    return () => register(pane.id, null);
  }, [pane.id, controller, register]);

  const thread = useRef<HTMLDivElement>(null);
  useFollowStream(last, thread);
  // Stops this pane alone; focus goes to its thread (the Stop button it may have been on goes away).
  const stop = useCallback(() => {
    controller.stop();
    thread.current?.focus();
  }, [controller]);
  // Esc inside a running pane stops that pane; elsewhere on the page it stops all (useShortcuts).
  function onKeyDown(e: KeyboardEvent<HTMLElement>) {
    const target = e.target instanceof Element ? e.target : null;
    if (e.key !== "Escape" || !busy || e.defaultPrevented || e.nativeEvent.isComposing) return;
    // A portalled dialog (the inspector) bubbles through here in React but is not inside the pane.
    if (!e.currentTarget.contains(target) || inOverlay(target)) return;
    e.preventDefault();
    stop();
  }

  const display = error ? displayErrorOf(error, last) : undefined;
  return (
    <section
      aria-labelledby={titleId}
      onKeyDown={onKeyDown}
      className="bg-background flex min-w-0 flex-col gap-2.5 rounded-lg border p-3"
      data-testid="compare-pane"
      data-status={paneStatus(busy, error != null, outcome)}
    >
      <PaneHeader
        pane={pane}
        index={index}
        titleId={titleId}
        busy={busy}
        since={since}
        firstTokenAt={firstTokenAt}
        onRerun={rerun}
        onStop={stop}
      />
      <PaneSetupFields pane={pane} disabled={busy} />
      <PaneParams pane={pane} disabled={busy} />
      {/* biome-ignore lint/a11y/useSemanticElements: a labelled group, not a form fieldset nor another landmark. */}
      <div
        ref={thread}
        className="flex max-h-[70dvh] min-h-24 flex-col gap-3 overflow-y-auto [contain:content] [&_.markdown-block]:[contain-intrinsic-size:auto_6rem] [&_.markdown-block]:[content-visibility:auto]"
        data-testid="pane-messages"
        // The thread scrolls inside the pane; keyboard users reach it with Tab. Four to six replies grow
        // at once: layout stays inside each thread (contain), and blocks scrolled out of view are not
        // laid out or painted (content-visibility) — the main thread's cost while streaming.
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be focusable.
        tabIndex={0}
        role="group"
        aria-label={t("compare.threadLabel", { n: index + 1 })}
      >
        {messages.length === 0 && !busy && (
          <p className="text-muted-foreground py-6 text-center text-sm">{t("compare.emptyPane")}</p>
        )}
        <ToolCallsProvider value={toolCalls}>
          {messages.map((message, i) => (
            <PaneMessage
              key={message.id}
              message={message}
              streaming={busy && i === messages.length - 1}
              onInspect={setInspecting}
            />
          ))}
        </ToolCallsProvider>
        {busy && (last?.role === "user" || last?.parts.length === 0) && (
          <p className="text-muted-foreground animate-pulse text-sm" data-testid="pane-waiting">
            {t("chat.waiting")}
          </p>
        )}
      </div>
      {error && display && (
        <ReplyError
          error={display}
          inStream={!(error instanceof HttpError) && last?.metadata?.streamError != null}
          promptRestored={false}
          onRetry={rerun}
          onOpenSettings={() => openSettings(true)}
        />
      )}
      <PaneAnnouncer index={index} outcome={outcome} error={display} />
      <InspectorDialog log={log} exchangeId={inspecting} onClose={() => setInspecting(null)} />
      {chat.engine}
    </section>
  );
}
