import { DEFAULT_MESSAGES_VENDOR } from "@/lib/messages/request";

/**
 * The `vendor` values API·GO's docs name (docs/apigo-wire-spec.md 1.4: `ClaudeCode` on /v1/messages;
 * the chat docs only show the placeholder API_VENDOR, which is no value). The header stays free text.
 */
export const documentedVendors: readonly string[] = [DEFAULT_MESSAGES_VENDOR];

/** Suggestions for a vendor field: the given lists in order, trimmed, without blanks or repeats. */
export function vendorSuggestions(...lists: readonly (readonly string[])[]): string[] {
  const out = new Set<string>();
  for (const list of lists) {
    for (const v of list) {
      const trimmed = v.trim();
      if (trimmed) out.add(trimmed);
    }
  }
  return [...out];
}
