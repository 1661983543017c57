import type { Locale } from "./config";
import { en, type Messages } from "./messages/en";
import { zhCN } from "./messages/zh-CN";
import { createTranslator } from "./translator";

// Server components and tests only: importing this module bundles both catalogues. Client components
// get the active catalogue from <I18nProvider> (lib/i18n/provider.tsx) instead.
export type { MessageKey, MessageVars, Translate } from "./translator";

export const catalogues: Record<Locale, Messages> = { en, "zh-CN": zhCN };

export function createTranslate(locale: Locale) {
  return createTranslator(catalogues[locale], en);
}
