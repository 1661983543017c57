import type { Ctx } from "./context";
import { type Faults, stampNow } from "./faults";
import { modelTiming } from "./model-speed";
import { type Plan, pacer } from "./plan";
import { SSE_HEADERS, timedStream } from "./sse";
import { openAiUsage } from "./usage";
import { nowSec } from "./util";

export interface ChatStreamInput {
  id: string;
  model: string;
  fingerprint: string;
  plan: Plan;
  includeUsage: boolean;
  faults: Faults;
  /** Tool-call deltas streamed after the text (lib/sim/tools/chat-wire.ts `chatToolDeltas`). */
  toolDeltas?: Record<string, unknown>[];
}

/**
 * What new-api sends after an upstream stream broke off (relay/channel/openai/relay-openai.go
 * `OaiStreamHandler`, helper.go `HandleFinalResponse`): the upstream sent no usage, so new-api counts
 * the text itself (service/usage_helpr.go `ResponseText2Usage`) and writes its own chunk
 * (relay/helper/common.go `GenerateFinalUsageResponse`, dto.Usage field order), then `[DONE]`. No
 * choice ever carried a finish_reason.
 */
function cutUsageChunk(p: ChatStreamInput, created: number, emitted: number) {
  return {
    id: p.id,
    object: "chat.completion.chunk",
    created,
    model: p.model,
    system_fingerprint: p.fingerprint,
    choices: [],
    usage: {
      prompt_tokens: p.plan.promptTokens,
      completion_tokens: emitted,
      total_tokens: p.plan.promptTokens + emitted,
      prompt_tokens_details: { cached_tokens: 0, text_tokens: 0, audio_tokens: 0, image_tokens: 0 },
      completion_tokens_details: { text_tokens: 0, audio_tokens: 0, image_tokens: 0, reasoning_tokens: 0 },
      input_tokens: 0,
      output_tokens: 0,
      input_tokens_details: null,
      claude_cache_creation_5_m_tokens: 0,
      claude_cache_creation_1_h_tokens: 0,
    },
  };
}

export function streamChat(ctx: Ctx, p: ChatStreamInput): Response {
  const created = nowSec();
  const done = ctx.streaming();
  const frame = (choices: unknown[], usage?: unknown): string => {
    const chunk: Record<string, unknown> = {
      id: p.id,
      object: "chat.completion.chunk",
      created,
      model: p.model,
      service_tier: "default",
      system_fingerprint: p.fingerprint,
      choices,
    };
    if (p.includeUsage) chunk.usage = usage ?? null;
    if (p.faults.stamp) chunk.sim_sent_at = stampNow();
    return `data: ${JSON.stringify(chunk)}\n\n`;
  };
  const choice = (delta: Record<string, unknown>, finish: string | null = null) => ({
    index: 0,
    delta,
    logprobs: null,
    finish_reason: finish,
  });
  const tools = p.toolDeltas ?? [];
  const callsOnly = tools.length > 0 && p.plan.content.length === 0;
  // OpenAI opens a reply that is only tool calls with the first call in the role chunk itself.
  const opening = callsOnly && p.plan.reasoning.length === 0 ? tools[0]?.tool_calls : undefined;
  const tokens: Record<string, unknown>[] = [
    ...p.plan.reasoning.map((t) => ({ reasoning_content: t })),
    ...p.plan.content.map((t) => ({ content: t })),
    ...(opening ? tools.slice(1) : tools),
  ];
  const first = opening
    ? { role: "assistant", content: null, tool_calls: opening, refusal: null }
    : { role: "assistant", content: callsOnly ? null : "", refusal: null };
  const finish = tools.length > 0 ? "tool_calls" : p.plan.finish === "length" ? "length" : "stop";
  const wait = pacer(modelTiming(ctx.opts, p.model), p.faults, tokens.length);
  const errorAt = Math.min(tokens.length, Math.max(3, Math.floor(tokens.length / 3)));
  const cutAt = Math.floor(tokens.length / 2);
  const body = timedStream(
    ctx.signal,
    async (io) => {
      io.emit(frame([choice(first)]));
      for (let i = 0; i <= tokens.length; i++) {
        if (p.faults.midstreamError && i === errorAt) {
          const error = {
            message: "Simulated upstream failure in the middle of the stream",
            type: "upstream_error",
            param: "",
            code: "midstream_error",
          };
          io.emit(`data: ${JSON.stringify({ error })}\n\n`);
          io.emit("data: [DONE]\n\n");
          return "error";
        }
        if (p.faults.drop && i === cutAt) return "error";
        if (p.faults.cut && i === cutAt) {
          if (p.includeUsage) io.emit(`data: ${JSON.stringify(cutUsageChunk(p, created, i))}\n\n`);
          io.emit("data: [DONE]\n\n");
          return "error";
        }
        const tok = tokens[i];
        if (!tok) break;
        await io.sleep(wait(i));
        io.emit(frame([choice(tok)]));
      }
      io.emit(frame([choice({}, finish)]));
      if (p.includeUsage) io.emit(frame([], openAiUsage(p.plan)));
      io.emit("data: [DONE]\n\n");
      return "completed";
    },
    done,
  );
  return new Response(body, { status: 200, headers: SSE_HEADERS });
}
