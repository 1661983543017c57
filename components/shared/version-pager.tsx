"use client";

import { ChevronLeftIcon, ChevronRightIcon } from "lucide-react";
import { Button } from "@/components/ui/button";
import { useT } from "@/lib/i18n/provider";

interface Props {
  /** The version on screen, 1-based. */
  shown: number;
  count: number;
  /** While a reply streams the versions stay as they are. */
  disabled: boolean;
  onStep: (step: -1 | 1) => void;
}

/** `‹ 2/3 ›` under a turn that has versions: pages through them (each brings its own later turns). */
export function VersionPager({ shown, count, disabled, onStep }: Props) {
  const t = useT();
  return (
    <fieldset
      aria-label={t("chat.versions.label")}
      className="text-muted-foreground m-0 flex min-w-0 items-center border-0 p-0 text-xs"
      data-testid="turn-versions"
    >
      <Button
        type="button"
        variant="ghost"
        size="icon-sm"
        disabled={disabled || shown <= 1}
        aria-label={t("chat.versions.previous")}
        title={t("chat.versions.previous")}
        onClick={() => onStep(-1)}
        data-testid="turn-version-previous"
      >
        <ChevronLeftIcon aria-hidden />
      </Button>
      <span className="sr-only" aria-live="polite">
        {t("chat.versions.position", { shown, count })}
      </span>
      <span
        aria-hidden
        className="min-w-8 text-center font-mono tabular-nums"
        data-testid="turn-version-position"
      >
        {shown}/{count}
      </span>
      <Button
        type="button"
        variant="ghost"
        size="icon-sm"
        disabled={disabled || shown >= count}
        aria-label={t("chat.versions.next")}
        title={t("chat.versions.next")}
        onClick={() => onStep(1)}
        data-testid="turn-version-next"
      >
        <ChevronRightIcon aria-hidden />
      </Button>
    </fieldset>
  );
}
