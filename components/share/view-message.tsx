import { BrainIcon, ChevronRightIcon, ImageOffIcon, WrenchIcon } from "lucide-react";
import type { ReactNode } from "react";
import { Markdown } from "@/components/shared/markdown/markdown";
import { shareBudgets } from "@/components/shared/markdown/plan-blocks";
import { TruncatedNote } from "@/components/shared/truncated-note";
import { prettyJson } from "@/lib/pretty-json";
import type { AnthropicShareBlock, SharedAttachment, ShareMetrics } from "@/lib/schemas/share";
import { cn } from "@/lib/utils";
import { ViewMetrics } from "./view-metrics";
import type { ViewI18n } from "./view-types";

/** A folded block (reasoning, tool call) with plain, pre-wrapped text. */
function Folded({ icon, label, children }: { icon: ReactNode; label: string; children: ReactNode }) {
  return (
    <details className="group bg-muted/50 rounded-md border text-sm" data-testid="share-folded">
      <summary className="text-muted-foreground flex cursor-pointer list-none items-center gap-1.5 px-3 py-1.5 select-none">
        <ChevronRightIcon className="size-3.5 transition-transform group-open:rotate-90" aria-hidden />
        {icon}
        {label}
      </summary>
      <div className="text-muted-foreground border-t px-3 py-2 font-mono text-xs break-words whitespace-pre-wrap">
        {children}
      </div>
    </details>
  );
}

interface BubbleProps extends ViewI18n {
  role: "user" | "assistant";
  metrics?: ShareMetrics;
  children: ReactNode;
}

/** The same bubble layout as the live chat: user on the right, assistant full width with metrics. */
function Bubble({ role, metrics, children, t, f }: BubbleProps) {
  const isUser = role === "user";
  const label = isUser ? t("share.view.user") : t("share.view.assistant");
  return (
    <article
      aria-label={label}
      className={cn("flex min-w-0 flex-col gap-1.5", isUser ? "items-end" : "items-start")}
    >
      <span className="text-muted-foreground text-xs font-medium">{label}</span>
      <div
        data-testid={isUser ? "share-message-user" : "share-message-assistant"}
        className={cn(
          "flex max-w-full min-w-0 flex-col gap-2 rounded-lg px-3.5 py-2.5 text-sm leading-relaxed",
          isUser ? "bg-primary text-primary-foreground sm:max-w-[85%]" : "bg-card w-full border",
        )}
      >
        {children}
      </div>
      {!isUser && metrics && <ViewMetrics metrics={metrics} t={t} f={f} />}
    </article>
  );
}

/** User text stays plain (as typed); replies render as safe markdown (up to `budget`), like the live pages. */
function Text({ role, text, budget }: { role: "user" | "assistant"; text: string; budget: number }) {
  if (role === "user") return <div className="break-words whitespace-pre-wrap">{text}</div>;
  return <Markdown text={text} budget={budget} />;
}

/** An image attached to a shared message, or the placeholder of one that was not kept. */
function SharedImage({ image, t }: { image: SharedAttachment } & Pick<ViewI18n, "t">) {
  if ("omitted" in image) {
    return (
      <p className="flex items-center gap-1.5 text-xs italic opacity-80" data-testid="share-image-omitted">
        <ImageOffIcon className="size-3.5" aria-hidden />
        {image.omitted === "too_large" ? t("share.view.imageTooLarge") : t("share.view.imageUnsupported")}
      </p>
    );
  }
  return (
    // biome-ignore lint/performance/noImgElement: base64 bytes from the snapshot, checked against their type.
    <img
      src={`data:${image.mime};base64,${image.data}`}
      alt={t("share.view.image")}
      className="max-h-60 max-w-full rounded border object-contain"
      data-testid="share-image"
    />
  );
}

export function ChatMessageView(
  props: {
    role: "user" | "assistant";
    content: string;
    reasoning?: string;
    images?: SharedAttachment[];
    metrics?: ShareMetrics;
    budget: number;
  } & ViewI18n,
) {
  const { role, content, reasoning, images, budget, t } = props;
  return (
    <Bubble {...props}>
      {reasoning && (
        <Folded icon={<BrainIcon className="size-3.5" aria-hidden />} label={t("share.view.reasoning")}>
          {reasoning}
        </Folded>
      )}
      {images?.map((image, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a stored message never reorders.
        <SharedImage key={i} image={image} t={t} />
      ))}
      <Text role={role} text={content} budget={budget} />
    </Bubble>
  );
}

function BlockView({
  block,
  role,
  budget,
  t,
}: { block: AnthropicShareBlock; role: "user" | "assistant"; budget: number } & Pick<ViewI18n, "t">) {
  switch (block.type) {
    case "text":
      return <Text role={role} text={block.text} budget={budget} />;
    case "thinking":
      return (
        <Folded icon={<BrainIcon className="size-3.5" aria-hidden />} label={t("share.view.reasoning")}>
          {block.thinking}
        </Folded>
      );
    case "redacted_thinking":
      return <p className="text-muted-foreground text-xs italic">{t("share.view.redactedThinking")}</p>;
    case "image":
      return <SharedImage image={block.image} t={t} />;
    case "image_not_shared":
      return (
        <p
          className="text-muted-foreground flex items-center gap-1.5 text-xs italic"
          data-testid="share-image-omitted"
        >
          <ImageOffIcon className="size-3.5" aria-hidden />
          {t("share.view.imageNotShared")}
        </p>
      );
    case "tool_use": {
      const input = prettyJson(block.input);
      return (
        <Folded
          icon={<WrenchIcon className="size-3.5" aria-hidden />}
          label={t("share.view.toolUse", { name: block.name })}
        >
          {input.text}
          {input.truncated && <TruncatedNote text={t("shared.json.truncated")} />}
        </Folded>
      );
    }
    case "tool_result":
      return (
        <Folded icon={<WrenchIcon className="size-3.5" aria-hidden />} label={t("share.view.toolResult")}>
          {block.content}
        </Folded>
      );
  }
}

export function MessagesMessageView(
  props: {
    role: "user" | "assistant";
    blocks: AnthropicShareBlock[];
    metrics?: ShareMetrics;
    budget: number;
  } & ViewI18n,
) {
  const { role, blocks, budget, t } = props;
  const budgets = shareBudgets(
    blocks.map((b) => (b.type === "text" ? b.text : "")),
    budget,
  );
  return (
    <Bubble {...props}>
      {blocks.map((block, index) => (
        // Blocks never reorder in a stored snapshot.
        // biome-ignore lint/suspicious/noArrayIndexKey: see above.
        <BlockView key={index} block={block} role={role} budget={budgets[index] ?? 0} t={t} />
      ))}
    </Bubble>
  );
}
