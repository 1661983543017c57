import "server-only";
import { cookies } from "next/headers";
import { defaultLocale, isLocale, type Locale, localeCookie } from "./config";

/** The locale of this request: the `locale` cookie when valid, else English. */
export async function getLocale(): Promise<Locale> {
  const value = (await cookies()).get(localeCookie)?.value;
  return isLocale(value) ? value : defaultLocale;
}
