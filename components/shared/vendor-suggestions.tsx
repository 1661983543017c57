"use client";

import { useChatConfigStore } from "@/lib/chat/config-store";
import { documentedVendors, vendorSuggestions } from "@/lib/vendors";

/** Vendors to offer: those used before or seen in replies (kept in the chat config), then API·GO's. */
export function useVendorSuggestions(): string[] {
  const recent = useChatConfigStore((s) => s.recentVendors);
  return vendorSuggestions(recent, documentedVendors);
}

/** A datalist of vendor suggestions for an `<input list>`: any other value can still be typed. */
export function VendorSuggestions({ id }: { id: string }) {
  const vendors = useVendorSuggestions();
  return (
    <datalist id={id} data-testid="vendor-suggestions">
      {vendors.map((v) => (
        <option key={v} value={v} />
      ))}
    </datalist>
  );
}
