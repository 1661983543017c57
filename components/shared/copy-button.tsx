"use client";

import { CheckIcon, CopyIcon, XIcon } from "lucide-react";
import { useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
import { useT } from "@/lib/i18n/provider";
import { cn } from "@/lib/utils";

interface Props {
  /** Read on click, so large texts are only built when copied. */
  text: string | (() => string);
  label?: string;
  className?: string;
  size?: "sm" | "icon-sm";
  "data-testid"?: string;
}

export function CopyButton({ text, label, className, size = "icon-sm", ...rest }: Props) {
  const t = useT();
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");
  useEffect(() => {
    if (state === "idle") return;
    const timer = setTimeout(() => setState("idle"), 1500);
    return () => clearTimeout(timer);
  }, [state]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(typeof text === "function" ? text() : text);
      setState("copied");
    } catch {
      setState("failed");
    }
  }

  const title =
    state === "copied"
      ? t("shared.copied")
      : state === "failed"
        ? t("shared.copyFailed")
        : (label ?? t("shared.copy"));
  const Icon = state === "copied" ? CheckIcon : state === "failed" ? XIcon : CopyIcon;
  return (
    <Button
      type="button"
      variant="ghost"
      size={size}
      onClick={() => void copy()}
      title={title}
      aria-label={title}
      className={cn("text-muted-foreground", className)}
      data-testid={rest["data-testid"] ?? "copy-button"}
    >
      <Icon aria-hidden />
      {size === "sm" && <span>{title}</span>}
      <span className="sr-only" aria-live="polite">
        {state === "idle" ? "" : title}
      </span>
    </Button>
  );
}
