"use client";

import { LanguagesIcon } from "lucide-react";
import { useT } from "@/lib/i18n/provider";
import { useLanguageChoice } from "./header-choices";
import { RadioMenu } from "./radio-menu";

export function LanguageSwitch() {
  const t = useT();
  const { current, ...choice } = useLanguageChoice();
  return (
    <RadioMenu
      {...choice}
      triggerName={t("header.languageButton", { language: current })}
      icon={
        <>
          <LanguagesIcon />
          <span className="hidden sm:inline">{current}</span>
        </>
      }
      size="sm"
      testId="language-switch"
    />
  );
}
