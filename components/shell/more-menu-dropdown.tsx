"use client";

// The phone header's menu itself (Radix dropdown parts); loaded by more-menu.tsx after the load event.

import { KeyboardIcon } from "lucide-react";
import { Fragment } from "react";
import { DropdownMenuItem, DropdownMenuSeparator } from "@/components/ui/dropdown-menu";
import type { HeaderChoice } from "./header-choices";
import type { DeferredMenuProps, MenuTriggerProps } from "./radio-menu";
import { HeaderDropdown, RadioChoices } from "./radio-menu-dropdown";

export interface MoreMenuProps extends MenuTriggerProps {
  choices: readonly HeaderChoice[];
  shortcutsLabel: string;
  onShortcuts: () => void;
}

/** Language, theme and the keyboard and typing settings, folded into one menu on narrow screens. */
export function MoreMenuDropdown(props: MoreMenuProps & DeferredMenuProps) {
  const { choices, shortcutsLabel, onShortcuts, ...trigger } = props;
  return (
    <HeaderDropdown {...trigger}>
      {choices.map((choice) => (
        <Fragment key={choice.label}>
          <RadioChoices {...choice} testIdPrefix="more-" />
          <DropdownMenuSeparator />
        </Fragment>
      ))}
      <DropdownMenuItem onSelect={onShortcuts} data-testid="more-shortcuts">
        <KeyboardIcon aria-hidden />
        {shortcutsLabel}
      </DropdownMenuItem>
    </HeaderDropdown>
  );
}
