"use client";

import { QueryClientProvider } from "@tanstack/react-query";
import { ThemeProvider } from "next-themes";
import { type ReactNode, useState } from "react";
import { useRehydrateStores } from "@/lib/hooks/use-rehydrate-stores";
import type { Locale } from "@/lib/i18n/config";
import { I18nProvider } from "@/lib/i18n/provider";
import { makeQueryClient } from "@/lib/queries/client";

export function Providers({
  locale,
  nonce,
  children,
}: {
  locale: Locale;
  nonce?: string;
  children: ReactNode;
}) {
  const [queryClient] = useState(makeQueryClient);
  useRehydrateStores();
  return (
    <ThemeProvider
      nonce={nonce}
      attribute="class"
      defaultTheme="system"
      enableSystem
      disableTransitionOnChange
    >
      <QueryClientProvider client={queryClient}>
        <I18nProvider locale={locale}>{children}</I18nProvider>
      </QueryClientProvider>
    </ThemeProvider>
  );
}
