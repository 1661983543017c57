"use client";

import { SendIcon, SquareIcon } from "lucide-react";
import { type FormEvent, type KeyboardEvent, useId } from "react";
import { Button } from "@/components/ui/button";
import { Textarea } from "@/components/ui/textarea";
import { useT } from "@/lib/i18n/provider";

interface Props {
  value: string;
  onChange: (value: string) => void;
  onSend: () => void;
  onStop: () => void;
  busy: boolean;
}

export function Composer({ value, onChange, onSend, onStop, busy }: Props) {
  const t = useT();
  const id = useId();

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    onSend();
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      onSend();
    }
  }

  return (
    <form
      onSubmit={onSubmit}
      className="bg-background sticky bottom-0 flex flex-col gap-2 border-t pt-3 pb-3"
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
        data-testid="chat-input"
      />
      <div className="flex justify-end gap-2">
        {busy && (
          <Button type="button" variant="outline" onClick={onStop} data-testid="chat-stop">
            <SquareIcon aria-hidden />
            {t("chat.stop")}
          </Button>
        )}
        <Button type="submit" disabled={busy} data-testid="chat-send">
          <SendIcon aria-hidden />
          {t("chat.send")}
        </Button>
      </div>
    </form>
  );
}
