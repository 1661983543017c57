"use client";

// The header menus themselves (Radix dropdown parts); loaded by radio-menu.tsx right after the page's
// load event.

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
import type { DeferredMenuProps, MenuTriggerProps } from "./radio-menu";

export interface RadioMenuOption {
  value: string;
  label: string;
  testId: string;
  /** The option's own language, when its label is written in it. */
  lang?: string;
}

/** A header button and its menu; the trigger takes over the stand-in's focus when it replaces it. */
export function HeaderDropdown(props: MenuTriggerProps & DeferredMenuProps & { children: ReactNode }) {
  const { label, triggerName, icon, size, testId, defaultOpen, focusTrigger, children } = props;
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
      <DropdownMenuContent align="end">{children}</DropdownMenuContent>
    </DropdownMenu>
  );
}

/** One labelled group of exclusive choices inside a header menu. */
export function RadioChoices(props: {
  label: string;
  value: string;
  onValueChange: (value: string) => void;
  options: readonly RadioMenuOption[];
  testIdPrefix?: string;
}) {
  const { label, value, onValueChange, options, testIdPrefix = "" } = props;
  return (
    <>
      <DropdownMenuLabel>{label}</DropdownMenuLabel>
      <DropdownMenuSeparator />
      <DropdownMenuRadioGroup value={value} onValueChange={onValueChange}>
        {options.map((option) => (
          <DropdownMenuRadioItem
            key={option.value}
            value={option.value}
            lang={option.lang}
            data-testid={`${testIdPrefix}${option.testId}`}
          >
            {option.label}
          </DropdownMenuRadioItem>
        ))}
      </DropdownMenuRadioGroup>
    </>
  );
}

export interface RadioMenuProps extends MenuTriggerProps {
  value: string;
  onValueChange: (value: string) => void;
  options: readonly RadioMenuOption[];
}

/** A header button opening a menu of exclusive choices (language, theme). */
export function RadioMenuDropdown(props: RadioMenuProps & DeferredMenuProps) {
  return (
    <HeaderDropdown {...props}>
      <RadioChoices {...props} />
    </HeaderDropdown>
  );
}
