"use client";

import type { FileUIPart } from "ai";
import { ImagePlusIcon, SendIcon, XIcon } from "lucide-react";
import { type ChangeEvent, useId, useRef, useState } from "react";
import { PromptBox } from "@/components/shared/prompt-box";
import { StopButton } from "@/components/shared/stop-button";
import { Button } from "@/components/ui/button";
import { useFormat, useT } from "@/lib/i18n/provider";
import { sendHandlers } from "@/lib/shortcuts/send-handlers";

// Base64 grows a file by a third; this keeps a couple of images inside the proxy's JSON limit.
const MAX_IMAGE_BYTES = 3 * 1024 * 1024;

interface Props {
  value: string;
  onChange: (value: string) => void;
  files: FileUIPart[];
  onFilesChange: (files: FileUIPart[]) => void;
  onSend: () => void;
  onStop: () => void;
  busy: boolean;
}

function readAsDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

export function Composer({ value, onChange, files, onFilesChange, onSend, onStop, busy }: Props) {
  const t = useT();
  const format = useFormat();
  const id = useId();
  const picker = useRef<HTMLInputElement>(null);
  const [rejected, setRejected] = useState(false);

  async function onPick(event: ChangeEvent<HTMLInputElement>) {
    const chosen = [...(event.target.files ?? [])];
    event.target.value = "";
    const ok = chosen.filter((f) => f.type.startsWith("image/") && f.size <= MAX_IMAGE_BYTES);
    setRejected(ok.length < chosen.length);
    const parts = await Promise.all(
      ok.map(
        async (f): Promise<FileUIPart> => ({
          type: "file",
          mediaType: f.type,
          filename: f.name,
          url: await readAsDataUrl(f),
        }),
      ),
    );
    onFilesChange([...files, ...parts]);
  }

  const { onSubmit } = sendHandlers(onSend);

  return (
    <form
      onSubmit={onSubmit}
      className="bg-background sticky bottom-0 flex flex-col gap-2 border-t pt-3 pb-3"
    >
      <label htmlFor={id} className="sr-only">
        {t("messages.inputLabel")}
      </label>
      {files.length > 0 && (
        <ul className="flex flex-wrap gap-2" aria-label={t("messages.attachments")}>
          {files.map((file, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: previews hold no state; the same image may be attached twice.
            <li key={index} className="relative">
              {/* biome-ignore lint/performance/noImgElement: a local data: URL preview. */}
              <img src={file.url} alt={file.filename ?? ""} className="size-14 rounded border object-cover" />
              <Button
                type="button"
                size="icon-sm"
                variant="secondary"
                className="absolute -top-2 -right-2 size-5 rounded-full"
                aria-label={t("messages.removeAttachment", { name: file.filename ?? "" })}
                onClick={() => onFilesChange(files.filter((_, i) => i !== index))}
                data-testid="messages-attachment-remove"
              >
                <XIcon aria-hidden />
              </Button>
            </li>
          ))}
        </ul>
      )}
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
      {rejected && (
        <p className="text-destructive text-xs" role="alert">
          {t("messages.attachFailed", { size: format.bytes(MAX_IMAGE_BYTES) })}
        </p>
      )}
      <div className="flex items-center justify-between gap-2">
        <input
          ref={picker}
          type="file"
          accept="image/png,image/jpeg,image/gif,image/webp"
          multiple
          hidden
          onChange={(e) => void onPick(e)}
          data-testid="messages-file-input"
        />
        <Button
          type="button"
          variant="ghost"
          size="sm"
          onClick={() => picker.current?.click()}
          data-testid="messages-attach"
        >
          <ImagePlusIcon aria-hidden />
          {t("messages.attach")}
        </Button>
        <div className="flex gap-2">
          {busy && <StopButton onStop={onStop} label={t("messages.stop")} testId="messages-stop" />}
          <Button type="submit" disabled={busy} data-testid="messages-send">
            <SendIcon aria-hidden />
            {t("messages.send")}
          </Button>
        </div>
      </div>
    </form>
  );
}
