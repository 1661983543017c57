import { ExternalLinkIcon } from "lucide-react";
import type { ReactNode } from "react";
import { cn } from "@/lib/utils";

/** A link to an API·GO page, opened in a new tab, marked with the external-link icon. */
export function ExternalLink({
  href,
  testId,
  className,
  children,
}: {
  href: string;
  testId: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <a
      href={href}
      target="_blank"
      rel="noopener noreferrer"
      className={cn("inline-flex items-center gap-1 font-medium underline underline-offset-2", className)}
      data-testid={testId}
    >
      {children}
      <ExternalLinkIcon className="size-3" aria-hidden />
    </a>
  );
}
