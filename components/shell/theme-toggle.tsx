"use client";

import { MoonIcon, SunIcon } from "lucide-react";
import { useTheme } from "next-themes";
import { useT } from "@/lib/i18n/provider";
import { RadioMenu } from "./radio-menu";

export function ThemeToggle() {
  const t = useT();
  const { theme, setTheme } = useTheme();
  return (
    <RadioMenu
      label={t("header.theme")}
      value={theme ?? "system"}
      onValueChange={setTheme}
      options={[
        { value: "light", label: t("header.themeLight"), testId: "theme-light" },
        { value: "dark", label: t("header.themeDark"), testId: "theme-dark" },
        { value: "system", label: t("header.themeSystem"), testId: "theme-system" },
      ]}
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
