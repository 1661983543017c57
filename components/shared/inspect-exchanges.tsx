"use client";

import { lazyDialog } from "./lazy-dialog";

/**
 * The inspector button of an image batch or a video job. Its code (and the recorder it reads) is fetched
 * after the page's load event: it only shows once a request of this page was recorded.
 */
export const InspectExchanges = lazyDialog(() =>
  import("./inspect-exchanges-button").then((m) => m.InspectExchangesButton),
);
