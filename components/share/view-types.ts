import type { Formatter } from "@/lib/i18n/format";
import type { Translate } from "@/lib/i18n/translate";

/**
 * The read-only views render on the server (the /s/<id> page) and in the browser (team-only links),
 * so they take the translator and formatter as props instead of reading a React context.
 */
export interface ViewI18n {
  t: Translate;
  f: Formatter;
}
