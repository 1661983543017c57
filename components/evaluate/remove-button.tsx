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
      // Dimmed by colour when disabled, not by opacity: an opacity per button is a compositing effect,
      // and a hundred case rows gaining and losing one as a run starts and ends re-layerized the page
      // (22-24 ms a time at 100 cases).
      className={cn("disabled:text-muted-foreground/50 size-7 disabled:opacity-100", className)}
      aria-label={label}
      {...props}
    >
      <XIcon aria-hidden />
    </Button>
  );
}
