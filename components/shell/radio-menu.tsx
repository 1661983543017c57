"use client";

import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuLabel,
  DropdownMenuRadioGroup,
  DropdownMenuRadioItem,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";

export interface RadioMenuOption {
  value: string;
  label: string;
  testId: string;
  /** The option's own language, when its label is written in it. */
  lang?: string;
}

interface Props {
  /** Names the trigger (aria-label, tooltip) and heads the menu. */
  label: string;
  value: string;
  onValueChange: (value: string) => void;
  options: readonly RadioMenuOption[];
  /** What the header button shows. */
  icon: ReactNode;
  size: "sm" | "icon";
  testId: string;
}

/** A header button opening a menu of exclusive choices (language, theme). */
export function RadioMenu({ label, value, onValueChange, options, icon, size, testId }: Props) {
  return (
    // Not modal: a modal menu hides the rest of the page with aria-hidden while it stays focusable
    // (axe: aria-hidden-focus). The menu still closes on Escape and on a click outside.
    <DropdownMenu modal={false}>
      <DropdownMenuTrigger asChild>
        <Button variant="ghost" size={size} aria-label={label} title={label} data-testid={testId}>
          {icon}
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent align="end">
        <DropdownMenuLabel>{label}</DropdownMenuLabel>
        <DropdownMenuSeparator />
        <DropdownMenuRadioGroup value={value} onValueChange={onValueChange}>
          {options.map((option) => (
            <DropdownMenuRadioItem
              key={option.value}
              value={option.value}
              lang={option.lang}
              data-testid={option.testId}
            >
              {option.label}
            </DropdownMenuRadioItem>
          ))}
        </DropdownMenuRadioGroup>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
