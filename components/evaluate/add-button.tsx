import { PlusIcon } from "lucide-react";
import type { ComponentProps } from "react";
import { Button } from "@/components/ui/button";

/** The "Add …" button under each list of the tab (messages, cases, graders). */
export function AddButton({ children, ...props }: ComponentProps<"button">) {
  return (
    <Button type="button" variant="outline" size="sm" className="justify-self-start" {...props}>
      <PlusIcon aria-hidden />
      {children}
    </Button>
  );
}
