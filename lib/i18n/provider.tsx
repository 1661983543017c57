"use client";

import { useRouter } from "next/navigation";
import { createContext, type ReactNode, use, useCallback, useMemo, useRef, useState } from "react";
import { type Locale, localeCookie } from "./config";
import { createFormatter, type Formatter } from "./format";
import { loadMessages } from "./load-messages";
import { createTranslator, type Messages, type Translate } from "./translator";

interface I18nValue {
  locale: Locale;
  setLocale: (locale: Locale) => void;
  t: Translate;
  format: Formatter;
}

const I18nContext = createContext<I18nValue | null>(null);

/**
 * `messages` is the catalogue of `locale`, handed down by the server layout: the browser bundle holds no
 * catalogue, and the first paint is already in the right language. The other language's catalogue is
 * fetched on a switch, and the page changes language only once it has arrived (no half-translated
 * frame).
 */
export function I18nProvider({
  locale: initialLocale,
  messages: initialMessages,
  children,
}: {
  locale: Locale;
  messages: Messages;
  children: ReactNode;
}) {
  const [active, setActive] = useState({ locale: initialLocale, messages: initialMessages });
  const router = useRouter();
  const latest = useRef(initialLocale);
  const setLocale = useCallback(
    (next: Locale) => {
      latest.current = next;
      // A year-long cookie so the server renders the next visit in this language from the first byte.
      // biome-ignore lint/suspicious/noDocumentCookie: the Cookie Store API is missing in Firefox and Safari < 18.4.
      document.cookie = `${localeCookie}=${next}; path=/; max-age=31536000; samesite=lax`;
      loadMessages(next).then(
        (messages) => {
          if (latest.current !== next) return; // a later choice won
          document.documentElement.lang = next;
          setActive({ locale: next, messages });
          // Server components (metadata, html lang) pick the new cookie up without a full reload.
          router.refresh();
        },
        // The catalogue chunk could not be fetched (offline, new deployment): the cookie is set, so a
        // full load renders the page in the chosen language on the server.
        () => window.location.reload(),
      );
    },
    [router],
  );
  const value = useMemo(
    () => ({
      locale: active.locale,
      setLocale,
      t: createTranslator(active.messages),
      format: createFormatter(active.locale),
    }),
    [active, setLocale],
  );
  return <I18nContext value={value}>{children}</I18nContext>;
}

function useI18n(): I18nValue {
  const value = use(I18nContext);
  if (!value) throw new Error("useT/useFormat/useLocale need an <I18nProvider> above them");
  return value;
}

export type { MessageKey } from "./translator";

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
