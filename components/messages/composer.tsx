"use client";

import { SendIcon } from "lucide-react";
import { type ReactNode, useId } from "react";
import { AttachButton, dropPasteHandlers } from "@/components/shared/attachments/attach-button";
import { ComposerAttachments } from "@/components/shared/attachments/lazy-tray";
import { PromptBox } from "@/components/shared/prompt-box";
import { StopButton } from "@/components/shared/stop-button";
import { Button } from "@/components/ui/button";
import type { Attachments } from "@/lib/conversations/use-attachments";
import { useT } from "@/lib/i18n/provider";
import { sendHandlers } from "@/lib/shortcuts/send-handlers";

interface Props {
  value: string;
  onChange: (value: string) => void;
  /** Images for the next message (picked, pasted or dropped). */
  attachments: Attachments;
  onSend: () => void;
  onStop: () => void;
  busy: boolean;
  /** Tool calls wait for results: Send is held (`notice` says why and offers Skip). */
  held?: boolean;
  notice?: ReactNode;
}

export function Composer({
  value,
  onChange,
  attachments,
  onSend,
  onStop,
  busy,
  held = false,
  notice,
}: Props) {
  const t = useT();
  const id = useId();
  const { onSubmit } = sendHandlers(onSend);
  const attach = attachments.add;

  return (
    <form
      onSubmit={onSubmit}
      {...dropPasteHandlers(attach)}
      className="bg-background sticky bottom-0 flex flex-col gap-2 border-t pt-3 pb-3"
    >
      <label htmlFor={id} className="sr-only">
        {t("messages.inputLabel")}
      </label>
      {notice}
      <ComposerAttachments attachments={attachments} withDetail={false} testId="messages" />
      <PromptBox
        id={id}
        value={value}
        onValueChange={onChange}
        onSend={onSend}
        placeholder={t("messages.inputPlaceholder")}
        enterPlaceholder={t("messages.inputPlaceholderEnter")}
        touchPlaceholder={t("messages.inputPlaceholderTouch")}
        className="resize-none"
        data-testid="messages-input"
      />
      <div className="flex items-center justify-between gap-2">
        <AttachButton onFiles={attach} testId="messages" />
        <div className="flex gap-2">
          {busy && <StopButton onStop={onStop} label={t("messages.stop")} testId="messages-stop" />}
          <Button type="submit" disabled={busy || held} data-testid="messages-send">
            <SendIcon aria-hidden />
            {t("messages.send")}
          </Button>
        </div>
      </div>
    </form>
  );
}
