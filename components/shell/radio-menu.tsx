"use client";

import { type KeyboardEvent, type PointerEvent, useEffect, useRef, useState } from "react";
import { LoadFailed } from "@/components/shared/lazy-dialog";
import { Button } from "@/components/ui/button";
import { afterLoad, chunkLoader } from "@/lib/after-load";
import type { RadioMenuProps } from "./radio-menu-dropdown";

export type { RadioMenuOption, RadioMenuProps } from "./radio-menu-dropdown";

type Dropdown = typeof import("./radio-menu-dropdown").RadioMenuDropdown;

const dropdown = chunkLoader<Dropdown>(() =>
  import("./radio-menu-dropdown").then((m) => m.RadioMenuDropdown),
);

/** Keys that open a Radix dropdown from its trigger. */
const OPEN_KEYS = new Set(["Enter", " ", "ArrowDown"]);

/**
 * A header button opening a menu of exclusive choices (language, theme). Every page shows two of them
 * closed, so the menu (Radix dropdown, popper, floating-ui) is not part of the first load: the page
 * paints a button that looks and is named the same, the menu's chunk is fetched right after the load
 * event and then takes its place. A press before that opens the menu as soon as the chunk is here.
 */
export function RadioMenu(props: RadioMenuProps) {
  const [Dropdown, setDropdown] = useState<Dropdown | undefined>(dropdown.loaded);
  const [pressed, setPressed] = useState(false);
  const [failed, setFailed] = useState(false);
  const hadFocus = useRef(false);

  useEffect(() => {
    if (Dropdown) return;
    let live = true;
    const cancel = afterLoad(() => {
      dropdown.load().then(
        (d) => live && setDropdown(() => d),
        () => {
          // Nobody asked for it yet: a press tries again and says so if it fails.
        },
      );
    });
    return () => {
      live = false;
      cancel();
    };
  }, [Dropdown]);

  if (Dropdown) return <Dropdown {...props} defaultOpen={pressed} focusTrigger={hadFocus.current} />;

  const open = () => {
    setPressed(true);
    setFailed(false);
    dropdown.load().then(
      (d) => setDropdown(() => d),
      () => setFailed(true),
    );
  };
  return (
    <>
      <Button
        type="button"
        variant="ghost"
        size={props.size}
        aria-label={props.triggerName ?? props.label}
        title={props.label}
        aria-haspopup="menu"
        aria-expanded={false}
        data-state="closed"
        data-testid={props.testId}
        onFocus={() => {
          hadFocus.current = true;
        }}
        onBlur={() => {
          hadFocus.current = false;
        }}
        onPointerDown={(event: PointerEvent) => {
          if (event.button === 0 && !event.ctrlKey) open();
        }}
        onKeyDown={(event: KeyboardEvent) => {
          if (!OPEN_KEYS.has(event.key)) return;
          event.preventDefault();
          open();
        }}
      >
        {props.icon}
      </Button>
      {failed && <LoadFailed onRetry={open} />}
    </>
  );
}
