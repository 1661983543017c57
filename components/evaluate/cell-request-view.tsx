"use client";

import { useEffect, useState } from "react";
import { CodeView } from "@/components/shared/code-view/code-view";
import { Inspector } from "@/components/shared/inspector/inspector";
import { chatCompletionsGenerators, toPublicRequest } from "@/lib/code-gen";
import { messagesGenerators, toPublicMessagesRequest } from "@/lib/code-gen/messages-generators";
import { requestOfCell } from "@/lib/evaluate/cell-setup";
import { useEvalStore } from "@/lib/evaluate/store";
import type { EvalColumn } from "@/lib/evaluate/types";
import { useT } from "@/lib/i18n/provider";
import type { BuiltRequest } from "@/lib/streaming/transport";

/** The exact request a cell sends (the Inspector) or the same request as code (View code). */
export function CellRequestView({
  cellKey,
  api,
  mode,
}: {
  cellKey: string;
  api: EvalColumn["api"];
  mode: "request" | "code";
}) {
  const t = useT();
  const [built, setBuilt] = useState<{ request: BuiltRequest } | { error: string } | null>(null);
  useEffect(() => {
    let live = true;
    // The run as the tab opened (a streaming run changes every 100 ms; the request does not).
    requestOfCell(useEvalStore.getState().run, cellKey).then(
      (request) => live && request && setBuilt({ request }),
      (error: unknown) => live && setBuilt({ error: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      live = false;
    };
  }, [cellKey]);

  if (!built) return null;
  if ("error" in built)
    return (
      <p role="alert" className="text-destructive text-sm">
        {built.error}
      </p>
    );
  if (mode === "request") return <Inspector exchange={{ request: built.request }} />;
  const messages = api === "messages";
  return (
    <div className="grid gap-2" data-testid="eval-cell-code">
      <p className="text-muted-foreground text-xs">{t("shared.code.description")}</p>
      <CodeView
        request={messages ? toPublicMessagesRequest(built.request) : toPublicRequest(built.request)}
        generators={messages ? messagesGenerators : chatCompletionsGenerators}
      />
    </div>
  );
}
