"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Textarea } from "@/components/ui/textarea";
import { useT } from "@/lib/i18n/provider";

interface Props {
  initial: string;
  /** Offered for user messages: replace the text and get a new reply from there. */
  canResend: boolean;
  onSave: (text: string, resend: boolean) => void;
  onCancel: () => void;
}

export function MessageEditor({ initial, canResend, onSave, onCancel }: Props) {
  const t = useT();
  const [text, setText] = useState(initial);
  return (
    <div className="flex w-full flex-col gap-2">
      <Textarea
        value={text}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === "Escape") {
            e.stopPropagation();
            onCancel();
          }
          if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) onSave(text, canResend);
        }}
        rows={Math.min(12, Math.max(3, text.split("\n").length))}
        autoFocus
        className="bg-background text-foreground"
        data-testid="chat-edit-input"
      />
      <div className="flex flex-wrap justify-end gap-2">
        <Button size="sm" variant="ghost" onClick={onCancel} data-testid="chat-edit-cancel">
          {t("chat.actions.cancel")}
        </Button>
        <Button size="sm" variant="outline" onClick={() => onSave(text, false)} data-testid="chat-edit-save">
          {t("chat.actions.save")}
        </Button>
        {canResend && (
          <Button size="sm" onClick={() => onSave(text, true)} data-testid="chat-edit-resend">
            {t("chat.actions.saveResend")}
          </Button>
        )}
      </div>
    </div>
  );
}
