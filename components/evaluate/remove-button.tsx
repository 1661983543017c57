import { XIcon } from "lucide-react";
import type { ComponentProps } from "react";
import { Button } from "@/components/ui/button";
import { cn } from "@/lib/utils";

/** The × that removes one row of the tab's lists (a message, case, column or grader); `label` names the row. */
export function RemoveButton({ label, className, ...props }: ComponentProps<"button"> & { label: string }) {
  return (
    <Button
      type="button"
      variant="ghost"
      size="icon-sm"
      className={cn("size-7", className)}
      aria-label={label}
      {...props}
    >
      <XIcon aria-hidden />
    </Button>
  );
}
