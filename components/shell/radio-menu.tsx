"use client";

import {
  type ComponentType,
  type KeyboardEvent,
  type PointerEvent,
  type ReactNode,
  useEffect,
  useRef,
  useState,
} from "react";
import { LoadFailed } from "@/components/shared/lazy-dialog";
import { Button } from "@/components/ui/button";
import { afterLoad, chunkLoader } from "@/lib/after-load";
import type { RadioMenuProps } from "./radio-menu-dropdown";

export type { RadioMenuOption, RadioMenuProps } from "./radio-menu-dropdown";

/** What the stand-in button and the real trigger share. */
export interface MenuTriggerProps {
  /** Names the trigger (aria-label, tooltip) and heads the menu. */
  label: string;
  /** The trigger's accessible name when it shows text: it must start with that text (WCAG 2.5.3). */
  triggerName?: string;
  /** What the header button shows. */
  icon: ReactNode;
  size: "sm" | "icon";
  testId: string;
}

/** Given to the real menu when it replaces the stand-in. */
export interface DeferredMenuProps {
  /** Opened by a press on the stand-in button, before this module had arrived. */
  defaultOpen: boolean;
  /** The stand-in had the focus: the real trigger takes it over. */
  focusTrigger: boolean;
}

/** Keys that open a Radix dropdown from its trigger. */
const OPEN_KEYS = new Set(["Enter", " ", "ArrowDown"]);

/**
 * A header button opening a menu (language, theme, the phone header's "more" menu). Every page shows
 * them closed, so the menu (Radix dropdown, popper, floating-ui) is not part of the first load: the
 * page paints a button that looks and is named the same, the menu's chunk is fetched right after the
 * load event and then takes its place. A press before that opens the menu as soon as the chunk is here.
 */
export function deferredMenu<P extends MenuTriggerProps>(
  load: () => Promise<ComponentType<P & DeferredMenuProps>>,
): ComponentType<P> {
  const dropdown = chunkLoader(load);
  // biome-ignore lint/correctness/noComponentHookFactories: called once per menu at module level, like React.lazy.
  return function DeferredMenu(props: P) {
    return <StandIn props={props} dropdown={dropdown} />;
  };
}

type Loader<P> = ReturnType<typeof chunkLoader<ComponentType<P & DeferredMenuProps>>>;

function StandIn<P extends MenuTriggerProps>({ props, dropdown }: { props: P; dropdown: Loader<P> }) {
  type Dropdown = ComponentType<P & DeferredMenuProps>;
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
  }, [Dropdown, dropdown]);

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

export const RadioMenu = deferredMenu<RadioMenuProps>(() =>
  import("./radio-menu-dropdown").then((m) => m.RadioMenuDropdown),
);
