"use client";

import { NuqsAdapter } from "nuqs/adapters/next/app";
import { useCompareSetupSync } from "@/lib/compare/use-setup-sync";

function SetupSync() {
  useCompareSetupSync();
  return null;
}

/** Compare's setup in the address (`?c=`); loaded after the page, once the compare stores are in. */
export default function CompareUrlState() {
  return (
    <NuqsAdapter>
      <SetupSync />
    </NuqsAdapter>
  );
}
