import { z } from "zod";
import { findModel } from "./catalogue";
import { streamChat } from "./chat-stream";
import type { Ctx } from "./context";
import { e2, e2Invalid, withRid } from "./errors";
import { parsePromptFaults, preFaults, stampNow, stripDirectives } from "./faults";
import { buildPlan } from "./plan";
import {
  callTokens,
  chatPairingError,
  chatToolCalls,
  chatToolDeltas,
  chatToolParamError,
  chatToolParams,
  chatTrailingResults,
  withCallIds,
} from "./tools/chat-wire";
import { planToolCalls } from "./tools/pick";
import { composeToolReply } from "./tools/readback";
import { openAiUsage } from "./usage";
import { nowSec, randomAlnum } from "./util";

const Part = z.looseObject({ type: z.string(), text: z.string().optional() });
const Message = z.looseObject({
  role: z.string(),
  content: z.union([z.string(), z.array(Part), z.null()]).optional(),
});
const ChatBody = z.looseObject({
  model: z.string(),
  messages: z.array(Message).nullish(),
  stream: z.boolean().nullish(),
  stream_options: z.looseObject({ include_usage: z.boolean().nullish() }).nullish(),
  max_tokens: z.number().int().nullish(),
  max_completion_tokens: z.number().int().nullish(),
  stop: z.union([z.string(), z.array(z.string())]).nullish(),
  response_format: z.looseObject({ type: z.string() }).nullish(),
});
type ChatMessage = z.infer<typeof Message>;

function textOf(m: ChatMessage): string {
  if (typeof m.content === "string") return m.content;
  if (!m.content) return "";
  return m.content
    .filter((p) => p.type === "text")
    .map((p) => p.text ?? "")
    .join("\n");
}

function imagesOf(m: ChatMessage): number {
  return Array.isArray(m.content) ? m.content.filter((p) => p.type === "image_url").length : 0;
}

export function issueText(err: z.ZodError): string {
  const i = err.issues[0];
  return i ? `${i.path.join(".") || "body"}: ${i.message}` : "invalid body";
}

export async function handleChat(ctx: Ctx, model: string, data: Record<string, unknown>): Promise<Response> {
  const parsed = ChatBody.safeParse(data);
  if (!parsed.success) return e2Invalid(ctx.rid, `Invalid request: ${issueText(parsed.error)}`);
  const body = parsed.data;
  const messages = body.messages ?? [];
  if (messages.length === 0) return e2Invalid(ctx.rid, "field messages is required");
  const maxTokens = body.max_completion_tokens ?? body.max_tokens ?? undefined;
  if (maxTokens !== undefined && (maxTokens < 0 || maxTokens > 2 ** 30)) {
    return e2Invalid(ctx.rid, "max_tokens is invalid");
  }
  const stream = body.stream === true;
  const lastUserMsg = [...messages].reverse().find((m) => m.role === "user");
  const lastUserRaw = lastUserMsg ? textOf(lastUserMsg) : "";
  const systemRaw = messages
    .filter((m) => m.role === "system" || m.role === "developer")
    .map(textOf)
    .join("\n");
  const faults = parsePromptFaults(systemRaw, lastUserRaw);
  ctx.gzip = faults.gzip;
  const pre = await preFaults(faults, ctx, "openai", stream);
  if (pre) return pre;
  if (findModel(model)?.kind !== "chat") {
    return e2(400, {
      message: `The model \`${model}\` does not support chat completions.`,
      type: "invalid_request_error",
      param: "model",
      code: "model_not_supported",
    });
  }
  const rf = body.response_format?.type;
  const json = rf === "json_object" || rf === "json_schema";
  const allText = messages.map(textOf).join("\n");
  if (rf === "json_object" && !/json/i.test(allText)) {
    return e2(400, {
      message:
        "'messages' must contain the word 'json' in some form, to use 'response_format' of type 'json_object'.",
      type: "invalid_request_error",
      param: "messages",
      code: "",
    });
  }
  const pairing = chatToolParamError(data) ?? chatPairingError(messages);
  if (pairing) {
    const message = withRid(pairing.message, ctx.rid);
    return e2(400, { message, type: "invalid_request_error", param: pairing.param, code: null });
  }
  const lastUser = stripDirectives(lastUserRaw);
  const toolParams = chatToolParams(data);
  const results = messages.at(-1)?.role === "tool" ? chatTrailingResults(messages) : [];
  const calls = withCallIds(
    results.length > 0
      ? []
      : planToolCalls({ ...toolParams, forceTool: faults.tool, calls: faults.toolCalls, lastUser }),
  );
  const reply = results.length > 0 ? composeToolReply(results, lastUser) : calls.length > 0 ? "" : undefined;
  const stops = body.stop === undefined || body.stop === null ? [] : [body.stop].flat();
  const toolsPart = toolParams.tools.length > 0 ? [`tools: ${JSON.stringify(data.tools)}`] : [];
  const plan = buildPlan(
    {
      model,
      promptParts: [
        ...toolsPart,
        ...messages.map((m) => `${m.role}: ${textOf(m)}${m.tool_calls ? JSON.stringify(m.tool_calls) : ""}`),
      ],
      lastUser,
      reply,
      turn: messages.filter((m) => m.role === "user").length,
      imageCount: lastUserMsg ? imagesOf(lastUserMsg) : 0,
      maxTokens,
      stops,
      reasoning: findModel(model)?.reasoning === true,
      json,
      faults,
    },
    ctx.state.prefixes,
  );
  plan.toolTokens = callTokens(calls);
  const id = `chatcmpl-${randomAlnum(29)}`;
  const fingerprint = `fp_${randomAlnum(10).toLowerCase()}`;
  if (stream) {
    const includeUsage = body.stream_options?.include_usage !== false;
    const toolDeltas = chatToolDeltas(calls);
    return streamChat(ctx, { id, model, fingerprint, plan, includeUsage, faults, toolDeltas });
  }
  const text = plan.content.join("");
  const message: Record<string, unknown> = {
    role: "assistant",
    content: calls.length > 0 && !text ? null : text,
  };
  if (plan.reasoning.length > 0) message.reasoning_content = plan.reasoning.join("");
  if (calls.length > 0) message.tool_calls = chatToolCalls(calls);
  message.refusal = null;
  message.annotations = [];
  const out: Record<string, unknown> = {
    id,
    object: "chat.completion",
    created: nowSec(),
    model,
    choices: [
      {
        index: 0,
        message,
        logprobs: null,
        finish_reason: calls.length > 0 ? "tool_calls" : plan.finish === "length" ? "length" : "stop",
      },
    ],
    usage: openAiUsage(plan),
    service_tier: "default",
    system_fingerprint: fingerprint,
  };
  if (faults.stamp) out.sim_sent_at = stampNow();
  return new Response(JSON.stringify(out), {
    status: 200,
    headers: { "Content-Type": "application/json", "x-request-id": `req_${randomAlnum(32).toLowerCase()}` },
  });
}
