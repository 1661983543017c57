"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useT } from "@/lib/i18n/provider";
import { cn } from "@/lib/utils";

const tabs = ["chat", "messages", "images", "videos", "compare", "evaluate"] as const;

export function NavTabs() {
  const t = useT();
  const pathname = usePathname();
  return (
    <nav aria-label={t("nav.label")} className="-mb-px overflow-x-auto [scrollbar-width:none]">
      <ul className="flex min-w-max gap-1">
        {tabs.map((tab) => {
          const href = `/${tab}`;
          const active = pathname === href || pathname.startsWith(`${href}/`);
          return (
            <li key={tab}>
              <Link
                href={href}
                aria-current={active ? "page" : undefined}
                data-testid={`nav-${tab}`}
                className={cn(
                  "inline-flex h-10 items-center border-b-2 px-3 text-sm font-medium transition-colors",
                  "focus-visible:ring-ring/50 rounded-t-md outline-none focus-visible:ring-[3px]",
                  active
                    ? "border-foreground text-foreground"
                    : "text-muted-foreground hover:text-foreground border-transparent",
                )}
              >
                {t(`nav.${tab}`)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
