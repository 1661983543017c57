"use client";

import { useMemo } from "react";
import { CodeView } from "@/components/shared/code-view/code-view";
import { messagesGenerators, toPublicMessagesRequest } from "@/lib/code-gen/messages-generators";
import type { BuiltRequest } from "@/lib/streaming/transport";

// Mounted only while the dialog is open, so the request is built from the state at opening time. Its own
// file so that the code generators load lazily (see tools-dialogs.tsx).
export function CodeBody({ buildRequest }: { buildRequest: () => BuiltRequest }) {
  // biome-ignore lint/correctness/useExhaustiveDependencies: built once per opening, see above.
  const request = useMemo(() => toPublicMessagesRequest(buildRequest()), []);
  return <CodeView request={request} generators={messagesGenerators} />;
}
