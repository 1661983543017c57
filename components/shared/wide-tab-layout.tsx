import type { ReactNode } from "react";
import { cn } from "@/lib/utils";

interface Props {
  testId: string;
  /** Marks the page ready (saved state loaded) for tests and the page's own readiness signal. */
  ready: boolean;
  title: string;
  intro: string;
  /** The tab's actions, at the right of its title. */
  toolbar?: ReactNode;
  /** The gap between the sections. */
  className?: string;
  children: ReactNode;
}

/**
 * The frame of the wide tabs (compare, Evaluate): wider than the page's column on large screens,
 * with the tab's title, its one-line intro and its actions on top.
 */
export function WideTabLayout({ testId, ready, title, intro, toolbar, className, children }: Props) {
  return (
    <div
      className={cn("flex flex-1 flex-col lg:mx-[calc((61rem_-_min(100vw_-_3rem,120rem))/2)]", className)}
      data-testid={testId}
      data-layout="compare"
      data-ready={ready || undefined}
    >
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div className="min-w-0">
          <h1 className="text-lg font-semibold">{title}</h1>
          <p className="text-muted-foreground text-sm">{intro}</p>
        </div>
        {toolbar}
      </div>
      {children}
    </div>
  );
}
