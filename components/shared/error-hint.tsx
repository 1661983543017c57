"use client";

import { APIGO_TOPUP_URL } from "@/lib/apigo-links";
import { type MessageKey, useT } from "@/lib/i18n/provider";
import { ExternalLink } from "./external-link";

/** The advice under a failed request; for a used-up balance, the link to top up on API·GO. */
export function ErrorHint({ hint, seconds }: { hint: MessageKey; seconds?: number }) {
  const t = useT();
  return (
    <>
      {t(hint, { seconds: seconds ?? "" })}
      {hint === "error.hintQuota" && (
        <>
          {" "}
          <ExternalLink href={APIGO_TOPUP_URL} testId="error-top-up">
            {t("error.topUp")}
          </ExternalLink>
        </>
      )}
    </>
  );
}
