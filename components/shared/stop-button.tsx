"use client";

import { SquareIcon } from "lucide-react";
import { Button } from "@/components/ui/button";

interface Props {
  onStop: () => void;
  label: string;
  testId: string;
}

/** Stops the reply in flight; Esc does the same from anywhere on the page. */
export function StopButton({ onStop, label, testId }: Props) {
  return (
    <Button type="button" variant="outline" onClick={onStop} aria-keyshortcuts="Escape" data-testid={testId}>
      <SquareIcon aria-hidden />
      {label}
    </Button>
  );
}
