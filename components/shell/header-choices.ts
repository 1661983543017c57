"use client";

import { useTheme } from "next-themes";
import { isLocale, locales } from "@/lib/i18n/config";
import { useLocale, useT } from "@/lib/i18n/provider";
import type { RadioMenuOption } from "./radio-menu-dropdown";

/** One exclusive choice of the header: its label, current value and options. */
export interface HeaderChoice {
  label: string;
  value: string;
  onValueChange: (value: string) => void;
  options: readonly RadioMenuOption[];
}

/** The interface language, as the language button and the phone header's menu offer it. */
export function useLanguageChoice(): HeaderChoice & { current: string } {
  const t = useT();
  const { locale, setLocale } = useLocale();
  return {
    label: t("header.language"),
    current: t(`languages.${locale}`),
    value: locale,
    onValueChange: (value) => isLocale(value) && setLocale(value),
    options: locales.map((code) => ({
      value: code,
      label: t(`languages.${code}`),
      testId: `language-${code}`,
      lang: code,
    })),
  };
}

/** Light, dark or the system's, as the theme button and the phone header's menu offer it. */
export function useThemeChoice(): HeaderChoice {
  const t = useT();
  const { theme, setTheme } = useTheme();
  return {
    label: t("header.theme"),
    value: theme ?? "system",
    onValueChange: setTheme,
    options: [
      { value: "light", label: t("header.themeLight"), testId: "theme-light" },
      { value: "dark", label: t("header.themeDark"), testId: "theme-dark" },
      { value: "system", label: t("header.themeSystem"), testId: "theme-system" },
    ],
  };
}
