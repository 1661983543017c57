"use client";

import { LanguagesIcon } from "lucide-react";
import { isLocale, locales } from "@/lib/i18n/config";
import { useLocale, useT } from "@/lib/i18n/provider";
import { RadioMenu } from "./radio-menu";

export function LanguageSwitch() {
  const t = useT();
  const { locale, setLocale } = useLocale();
  return (
    <RadioMenu
      label={t("header.language")}
      triggerName={t("header.languageButton", { language: t(`languages.${locale}`) })}
      value={locale}
      onValueChange={(value) => isLocale(value) && setLocale(value)}
      options={locales.map((code) => ({
        value: code,
        label: t(`languages.${code}`),
        testId: `language-${code}`,
        lang: code,
      }))}
      icon={
        <>
          <LanguagesIcon />
          <span className="hidden sm:inline">{t(`languages.${locale}`)}</span>
        </>
      }
      size="sm"
      testId="language-switch"
    />
  );
}
