"use client";

import { QueryClientProvider } from "@tanstack/react-query";
import { ThemeProvider } from "next-themes";
import { type ReactNode, useState } from "react";
import { useChatConfigStore } from "@/lib/chat/config-store";
import { useConversationStore } from "@/lib/conversations/store";
import { useDocumentHydrated } from "@/lib/hooks/use-hydrated";
import type { Locale } from "@/lib/i18n/config";
import { I18nProvider } from "@/lib/i18n/provider";
import type { Messages } from "@/lib/i18n/translator";
import { getQueryClient } from "@/lib/queries/client";
import { useSettingsStore } from "@/lib/settings/store";
import { useShortcutPrefs } from "@/lib/shortcuts/prefs";

export function Providers({
  locale,
  messages,
  nonce,
  children,
}: {
  locale: Locale;
  /** The catalogue of `locale` (only that one reaches the browser). */
  messages: Messages;
  nonce?: string;
  children: ReactNode;
}) {
  const [queryClient] = useState(getQueryClient);
  useDocumentHydrated(useSettingsStore, useChatConfigStore, useConversationStore, useShortcutPrefs);
  return (
    <ThemeProvider
      nonce={nonce}
      attribute="class"
      defaultTheme="system"
      enableSystem
      disableTransitionOnChange
    >
      <QueryClientProvider client={queryClient}>
        <I18nProvider locale={locale} messages={messages}>
          {children}
        </I18nProvider>
      </QueryClientProvider>
    </ThemeProvider>
  );
}
