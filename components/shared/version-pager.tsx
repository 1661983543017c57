"use client";

import { ChevronLeftIcon, ChevronRightIcon } from "lucide-react";
import { useEffect, useId, useRef } from "react";
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

// Paging replaces the turn (another message, another React key): the pager that mounts next, the
// paged turn's (the first in the thread to mount), takes the focus back for a keyboard user.
let refocus: -1 | 1 | undefined;

/** `‹ 2/3 ›` under a turn that has versions: pages through them (each brings its own later turns). */
export function VersionPager({ shown, count, disabled, onStep }: Props) {
  const t = useT();
  const positionId = useId();
  const previousRef = useRef<HTMLButtonElement>(null);
  const nextRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!refocus) return;
    const wanted = refocus < 0 ? previousRef.current : nextRef.current;
    refocus = undefined;
    (wanted && !wanted.disabled
      ? wanted
      : (previousRef.current?.disabled ? nextRef : previousRef).current
    )?.focus();
  }, []);
  const step = (direction: -1 | 1, button: HTMLButtonElement) => {
    refocus = document.activeElement === button ? direction : undefined;
    onStep(direction);
  };
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
        aria-describedby={positionId}
        title={t("chat.versions.previous")}
        ref={previousRef}
        onClick={(e) => step(-1, e.currentTarget)}
        data-testid="turn-version-previous"
      >
        <ChevronLeftIcon aria-hidden />
      </Button>
      {/* Read with either button: paging replaces the turn, so the focused button says where it is. */}
      <span className="sr-only" id={positionId}>
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
        aria-describedby={positionId}
        title={t("chat.versions.next")}
        ref={nextRef}
        onClick={(e) => step(1, e.currentTarget)}
        data-testid="turn-version-next"
      >
        <ChevronRightIcon aria-hidden />
      </Button>
    </fieldset>
  );
}
