"use client";

import { type ReactNode, useId } from "react";
import { Label } from "@/components/ui/label";
import { cn } from "@/lib/utils";

export interface Option {
  value: string;
  label: string;
}

interface Props {
  label: string;
  value: string;
  options: readonly Option[];
  onChange: (value: string) => void;
  testId: string;
  help?: ReactNode;
  className?: string;
  disabled?: boolean;
}

/** A labelled native select: keyboard, screen readers and phones handle it well, and it has no popover. */
export function SelectField({ label, value, options, onChange, testId, help, className, disabled }: Props) {
  const id = useId();
  return (
    <div className={cn("grid min-w-0 content-start gap-1.5", className)}>
      <Label htmlFor={id}>{label}</Label>
      <select
        id={id}
        value={value}
        disabled={disabled}
        onChange={(e) => onChange(e.target.value)}
        aria-describedby={help ? `${id}-help` : undefined}
        data-testid={testId}
        className={cn(
          "border-input dark:bg-input/30 h-9 w-full min-w-0 rounded-md border bg-transparent px-2 text-base shadow-xs outline-none md:text-sm",
          "focus-visible:border-ring focus-visible:ring-ring/50 focus-visible:ring-[3px] disabled:opacity-50",
          "dark:[&>option]:bg-popover",
        )}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {help && (
        <p id={`${id}-help`} className="text-muted-foreground text-xs">
          {help}
        </p>
      )}
    </div>
  );
}
