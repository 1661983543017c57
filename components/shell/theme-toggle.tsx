"use client";

import { MoonIcon, SunIcon } from "lucide-react";
import { useThemeChoice } from "./header-choices";
import { RadioMenu } from "./radio-menu";

export function ThemeToggle() {
  return (
    <RadioMenu
      {...useThemeChoice()}
      icon={
        <>
          <SunIcon className="dark:hidden" />
          <MoonIcon className="hidden dark:block" />
        </>
      }
      size="icon"
      testId="theme-toggle"
    />
  );
}
