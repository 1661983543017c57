"use client";

import { SlidersHorizontalIcon } from "lucide-react";
import { memo, useState } from "react";
import { lazyDialog } from "@/components/shared/lazy-dialog";
import { Badge } from "@/components/ui/badge";
import type { PaneSetup } from "@/lib/compare/setup";
import { useCompareStore } from "@/lib/compare/store";
import { useT } from "@/lib/i18n/provider";

// The editors (the chat tab's parameters, the Messages fields) stay out of the page's first load: their
// chunk is fetched after the load event and drawn once the pane's parameters are first unfolded.
const PaneParamsFields = lazyDialog(() => import("./pane-params-fields").then((m) => m.PaneParamsFields));

/**
 * A pane's parameters (the chat tab's editor, or the Messages tab's fields) and its own system
 * prompt, folded: with six panes the replies need the room.
 */
export const PaneParams = memo(function PaneParams({
  pane,
  disabled,
}: {
  pane: PaneSetup;
  disabled: boolean;
}) {
  const t = useT();
  const sync = useCompareStore((s) => s.sync);
  const [unfolded, setUnfolded] = useState(false);
  return (
    <details
      className="group @container rounded-md border"
      data-testid="pane-params"
      onToggle={(e) => e.currentTarget.open && setUnfolded(true)}
    >
      <summary className="text-muted-foreground flex cursor-pointer list-none items-center gap-2 px-2.5 py-1.5 text-xs font-medium select-none">
        <SlidersHorizontalIcon className="size-3.5 shrink-0" aria-hidden />
        <span className="truncate">{t("compare.paramsSummary")}</span>
        <span className="ml-auto flex shrink-0 gap-1">
          {sync && <Badge variant="secondary">{t("compare.synced")}</Badge>}
          {pane.system !== null && <Badge variant="outline">{t("compare.ownSystemShort")}</Badge>}
        </span>
      </summary>
      {unfolded && <PaneParamsFields pane={pane} disabled={disabled} />}
    </details>
  );
});
