import { lazyDialog } from "./lazy-dialog";

// A turn's action row and its editor are not needed for the first paint (a new visitor has no turns;
// a stored thread is read before it is acted on): their code (icons, the editor's text box) is
// fetched right after the load event. ConversationTurn keeps the row's height meanwhile.
export const LazyMessageActions = lazyDialog(() => import("./message-actions").then((m) => m.MessageActions));
export const LazyMessageEditor = lazyDialog(() => import("./message-editor").then((m) => m.MessageEditor));
export const LazyVersionPager = lazyDialog(() => import("./version-pager").then((m) => m.VersionPager));
