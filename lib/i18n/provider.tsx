"use client";

import { useRouter } from "next/navigation";
import { createContext, type ReactNode, use, useCallback, useMemo, useState } from "react";
import { type Locale, localeCookie } from "./config";
import { createFormatter, type Formatter } from "./format";
import { createTranslate, type Translate } from "./translate";

interface I18nValue {
  locale: Locale;
  setLocale: (locale: Locale) => void;
  t: Translate;
  format: Formatter;
}

const I18nContext = createContext<I18nValue | null>(null);

export function I18nProvider({ locale: initial, children }: { locale: Locale; children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(initial);
  const router = useRouter();
  const setLocale = useCallback(
    (next: Locale) => {
      // A year-long cookie so the server renders the next visit in this language from the first byte.
      // biome-ignore lint/suspicious/noDocumentCookie: the Cookie Store API is missing in Firefox and Safari < 18.4.
      document.cookie = `${localeCookie}=${next}; path=/; max-age=31536000; samesite=lax`;
      document.documentElement.lang = next;
      setLocaleState(next);
      // Server components (metadata, html lang) pick the new cookie up without a full reload.
      router.refresh();
    },
    [router],
  );
  const value = useMemo(
    () => ({ locale, setLocale, t: createTranslate(locale), format: createFormatter(locale) }),
    [locale, setLocale],
  );
  return <I18nContext value={value}>{children}</I18nContext>;
}

function useI18n(): I18nValue {
  const value = use(I18nContext);
  if (!value) throw new Error("useT/useFormat/useLocale need an <I18nProvider> above them");
  return value;
}

export type { MessageKey } from "./translate";

export function useT(): Translate {
  return useI18n().t;
}

export function useFormat(): Formatter {
  return useI18n().format;
}

export function useLocale(): Pick<I18nValue, "locale" | "setLocale"> {
  const { locale, setLocale } = useI18n();
  return { locale, setLocale };
}
