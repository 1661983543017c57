"use client";

import { ShareButton } from "./share-button";

// The snapshot builders (and the share schemas they validate against) load when Share is pressed.
const getSnapshot = () => import("@/lib/shares/messages-tab").then((m) => m.messagesSnapshotFromStores());

/** The messages tab's Share button: the active conversation and the Messages form. */
export function MessagesShareButton({ disabled }: { disabled?: boolean }) {
  return <ShareButton getSnapshot={getSnapshot} disabled={disabled} />;
}
