/** A short id, unique enough within this browser's runs (no secure-context API needed). */
export function newId(prefix: string): string {
  return `${prefix}${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
}
