"use client";

import { lazyDialog } from "@/components/shared/lazy-dialog";

/** A turn's attached image (./message-images), kept out of the page's first load: most turns have none. */
export const MessageImage = lazyDialog(() => import("./message-images").then((m) => m.MessageImage));
