import { lazyDialog } from "./lazy-dialog";

/**
 * The error card of a failed request, out of the pages' first load (it only shows after a request has
 * failed): its chunk is fetched right after the load event, so it is there when an error comes.
 */
export const LazyReplyError = lazyDialog(() => import("./reply-error").then((m) => m.ReplyError));
