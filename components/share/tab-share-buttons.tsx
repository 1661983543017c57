"use client";

import { chatSnapshotFromStores } from "@/lib/shares/from-stores";
import { ShareButton } from "./share-button";

/** The chat tab's Share button: the active conversation, model, parameters, vendor and system prompt. */
export function ChatShareButton({ disabled }: { disabled?: boolean }) {
  return <ShareButton getSnapshot={chatSnapshotFromStores} disabled={disabled} />;
}
