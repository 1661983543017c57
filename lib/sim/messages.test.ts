import { describe, expect, it } from "vitest";
import { anthropicEvents, json, msgBody, post, testSim } from "./test-helpers";

describe("messages JSON", () => {
  it("returns an Anthropic message with cache usage and vendor last", async () => {
    const res = await post(testSim(), "/v1/messages", msgBody("Hello Claude"), { vendor: "ClaudeCode" });
    expect(res.status).toBe(200);
    expect(res.headers.get("request-id")).toMatch(/^req_/);
    const raw = await res.text();
    const body = JSON.parse(raw);
    const keys = Object.keys(body);
    expect(keys[keys.length - 1]).toBe("vendor");
    expect(body.vendor).toBe("ClaudeCode");
    expect(body.id).toMatch(/^msg_/);
    expect(body.content[0].type).toBe("text");
    expect(body.content[0].text).toContain("Hello Claude");
    expect(body.stop_reason).toBe("end_turn");
    expect(Object.keys(body.usage)).toEqual([
      "input_tokens",
      "cache_creation_input_tokens",
      "cache_read_input_tokens",
      "cache_creation",
      "output_tokens",
      "service_tier",
    ]);
  });

  it("omits vendor without the header, accepts system blocks and missing max_tokens", async () => {
    const body = await json(
      await post(testSim(), "/v1/messages", {
        model: "claude-haiku-4-5-20251001",
        system: [{ type: "text", text: "Be brief." }],
        messages: [{ role: "user", content: [{ type: "text", text: "Hi" }] }],
      }),
    );
    expect("vendor" in body).toBe(false);
    expect(body.stop_reason).toBe("end_turn");
  });

  it("honours stop_sequences and max_tokens", async () => {
    const sim = testSim();
    const stopped = await json(await post(sim, "/v1/messages", msgBody("x", { stop_sequences: ["|"] })));
    expect(stopped.stop_reason).toBe("stop_sequence");
    expect(stopped.stop_sequence).toBe("|");
    const capped = await json(await post(sim, "/v1/messages", msgBody("x", { max_tokens: 7 })));
    expect(capped.stop_reason).toBe("max_tokens");
    expect((capped.usage as { output_tokens: number }).output_tokens).toBe(7);
  });

  it("counts image blocks and reports cache creation for cache_control", async () => {
    const body = await json(
      await post(testSim(), "/v1/messages", {
        model: "claude-opus-4-5-20251101",
        max_tokens: 500,
        system: [{ type: "text", text: "Long system prompt", cache_control: { type: "ephemeral" } }],
        messages: [
          {
            role: "user",
            content: [
              { type: "image", source: { type: "base64", media_type: "image/png", data: "iVBORw0KGgo=" } },
              { type: "image", source: { type: "base64", media_type: "image/png", data: "iVBORw0KGgo=" } },
              { type: "text", text: "What is in these?" },
            ],
          },
        ],
      }),
    );
    expect(JSON.stringify(body.content)).toContain(
      "I received 2 images with your message (image/png, 8 B; image/png, 8 B).",
    );
    const usage = body.usage as Record<string, number>;
    expect(usage.cache_creation_input_tokens).toBeGreaterThan(0);
  });
});

describe("messages SSE", () => {
  it("emits event lines matching type, in canonical order, with cumulative message_delta usage", async () => {
    const res = await post(testSim(), "/v1/messages", msgBody("stream please", { stream: true }));
    expect(res.headers.get("content-type")).toBe("text/event-stream");
    const raw = await res.text();
    expect(raw.startsWith("event: message_start\ndata: ")).toBe(true);
    expect(raw).toContain('data: {"type": "ping"}\n');
    const events = anthropicEvents(raw);
    const names = events.map((e) => e.event);
    expect(names.slice(0, 3)).toEqual(["message_start", "content_block_start", "ping"]);
    expect(names.slice(-3)).toEqual(["content_block_stop", "message_delta", "message_stop"]);
    expect(events.filter((e) => e.event === "content_block_delta").every((e) => e.data.index === 0)).toBe(
      true,
    );
    const delta = events[events.length - 2]?.data as {
      usage: Record<string, number>;
      delta: Record<string, unknown>;
    };
    expect(delta.delta.stop_reason).toBe("end_turn");
    const deltas = events.filter((e) => e.event === "content_block_delta").length;
    expect(delta.usage.output_tokens).toBe(deltas);
    expect(Object.keys(delta.usage)).toEqual([
      "input_tokens",
      "cache_creation_input_tokens",
      "cache_read_input_tokens",
      "output_tokens",
    ]);
  });

  it("streams a thinking block with signature_delta for -thinking models", async () => {
    const body = msgBody("think", { stream: true, model: "claude-opus-4-5-20251101-thinking" });
    const events = anthropicEvents(await (await post(testSim(), "/v1/messages", body)).text());
    const start = events[0]?.data as { message: { model: string } };
    expect(start.message.model).toBe("claude-opus-4-5-20251101");
    const blocks = events.filter((e) => e.event === "content_block_start").map((e) => e.data);
    expect(blocks.map((b) => (b.content_block as { type: string }).type)).toEqual(["thinking", "text"]);
    expect(blocks.map((b) => b.index)).toEqual([0, 1]);
    const sig = events.find(
      (e) => (e.data.delta as { type?: string } | undefined)?.type === "signature_delta",
    );
    expect(sig?.data.index).toBe(0);
    const lastThinking = events.findLastIndex((e) => JSON.stringify(e.data).includes("thinking_delta"));
    const sigIndex = sig ? events.indexOf(sig) : -1;
    expect(sigIndex).toBeGreaterThan(lastThinking);
  });

  it("enables thinking via thinking.type=enabled", async () => {
    const body = msgBody("t", { thinking: { type: "enabled", budget_tokens: 1024 } });
    const res = await json(await post(testSim(), "/v1/messages", body));
    const content = res.content as { type: string; signature?: string }[];
    expect(content[0]?.type).toBe("thinking");
    expect(content[0]?.signature).toMatch(/^Eq/);
  });
});
