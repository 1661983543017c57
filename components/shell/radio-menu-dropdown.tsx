"use client";

// The menu itself (Radix dropdown parts); loaded by radio-menu.tsx right after the page's load event.

import { type ReactNode, useEffect, useRef } from "react";
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

export interface RadioMenuProps {
  /** Names the trigger (aria-label, tooltip) and heads the menu. */
  label: string;
  /** The trigger's accessible name when it shows text: it must start with that text (WCAG 2.5.3). */
  triggerName?: string;
  value: string;
  onValueChange: (value: string) => void;
  options: readonly RadioMenuOption[];
  /** What the header button shows. */
  icon: ReactNode;
  size: "sm" | "icon";
  testId: string;
}

interface Props extends RadioMenuProps {
  /** Opened by a press on the stand-in button, before this module had arrived. */
  defaultOpen: boolean;
  /** The stand-in had the focus: the real trigger takes it over. */
  focusTrigger: boolean;
}

/** A header button opening a menu of exclusive choices (language, theme). */
export function RadioMenuDropdown(props: Props) {
  const { label, triggerName, value, onValueChange, options, icon, size, testId, defaultOpen, focusTrigger } =
    props;
  const trigger = useRef<HTMLButtonElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: once, when this replaces the stand-in.
  useEffect(() => {
    if (focusTrigger && !defaultOpen) trigger.current?.focus();
  }, []);
  return (
    // Not modal: a modal menu hides the rest of the page with aria-hidden while it stays focusable
    // (axe: aria-hidden-focus). The menu still closes on Escape and on a click outside.
    <DropdownMenu modal={false} defaultOpen={defaultOpen}>
      <DropdownMenuTrigger asChild>
        <Button
          ref={trigger}
          variant="ghost"
          size={size}
          aria-label={triggerName ?? label}
          title={label}
          data-testid={testId}
        >
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
