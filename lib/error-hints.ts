import type { DisplayError } from "@/lib/errors";
import type { MessageKey } from "@/lib/i18n/translator";

/** What to do next after a failed request, from its HTTP status alone (0: it never got an answer). */
export function httpErrorHint(error: DisplayError): MessageKey {
  if (error.status === 0) return "error.hintNetwork";
  if (error.status === 401) return "error.hint401";
  if (error.status === 403) return "error.hint403";
  if (error.status === 413) return "error.hint413";
  if (error.status === 429) return error.retryAfterSeconds ? "error.hint429After" : "error.hint429";
  if (error.status >= 500) return "error.hint5xx";
  if (error.status >= 400) return "error.hint400";
  return "error.hintOther";
}
