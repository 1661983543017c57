import { PlusIcon } from "lucide-react";
import type { ComponentProps } from "react";
import { Button } from "@/components/ui/button";

/** The "Add …" button under each list of the tab (messages, cases, columns, graders). */
export function AddButton({ children, variant = "outline", ...props }: ComponentProps<typeof Button>) {
  return (
    <Button type="button" variant={variant} size="sm" className="justify-self-start" {...props}>
      <PlusIcon aria-hidden />
      {children}
    </Button>
  );
}
