"use client";

import { PlayIcon, PlusIcon, SendIcon, SquareIcon } from "lucide-react";
import { useId } from "react";
import { Button } from "@/components/ui/button";
import { Textarea } from "@/components/ui/textarea";
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
}: Props) {
  const t = useT();
  const id = useId();
  const empty = value.trim() === "";

  const { onSubmit, onKeyDown } = sendHandlers(onSend);

  return (
    <form
      onSubmit={onSubmit}
      className="bg-background sticky bottom-0 z-10 flex flex-col gap-2 border-t pt-3 pb-3"
    >
      <label htmlFor={id} className="sr-only">
        {t("chat.inputLabel")}
      </label>
      <Textarea
        id={id}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        onKeyDown={onKeyDown}
        placeholder={t("chat.inputPlaceholder")}
        rows={3}
        className="max-h-60 min-h-20 resize-none"
        aria-keyshortcuts="Control+Enter Meta+Enter"
        data-shortcut-target="prompt"
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
        <Button
          type="button"
          variant="outline"
          onClick={onAdd}
          disabled={busy || empty}
          title={t("chat.addHint")}
          data-testid="chat-add"
        >
          <PlusIcon aria-hidden />
          {t("chat.add")}
        </Button>
        {busy && (
          <Button
            type="button"
            variant="outline"
            onClick={onStop}
            aria-keyshortcuts="Escape"
            data-testid="chat-stop"
          >
            <SquareIcon aria-hidden />
            {t("chat.stop")}
          </Button>
        )}
        <Button type="submit" disabled={busy} data-testid="chat-send">
          {empty && canRun ? <PlayIcon aria-hidden /> : <SendIcon aria-hidden />}
          {empty && canRun ? t("chat.run") : t("chat.send")}
        </Button>
      </div>
    </form>
  );
}
