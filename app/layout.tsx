import type { Metadata } from "next";
import { headers } from "next/headers";
import type { ReactNode } from "react";
import { Providers } from "@/components/providers";
import { getLocale } from "@/lib/i18n/server";
import { catalogues, createTranslate } from "@/lib/i18n/translate";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = createTranslate(await getLocale());
  return { title: t("app.name"), description: t("app.description") };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  // proxy.ts puts a fresh CSP nonce on each page request; next-themes' inline script needs it.
  const nonce = (await headers()).get("x-nonce") ?? undefined;
  return (
    // next-themes sets the class on <html> before hydration; that one attribute may differ.
    <html lang={locale} suppressHydrationWarning>
      <body className="min-h-dvh">
        <Providers locale={locale} messages={catalogues[locale]} nonce={nonce}>
          {children}
        </Providers>
      </body>
    </html>
  );
}
