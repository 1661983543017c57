"use client";

import { messagesSnapshotFromStores } from "@/lib/shares/messages-tab";
import { ShareButton } from "./share-button";

/** The messages tab's Share button: the active conversation and the Messages form. */
export function MessagesShareButton({ disabled }: { disabled?: boolean }) {
  return <ShareButton getSnapshot={messagesSnapshotFromStores} disabled={disabled} />;
}
