import { useT } from "@/lib/i18n/provider";

/** Under a View code dialog's description when the composer is empty: Send waits for a prompt. */
export function NeedsPromptNote({ show }: { show: boolean }) {
  const t = useT();
  if (!show) return null;
  return (
    <p className="bg-muted rounded-md px-3 py-2 text-sm" role="note" data-testid="code-needs-prompt">
      {t("shared.code.needsPrompt")}
    </p>
  );
}
