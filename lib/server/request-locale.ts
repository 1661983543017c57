import "server-only";
import { defaultLocale, isLocale, type Locale, localeCookie } from "@/lib/i18n/config";
import { createTranslate, type Translate } from "@/lib/i18n/translate";
import { readCookie } from "./cookies";

// Words the server itself writes into a reply (a stream's closing error, a broken video download, a
// compare pane's cut) reach the user as they are: the chat card, a Messages event, an SDK's exception.
// So they are written in the caller's language, read from the same `locale` cookie the pages render
// with (lib/i18n/server.ts); callers without it (SDKs, curl) get English. A code for the browser to
// translate would reach the browser only: every dialect adapter would need to map it, SDK users would
// still read the server's words, and the page would carry the mapping code.

/** The locale of a request: its `locale` cookie when valid, else English. */
export function requestLocale(req: Request): Locale {
  const value = readCookie(req, localeCookie);
  return isLocale(value) ? value : defaultLocale;
}

/** A translate function in the request's locale, for words the server writes into replies. */
export function requestTranslate(req: Request): Translate {
  return createTranslate(requestLocale(req));
}
