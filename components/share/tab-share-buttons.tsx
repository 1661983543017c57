"use client";

import { ShareButton } from "./share-button";

// The snapshot builders (and the share schemas they validate against) load when Share is pressed.
const getSnapshot = () => import("@/lib/shares/from-stores").then((m) => m.chatSnapshotFromStores());

/** The chat tab's Share button: the active conversation, model, parameters, vendor and system prompt. */
export function ChatShareButton({ disabled }: { disabled?: boolean }) {
  return <ShareButton getSnapshot={getSnapshot} disabled={disabled} />;
}
