"use client";

import { lazyDialog } from "@/components/shared/lazy-dialog";
import type { ConversationSessionState } from "@/lib/conversations/use-conversation-session";

/** The composer's note while tool calls wait, fetched after the page's load event or when it shows. */
export const LazyCallsWaitingNotice = lazyDialog(() =>
  import("./calls-waiting-notice").then((m) => m.CallsWaitingNotice),
);

/** Chat's and Messages' composer note: shown while the last reply's calls wait for results. */
export function SessionCallsWaiting({
  session,
  testId,
}: {
  session: Pick<ConversationSessionState, "waiting" | "skipCalls" | "busy">;
  testId: string;
}) {
  if (session.waiting === 0) return null;
  return (
    <LazyCallsWaitingNotice
      count={session.waiting}
      onSkip={session.skipCalls}
      busy={session.busy}
      testId={testId}
    />
  );
}
