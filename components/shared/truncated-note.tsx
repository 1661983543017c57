/** The visible note under anything shown in part (a capped pretty-print, a block shown as plain text). */
export function TruncatedNote({ text }: { text: string }) {
  return (
    <p className="text-muted-foreground px-3 py-1 text-xs italic" data-testid="truncated-note">
      {text}
    </p>
  );
}
