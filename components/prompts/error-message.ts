/** A caught value as a short message for the UI (IndexedDB and zod errors carry useful ones). */
export function errorMessage(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.slice(0, 300);
}
