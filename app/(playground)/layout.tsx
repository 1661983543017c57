import type { ReactNode } from "react";
import { SiteHeader } from "@/components/shell/site-header";

export default function PlaygroundLayout({ children }: { children: ReactNode }) {
  return (
    <div className="group/page flex min-h-dvh flex-col">
      <SiteHeader />
      <main id="main" className="mx-auto flex w-full max-w-5xl min-w-0 flex-1 flex-col px-3 py-4 sm:px-6">
        {children}
      </main>
    </div>
  );
}
