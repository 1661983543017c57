"use client";

import { PlayIcon, PlusIcon, SendIcon } from "lucide-react";
import { type ReactNode, useId } from "react";
import { AttachButton, dropPasteHandlers } from "@/components/shared/attachments/attach-button";
import { ComposerAttachments } from "@/components/shared/attachments/lazy-tray";
import { PromptBox } from "@/components/shared/prompt-box";
import { StopButton } from "@/components/shared/stop-button";
import { Button } from "@/components/ui/button";
import type { Attachments } from "@/lib/conversations/use-attachments";
import { useT } from "@/lib/i18n/provider";
import { sendHandlers } from "@/lib/shortcuts/send-handlers";
import { cn } from "@/lib/utils";

export type ComposerRole = "user" | "assistant";

interface Props {
  value: string;
  onChange: (value: string) => void;
  role: ComposerRole;
  onRoleChange: (role: ComposerRole) => void;
  onSend: () => void;
  onAdd: () => void;
  onStop: () => void;
  busy: boolean;
  /** An empty box sends the conversation as it is (built by hand): the button says Run. */
  canRun: boolean;
  /** Images for the next user message (picked, pasted or dropped). */
  attachments: Attachments;
  /** Tool calls wait for results: Send and Add are held (`notice` says why and offers Skip). */
  held?: boolean;
  notice?: ReactNode;
}

export function Composer({
  value,
  onChange,
  role,
  onRoleChange,
  onSend,
  onAdd,
  onStop,
  busy,
  canRun,
  attachments,
  held = false,
  notice,
}: Props) {
  const t = useT();
  const id = useId();
  const noText = value.trim() === "";
  const empty = noText && attachments.items.length === 0;

  const { onSubmit } = sendHandlers(onSend);

  return (
    <form
      onSubmit={onSubmit}
      {...dropPasteHandlers(attachments.add)}
      className="bg-background sticky bottom-0 z-10 flex flex-col gap-2 border-t pt-3 pb-3"
    >
      <label htmlFor={id} className="sr-only">
        {t("chat.inputLabel")}
      </label>
      {notice}
      <ComposerAttachments attachments={attachments} withDetail testId="chat" />
      <PromptBox
        id={id}
        value={value}
        onValueChange={onChange}
        onSend={onSend}
        placeholder={t("chat.inputPlaceholder")}
        enterPlaceholder={t("chat.inputPlaceholderEnter")}
        touchPlaceholder={t("chat.inputPlaceholderTouch")}
        className="resize-none"
        data-testid="chat-input"
      />
      <div className="flex flex-wrap items-center justify-end gap-2">
        <fieldset className="mr-auto flex rounded-md border p-0.5 text-xs">
          <legend className="sr-only">{t("chat.roleLabel")}</legend>
          {(["user", "assistant"] as const).map((r) => (
            <button
              key={r}
              type="button"
              aria-pressed={role === r}
              onClick={() => onRoleChange(r)}
              className={cn(
                "rounded px-2 py-1",
                role === r ? "bg-muted font-medium" : "text-muted-foreground",
              )}
              data-testid={`chat-role-${r}`}
            >
              {r === "user" ? t("chat.userRole") : t("chat.assistantRole")}
            </button>
          ))}
        </fieldset>
        <AttachButton onFiles={attachments.add} disabled={role === "assistant"} testId="chat" />
        <Button
          type="button"
          variant="outline"
          onClick={onAdd}
          disabled={busy || held || noText}
          title={t("chat.addHint")}
          data-testid="chat-add"
        >
          <PlusIcon aria-hidden />
          {t("chat.add")}
        </Button>
        {busy && <StopButton onStop={onStop} label={t("chat.stop")} testId="chat-stop" />}
        <Button type="submit" disabled={busy || held} data-testid="chat-send">
          {empty && canRun ? <PlayIcon aria-hidden /> : <SendIcon aria-hidden />}
          {empty && canRun ? t("chat.run") : t("chat.send")}
        </Button>
      </div>
    </form>
  );
}
