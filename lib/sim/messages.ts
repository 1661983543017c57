import { z } from "zod";
import { issueText } from "./chat";
import type { Ctx } from "./context";
import { e3, withRid } from "./errors";
import { parsePromptFaults, preFaults, stampNow, stripDirectives } from "./faults";
import { streamMessages } from "./messages-stream";
import { buildPlan, type Plan } from "./plan";
import { callTokens } from "./tools/chat-wire";
import {
  messagesPairingError,
  messagesToolParams,
  messagesTrailingResults,
  type ToolUse,
  thinkingForcedToolError,
  toolPreamble,
  toolUseBlock,
  withToolUseIds,
} from "./tools/messages-wire";
import { planToolCalls } from "./tools/pick";
import { composeToolReply } from "./tools/readback";
import { type AnthropicCache, anthropicUsage, outputTokens, stopReason } from "./usage";
import { hash32, randomAlnum, rng } from "./util";

const Block = z.looseObject({ type: z.string(), text: z.string().nullish() });
const Msg = z.looseObject({ role: z.string(), content: z.union([z.string(), z.array(Block)]) });
const MessagesBody = z.looseObject({
  model: z.string(),
  messages: z.array(Msg).nullish(),
  system: z.union([z.string(), z.array(Block)]).nullish(),
  max_tokens: z.number().int().nullish(),
  stop_sequences: z.array(z.string()).nullish(),
  stream: z.boolean().nullish(),
  thinking: z.looseObject({ type: z.string() }).nullish(),
});
type Blocks = string | z.infer<typeof Block>[];

function textOf(c: Blocks | null | undefined): string {
  if (typeof c === "string") return c;
  if (!c) return "";
  return c
    .filter((b) => b.type === "text")
    .map((b) => b.text ?? "")
    .join("\n");
}

/** Tool blocks of a message as JSON, so the prompt count covers calls and results. */
function toolBlocksJson(c: Blocks): string {
  if (!Array.isArray(c)) return "";
  const tools = c.filter((b) => b.type === "tool_use" || b.type === "tool_result");
  return tools.length > 0 ? JSON.stringify(tools) : "";
}

export function signatureFor(seed: string): string {
  const r = rng(hash32(seed));
  const bytes = Buffer.alloc(96);
  for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(r() * 256);
  return `Eq${bytes.toString("base64")}`;
}

export interface MessageShape {
  id: string;
  model: string;
  plan: Plan;
  cache: AnthropicCache;
  thinking: boolean;
  signature: string;
  /** Tool calls after the text (`stop_reason: "tool_use"`). */
  calls: ToolUse[];
}

export async function handleMessages(
  ctx: Ctx,
  model: string,
  data: Record<string, unknown>,
): Promise<Response> {
  const parsed = MessagesBody.safeParse(data);
  const invalid = (m: string) => e3(500, "new_api_error", withRid(m, ctx.rid));
  if (!parsed.success) return invalid(`Invalid request: ${issueText(parsed.error)}`);
  const body = parsed.data;
  const messages = body.messages ?? [];
  if (messages.length === 0) return invalid("field messages is required");
  const stream = body.stream === true;
  const lastUser = [...messages].reverse().find((m) => m.role === "user");
  const lastUserRaw = textOf(lastUser?.content);
  const faults = parsePromptFaults(textOf(body.system), lastUserRaw);
  ctx.gzip = faults.gzip;
  const pre = await preFaults(faults, ctx, "anthropic", stream);
  if (pre) return pre;
  const thinkingType = body.thinking?.type;
  const thinking = thinkingType === "enabled" || thinkingType === "adaptive" || model.endsWith("-thinking");
  const toolParams = messagesToolParams(data);
  const refused = thinkingForcedToolError(toolParams, thinking) ?? messagesPairingError(messages);
  if (refused) return e3(400, "<nil>", withRid(refused, ctx.rid));
  const system = textOf(body.system);
  const promptParts = [
    ...(toolParams.tools.length > 0 ? [`tools: ${JSON.stringify(data.tools)}`] : []),
    ...(system ? [`system: ${system}`] : []),
    ...messages.map((m) => `${m.role}: ${textOf(m.content)}${toolBlocksJson(m.content)}`),
  ];
  const results = messagesTrailingResults(messages);
  // A read-back turn's last user message holds only tool_result blocks: quote the question before it.
  const asked =
    results.length > 0
      ? [...messages].reverse().find((m) => textOf(m.content) && m.role === "user")
      : lastUser;
  const userText = stripDirectives(textOf(asked?.content));
  const calls = withToolUseIds(
    results.length > 0
      ? []
      : planToolCalls({ ...toolParams, forceTool: faults.tool, calls: faults.toolCalls, lastUser: userText }),
  );
  const plan = buildPlan(
    {
      model,
      promptParts,
      lastUser: userText,
      reply:
        results.length > 0
          ? composeToolReply(results, userText)
          : calls.length > 0
            ? toolPreamble(calls, toolParams.choice)
            : undefined,
      turn: messages.filter((m) => m.role === "user").length,
      imageCount: Array.isArray(lastUser?.content)
        ? lastUser.content.filter((b) => b.type === "image").length
        : 0,
      maxTokens: body.max_tokens && body.max_tokens > 0 ? body.max_tokens : 8192,
      stops: body.stop_sequences ?? [],
      reasoning: thinking,
      json: false,
      faults,
    },
    ctx.state.prefixes,
  );
  plan.toolTokens = callTokens(calls);
  const raw = JSON.stringify(data);
  const wantsCache = raw.includes('"cache_control"');
  const creation = wantsCache && plan.cachedTokens === 0 ? plan.promptTokens : 0;
  const ttl1h = /"ttl"\s*:\s*"1h"/.test(raw);
  const shape: MessageShape = {
    id: `msg_01${randomAlnum(22)}`,
    model: model.replace(/-thinking$/, ""),
    plan,
    cache: {
      read: plan.cachedTokens,
      creation5m: ttl1h ? 0 : creation,
      creation1h: ttl1h ? creation : 0,
    },
    thinking,
    signature: signatureFor(`${model}|${lastUserRaw}`),
    calls,
  };
  if (stream) return streamMessages(ctx, shape, faults);
  const content: unknown[] = [];
  if (thinking) {
    content.push({ type: "thinking", thinking: plan.reasoning.join(""), signature: shape.signature });
  }
  if (plan.content.length > 0 || (!thinking && calls.length === 0)) {
    content.push({ type: "text", text: plan.content.join("") });
  }
  for (const c of calls) content.push(toolUseBlock(c));
  const out: Record<string, unknown> = {
    id: shape.id,
    type: "message",
    role: "assistant",
    model: shape.model,
    content,
    stop_reason: calls.length > 0 ? "tool_use" : stopReason(plan),
    stop_sequence: plan.stopSequence ?? null,
    usage: anthropicUsage(plan, shape.cache, outputTokens(plan)),
  };
  if (faults.stamp) out.sim_sent_at = stampNow();
  const vendor = ctx.req.headers.get("vendor");
  if (vendor) out.vendor = vendor;
  return new Response(JSON.stringify(out), {
    status: 200,
    headers: { "Content-Type": "application/json", "request-id": `req_011C${randomAlnum(20)}` },
  });
}
