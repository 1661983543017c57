"use client";

import { XIcon } from "lucide-react";
import { SelectField } from "@/components/shared/select-field";
import { Button } from "@/components/ui/button";
import {
  DEFAULT_ATTACH_OPTIONS,
  LONG_EDGES,
  MAX_ATTACHMENTS,
  MAX_CONVERSATION_IMAGE_CHARS,
  MAX_IMAGE_BYTES,
} from "@/lib/conversations/attach-limits";
import type { Attachments, AttachOptions, AttachProblem } from "@/lib/conversations/use-attachments";
import { useFormat, useT } from "@/lib/i18n/provider";

interface Props {
  attachments: Attachments;
  /** Chat Completions: offer `detail`. */
  withDetail: boolean;
  testId: string;
}

/** The composer's attached images (loaded on first use): previews with their size, resize options, problems. */
export function AttachmentTray({ attachments, withDetail, testId }: Props) {
  const t = useT();
  const f = useFormat();
  const { items, problem } = attachments;
  const options = attachments.options ?? DEFAULT_ATTACH_OPTIONS;
  const set = (change: Partial<AttachOptions>) => attachments.setOptions({ ...options, ...change });
  return (
    <div className="flex flex-col gap-2" data-testid={`${testId}-attachments`}>
      {items.length > 0 && (
        <div className="flex flex-wrap items-end gap-3">
          <ul className="flex flex-wrap gap-2" aria-label={t("shared.attach.list")}>
            {items.map((item) => (
              <li key={item.key} className="relative flex flex-col items-center gap-0.5">
                {/* biome-ignore lint/performance/noImgElement: a local data: URL preview. */}
                <img
                  src={item.part.url}
                  alt={item.part.filename ?? ""}
                  className="size-14 rounded border object-cover"
                />
                <span
                  className="text-muted-foreground text-[10px] tabular-nums"
                  data-testid={`${testId}-attachment-size`}
                >
                  {item.width
                    ? t("shared.attach.size", {
                        bytes: f.bytes(item.bytes),
                        width: item.width,
                        height: item.height ?? 0,
                      })
                    : f.bytes(item.bytes)}
                </span>
                <Button
                  type="button"
                  size="icon-sm"
                  variant="secondary"
                  className="absolute -top-2 -right-2 size-5 rounded-full"
                  aria-label={t("shared.attach.remove", { name: item.part.filename ?? "" })}
                  onClick={() => attachments.remove(item.key)}
                  data-testid={`${testId}-attachment-remove`}
                >
                  <XIcon aria-hidden />
                </Button>
              </li>
            ))}
          </ul>
          <SelectField
            label={t("shared.attach.resize")}
            value={String(options.longEdge)}
            options={LONG_EDGES.map((px) => ({
              value: String(px),
              label: px === 0 ? t("shared.attach.original") : t("shared.attach.longEdge", { px }),
            }))}
            onChange={(v) => set({ longEdge: Number(v) as AttachOptions["longEdge"] })}
            testId={`${testId}-resize`}
            className="w-44"
          />
          <SelectField
            label={t("shared.attach.format")}
            value={options.format}
            options={[
              { value: "same", label: t("shared.attach.sameFormat") },
              { value: "image/jpeg", label: "JPEG" },
              { value: "image/webp", label: "WebP" },
            ]}
            onChange={(v) => set({ format: v as AttachOptions["format"] })}
            testId={`${testId}-format`}
            className="w-32"
          />
          {withDetail && (
            <SelectField
              label={t("shared.attach.detail")}
              value={options.detail}
              options={[
                { value: "", label: t("shared.attach.detailDefault") },
                { value: "low", label: "low" },
                { value: "high", label: "high" },
                { value: "auto", label: "auto" },
              ]}
              onChange={(v) => set({ detail: v as AttachOptions["detail"] })}
              testId={`${testId}-detail`}
              className="w-36"
            />
          )}
        </div>
      )}
      {problem && (
        <p className="text-destructive text-xs" role="alert" data-testid={`${testId}-attach-problem`}>
          {problemText(problem, t, f.bytes)}
        </p>
      )}
    </div>
  );
}

function problemText(problem: AttachProblem, t: ReturnType<typeof useT>, bytes: (n: number) => string) {
  switch (problem.kind) {
    case "type":
      return t("shared.attach.type", { name: problem.name });
    case "decode":
      return t("shared.attach.decode", { name: problem.name });
    case "size":
      return t("shared.attach.tooBig", { name: problem.name, size: bytes(MAX_IMAGE_BYTES) });
    case "count":
      return t("shared.attach.count", { count: MAX_ATTACHMENTS });
    case "total":
      return t("shared.attach.total", { size: bytes(MAX_CONVERSATION_IMAGE_CHARS) });
  }
}
