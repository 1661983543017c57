import type { Metadata } from "next";
import type { ReactNode } from "react";
import { SharePageHeader } from "@/components/share/share-page-header";
import { getLocale } from "@/lib/i18n/server";
import { createTranslate } from "@/lib/i18n/translate";

// Headers (noindex, no-referrer, no-store) come from next.config.mjs; the meta tags repeat them for
// crawlers and browsers that read the document only.
export const metadata: Metadata = { robots: { index: false, follow: false }, referrer: "no-referrer" };

export default async function ShareLayout({ children }: { children: ReactNode }) {
  const t = createTranslate(await getLocale());
  return (
    <div className="flex min-h-dvh flex-col">
      <SharePageHeader t={t} />
      <main
        id="main"
        className="mx-auto flex w-full max-w-5xl min-w-0 flex-1 flex-col gap-4 px-3 py-4 sm:px-6"
      >
        {children}
      </main>
    </div>
  );
}
