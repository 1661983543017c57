"use client";

import { useState } from "react";
import { lazyDialog } from "@/components/shared/lazy-dialog";
import { Button } from "@/components/ui/button";
import { useT } from "@/lib/i18n/provider";
import type { ToolSettings } from "@/lib/tools/spec";

// The editor, its templates and the saved-set store stay out of the page's first load.
const ToolsDialog = lazyDialog(() => import("./tools-dialog").then((m) => m.ToolsDialog));

interface Props {
  settings: ToolSettings;
  onChange: (settings: ToolSettings) => void;
  /** Messages names `required` `any`. */
  requiredLabel?: string;
  /** What the tools are sent with (default: this conversation). */
  description?: string;
  testId: string;
}

/** Opens the conversation's tool editor (which says what keeps a tool from being sent); shows the count. */
export function ToolsButton({ settings, onChange, requiredLabel, description, testId }: Props) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const count = settings.tools.length;
  return (
    <>
      <Button
        variant="outline"
        size="sm"
        aria-haspopup="dialog"
        aria-expanded={open}
        onClick={() => setOpen(true)}
        data-testid={testId}
      >
        {count > 0 ? t("tools.buttonCount", { count }) : t("tools.button")}
      </Button>
      {open && (
        <ToolsDialog
          settings={settings}
          onChange={onChange}
          onClose={() => setOpen(false)}
          requiredLabel={requiredLabel}
          description={description}
        />
      )}
    </>
  );
}
