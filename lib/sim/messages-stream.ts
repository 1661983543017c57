import type { Ctx } from "./context";
import { type Faults, stampNow } from "./faults";
import type { MessageShape } from "./messages";
import { modelTiming } from "./model-speed";
import { pacer } from "./plan";
import { SSE_HEADERS, type StreamIO, timedStream } from "./sse";
import { inputJsonFragments, toolUseBlock } from "./tools/messages-wire";
import { anthropicInputs, anthropicUsage, outputTokens, stopReason } from "./usage";

const OVERLOADED = '{"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}';

/** Anthropic SSE, new-api pass-through framing: `event:` line, `data:` line, then an extra blank line. */
export function streamMessages(ctx: Ctx, m: MessageShape, faults: Faults): Response {
  const done = ctx.streaming();
  const send = (io: StreamIO, data: Record<string, unknown>, raw?: string) => {
    const json = faults.stamp
      ? JSON.stringify({ ...data, sim_sent_at: stampNow() })
      : (raw ?? JSON.stringify(data));
    io.emit(`event: ${String(data.type)}\ndata: ${json}\n\n\n`);
  };
  const plan = m.plan;
  const output = outputTokens(plan);
  const fragments = m.calls.map(inputJsonFragments);
  const total = plan.reasoning.length + plan.content.length + fragments.flat().length;
  const wait = pacer(modelTiming(ctx.opts, m.model), faults, total);
  const errorAt = Math.min(total, Math.max(3, Math.floor(total / 3)));
  const cutAt = Math.floor(total / 2);
  const body = timedStream(
    ctx.signal,
    async (io) => {
      send(io, {
        type: "message_start",
        message: {
          id: m.id,
          type: "message",
          role: "assistant",
          model: m.model,
          content: [],
          stop_reason: null,
          stop_sequence: null,
          usage: anthropicUsage(plan, m.cache, 1),
        },
      });
      let n = 0;
      let index = 0;
      let pinged = false;
      const ping = () => {
        if (pinged) return;
        pinged = true;
        send(io, { type: "ping" }, '{"type": "ping"}');
      };
      /** Emit one delta per token; returns an outcome when a fault ends the stream early. */
      const deltas = async (toks: string[], make: (t: string) => Record<string, unknown>) => {
        for (const t of toks) {
          if (faults.midstreamError && n === errorAt) {
            io.emit(OVERLOADED);
            return "error" as const;
          }
          if ((faults.cut || faults.drop) && n === cutAt) return "error" as const;
          await io.sleep(wait(n));
          send(io, { type: "content_block_delta", index, delta: make(t) });
          n++;
        }
        return null;
      };
      if (m.thinking) {
        send(io, {
          type: "content_block_start",
          index,
          content_block: { type: "thinking", thinking: "", signature: "" },
        });
        ping();
        const r = await deltas(plan.reasoning, (t) => ({ type: "thinking_delta", thinking: t }));
        if (r) return r;
        send(io, {
          type: "content_block_delta",
          index,
          delta: { type: "signature_delta", signature: m.signature },
        });
        send(io, { type: "content_block_stop", index });
        index++;
      }
      if (plan.content.length > 0 || (!m.thinking && m.calls.length === 0)) {
        send(io, { type: "content_block_start", index, content_block: { type: "text", text: "" } });
        ping();
        const r = await deltas(plan.content, (t) => ({ type: "text_delta", text: t }));
        if (r) return r;
        send(io, { type: "content_block_stop", index });
        index++;
      }
      for (const [i, call] of m.calls.entries()) {
        send(io, { type: "content_block_start", index, content_block: toolUseBlock(call, {}) });
        ping();
        const r = await deltas(fragments[i] ?? [], (t) => ({ type: "input_json_delta", partial_json: t }));
        if (r) return r;
        send(io, { type: "content_block_stop", index });
        index++;
      }
      if (faults.midstreamError) {
        io.emit(OVERLOADED);
        return "error";
      }
      if (faults.cut || faults.drop) return "error";
      send(io, {
        type: "message_delta",
        delta: {
          stop_reason: m.calls.length > 0 ? "tool_use" : stopReason(plan),
          stop_sequence: plan.stopSequence ?? null,
        },
        usage: { ...anthropicInputs(plan, m.cache), output_tokens: output },
      });
      send(io, { type: "message_stop" });
      return "completed";
    },
    done,
  );
  return new Response(body, { status: 200, headers: SSE_HEADERS });
}
