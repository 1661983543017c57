"use client";

import { ExternalLinkIcon } from "lucide-react";
import { APIGO_TOPUP_URL } from "@/lib/apigo-links";
import { type MessageKey, useT } from "@/lib/i18n/provider";

/** The advice under a failed request; for a used-up balance, the link to top up on API·GO. */
export function ErrorHint({ hint, seconds }: { hint: MessageKey; seconds?: number }) {
  const t = useT();
  return (
    <>
      {t(hint, { seconds: seconds ?? "" })}
      {hint === "error.hintQuota" && (
        <>
          {" "}
          <a
            href={APIGO_TOPUP_URL}
            target="_blank"
            rel="noopener noreferrer"
            className="inline-flex items-center gap-1 font-medium underline underline-offset-2"
            data-testid="error-top-up"
          >
            {t("error.topUp")}
            <ExternalLinkIcon className="size-3" aria-hidden />
          </a>
        </>
      )}
    </>
  );
}
