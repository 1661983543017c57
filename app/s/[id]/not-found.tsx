import { ShareUnavailable } from "@/components/share/share-unavailable";
import { getLocale } from "@/lib/i18n/server";
import { createTranslate } from "@/lib/i18n/translate";

/** Missing, revoked and expired links look the same: nothing tells which ids ever existed. */
export default async function ShareNotFound() {
  return <ShareUnavailable reason="not-found" t={createTranslate(await getLocale())} />;
}
