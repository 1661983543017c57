import { BrainIcon, ChevronRightIcon, ImageOffIcon, WrenchIcon } from "lucide-react";
import type { ReactNode } from "react";
import { Markdown } from "@/components/shared/markdown/markdown";
import { shareBudgets } from "@/components/shared/markdown/plan-blocks";
import type { AnthropicShareBlock, ChatShareStep, SharedAttachment, ShareMetrics } from "@/lib/schemas/share";
import { cn } from "@/lib/utils";
import { ViewMetrics } from "./view-metrics";
import { SharedToolCall } from "./view-tools";
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

const Reasoning = ({ text, t }: { text: string } & Pick<ViewI18n, "t">) => (
  <Folded icon={<BrainIcon className="size-3.5" aria-hidden />} label={t("share.view.reasoning")}>
    {text}
  </Folded>
);

/** A reply that called tools, step by step: its reasoning, text and call cards (with their results). */
function ChatSteps({ steps, budget, t }: { steps: ChatShareStep[]; budget: number } & Pick<ViewI18n, "t">) {
  const budgets = shareBudgets(
    steps.map((s) => s.content),
    budget,
  );
  return steps.map((step, i) => (
    // biome-ignore lint/suspicious/noArrayIndexKey: a stored reply never reorders.
    <div key={i} className="flex min-w-0 flex-col gap-2" data-testid="share-step">
      {step.reasoning && <Reasoning text={step.reasoning} t={t} />}
      {step.content && <Markdown text={step.content} budget={budgets[i] ?? 0} />}
      {step.toolCalls?.map((c) => (
        <SharedToolCall key={c.id} {...c} args={c.arguments} t={t} />
      ))}
    </div>
  ));
}

export function ChatMessageView(
  props: {
    role: "user" | "assistant";
    content: string;
    reasoning?: string;
    images?: SharedAttachment[];
    metrics?: ShareMetrics;
    steps?: ChatShareStep[];
    budget: number;
  } & ViewI18n,
) {
  const { role, content, reasoning, images, steps, budget, t } = props;
  if (steps && role === "assistant")
    return (
      <Bubble {...props}>
        <ChatSteps steps={steps} budget={budget} t={t} />
      </Bubble>
    );
  return (
    <Bubble {...props}>
      {reasoning && <Reasoning text={reasoning} t={t} />}
      {images?.map((image, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a stored message never reorders.
        <SharedImage key={i} image={image} t={t} />
      ))}
      <Text role={role} text={content} budget={budget} />
    </Bubble>
  );
}

type ToolResultBlock = Extract<AnthropicShareBlock, { type: "tool_result" }>;

function BlockView({
  block,
  role,
  budget,
  results,
  t,
}: {
  block: AnthropicShareBlock;
  role: "user" | "assistant";
  budget: number;
  /** The turn's tool results by tool_use_id: each is shown on its call's card. */
  results: ReadonlyMap<string, ToolResultBlock>;
} & Pick<ViewI18n, "t">) {
  switch (block.type) {
    case "text":
      return <Text role={role} text={block.text} budget={budget} />;
    case "thinking":
      return <Reasoning text={block.thinking} t={t} />;
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
      const result = results.get(block.id);
      return (
        <SharedToolCall
          id={block.id}
          name={block.name}
          args={block.input}
          result={result?.content}
          isError={result?.is_error}
          t={t}
        />
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
  const calls = new Set(blocks.flatMap((b) => (b.type === "tool_use" ? [b.id] : [])));
  const results = new Map<string, ToolResultBlock>();
  for (const b of blocks)
    if (b.type === "tool_result" && calls.has(b.tool_use_id)) results.set(b.tool_use_id, b);
  return (
    <Bubble {...props}>
      {blocks.map((block, index) => {
        // A result shown on its call's card.
        if (block.type === "tool_result" && results.get(block.tool_use_id) === block) return null;
        const view = { block, role, budget: budgets[index] ?? 0, results, t };
        // biome-ignore lint/suspicious/noArrayIndexKey: blocks never reorder in a stored snapshot.
        return <BlockView key={index} {...view} />;
      })}
    </Bubble>
  );
}
