import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { anthropicEvents, chatBody, json, msgBody, openAiEvents, post, testSim } from "./test-helpers";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const chatStream = (text: string, extra: Record<string, unknown> = {}) =>
  chatBody(text, { stream: true, ...extra });

describe("status directive", () => {
  it("answers the status with the route's error shape before any stream byte", async () => {
    const sim = testSim();
    const chat = await post(sim, "/v1/chat/completions", chatStream("hi [sim:status=429]"));
    expect(chat.status).toBe(429);
    // new-api sets no retry-after anywhere and does not copy upstream headers onto errors
    // (controller/relay.go `Relay`).
    expect(chat.headers.get("retry-after")).toBeNull();
    expect(chat.headers.get("content-type")).toBe("text/event-stream");
    expect(((await json(chat)).error as Record<string, string>).code).toBe("rate_limit_exceeded");
    const msg = await post(sim, "/v1/messages", msgBody("[sim:status=529] hi"));
    expect(msg.status).toBe(529);
    expect(msg.headers.get("retry-after")).toBeNull();
    // types/error.go `ToClaudeError`: the Anthropic body's nil code becomes the type "<nil>", and the
    // message gains the request id (controller/relay.go `Relay`); a gin.H map, so "error" comes first.
    const rid = msg.headers.get("x-oneapi-request-id");
    expect(await msg.text()).toBe(
      `{"error":{"type":"\\u003cnil\\u003e","message":"Overloaded (request id: ${rid})"},"type":"error"}`,
    );
    const img = await post(sim, "/v1/images/generations", { model: "dall-e-2", prompt: "[sim:status=400]" });
    expect(img.status).toBe(400);
    expect(Object.keys(((await json(img)).error as object) ?? {})).toEqual([
      "message",
      "type",
      "param",
      "code",
    ]);
    const vid = await post(sim, "/v1/videos", { model: "sora-2", prompt: "[sim:status=503]" });
    expect(vid.status).toBe(503);
    expect((await json(vid)).data).toBeNull();
    expect(sim.log().at(-1)?.outcome).toBe("error");
    const busy = await post(sim, "/v1/videos", { model: "sora-2", prompt: "[sim:status=429]" });
    // controller/relay.go `respondTaskError`; relay/relay_task.go `fail_to_fetch_task`.
    expect(await json(busy)).toEqual({
      code: "fail_to_fetch_task",
      message: "当前分组上游负载已饱和，请稍后再试",
      data: null,
    });
  });
});

describe("stream faults", () => {
  it("midstream-error: chat error chunk then [DONE]; messages raw JSON appended", async () => {
    const sim = testSim();
    const events = openAiEvents(
      await (await post(sim, "/v1/chat/completions", chatStream("[sim:midstream-error]"))).text(),
    );
    expect(events[events.length - 1]).toBe("[DONE]");
    const err = JSON.parse(events[events.length - 2] ?? "{}");
    expect(err.error.code).toBe("midstream_error");
    expect(events.length).toBeGreaterThan(4);
    expect(sim.log().at(-1)?.outcome).toBe("error");
    const raw = await (
      await post(sim, "/v1/messages", msgBody("[sim:midstream-error]", { stream: true }))
    ).text();
    expect(
      raw.endsWith('\n{"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}'),
    ).toBe(true);
    expect(raw).not.toContain("message_stop");
    expect(raw).toContain("text_delta");
  });

  it("cut: chat ends like new-api, a usage chunk and [DONE] but no finish_reason", async () => {
    // relay/channel/openai/relay-openai.go `OaiStreamHandler` + helper.go `HandleFinalResponse`.
    const sim = testSim();
    const events = openAiEvents(
      await (await post(sim, "/v1/chat/completions", chatStream("[sim:cut]"))).text(),
    );
    expect(events.at(-1)).toBe("[DONE]");
    const chunks = events.slice(0, -1).map((e) => JSON.parse(e));
    expect(chunks.some((c) => c.choices[0]?.delta?.content)).toBe(true);
    expect(chunks.every((c) => !c.choices[0]?.finish_reason)).toBe(true);
    const usage = chunks.at(-1);
    expect(usage.choices).toEqual([]);
    // relay/helper/common.go `GenerateFinalUsageResponse`: new-api's own chunk and dto.Usage order.
    expect(Object.keys(usage)).toEqual([
      "id",
      "object",
      "created",
      "model",
      "system_fingerprint",
      "choices",
      "usage",
    ]);
    const streamed = chunks.filter((c) => c.choices[0]?.delta?.content !== undefined).length - 1;
    expect(usage.usage.completion_tokens).toBe(streamed);
    expect(usage.usage.input_tokens_details).toBeNull();
    expect(sim.log().at(-1)?.outcome).toBe("error");
    // No usage asked for: only [DONE] after the last content chunk.
    const bare = openAiEvents(
      await (
        await post(
          sim,
          "/v1/chat/completions",
          chatStream("[sim:cut]", { stream_options: { include_usage: false } }),
        )
      ).text(),
    );
    expect(bare.at(-1)).toBe("[DONE]");
    expect(JSON.parse(bare.at(-2) ?? "{}").choices[0].delta.content).toBeDefined();
    // A Claude pass-through stream gets nothing appended (relay/channel/claude/relay-claude.go
    // `HandleStreamFinalResponse`): it ends without message_stop.
    const msg = await (await post(sim, "/v1/messages", msgBody("[sim:cut]", { stream: true }))).text();
    expect(anthropicEvents(msg).some((e) => e.event === "content_block_delta")).toBe(true);
    expect(msg).not.toContain("message_stop");
  });

  it("drop: the connection to the gateway breaks, no terminator at all", async () => {
    const sim = testSim();
    const chat = await (await post(sim, "/v1/chat/completions", chatStream("[sim:drop]"))).text();
    expect(chat).toContain('"content"');
    expect(chat).not.toContain("[DONE]");
    expect(chat).not.toContain('finish_reason":"stop');
    const msg = await (await post(sim, "/v1/messages", msgBody("[sim:drop]", { stream: true }))).text();
    expect(anthropicEvents(msg).some((e) => e.event === "content_block_delta")).toBe(true);
    expect(msg).not.toContain("message_stop");
  });

  it("slow-first, stall and tps change timing", async () => {
    const sim = testSim();
    const timed = async (text: string) => {
      const t0 = performance.now();
      await (await post(sim, "/v1/chat/completions", chatStream(text, { max_tokens: 10 }))).text();
      return performance.now() - t0;
    };
    expect(await timed("[sim:slow-first=200]")).toBeGreaterThanOrEqual(190);
    expect(await timed("[sim:stall=200]")).toBeGreaterThanOrEqual(190);
    expect(await timed("[sim:tps=50]")).toBeGreaterThanOrEqual(160);
    expect(await timed("plain")).toBeLessThan(150);
  });

  it("long: about 4000 tokens with many code blocks", async () => {
    const body = await json(await post(testSim(), "/v1/chat/completions", chatBody("[sim:long] essay")));
    expect((body.usage as { completion_tokens: number }).completion_tokens).toBeGreaterThanOrEqual(4000);
    const text = (body.choices as { message: { content: string } }[])[0]?.message.content ?? "";
    expect(text.match(/```\w+\n/g)?.length ?? 0).toBeGreaterThan(10);
    expect(text).not.toContain("[sim:");
  });

  it("tokens=N: an answer of at least N tokens, and no more than one section over", async () => {
    const body = await json(
      await post(testSim(), "/v1/chat/completions", chatBody("[sim:tokens=20000] essay")),
    );
    const tokens = (body.usage as { completion_tokens: number }).completion_tokens;
    expect(tokens).toBeGreaterThanOrEqual(20000);
    expect(tokens).toBeLessThan(20600);
  });

  it("reasoning=N: a reasoning model thinks for at least N tokens; other models ignore it", async () => {
    const body = await json(
      await post(testSim(), "/v1/chat/completions", {
        ...chatBody("[sim:reasoning=5000] essay"),
        model: "deepseek-reasoner",
      }),
    );
    const usage = body.usage as { completion_tokens_details: { reasoning_tokens: number } };
    expect(usage.completion_tokens_details.reasoning_tokens).toBeGreaterThanOrEqual(5000);
    expect(usage.completion_tokens_details.reasoning_tokens).toBeLessThan(5100);
    const plain = await json(
      await post(testSim(), "/v1/chat/completions", chatBody("[sim:reasoning=5000] hi")),
    );
    const message = (plain.choices as { message: Record<string, unknown> }[])[0]?.message;
    expect(message?.reasoning_content).toBeUndefined();
  });

  it("stamp: every chunk carries a float sim_sent_at", async () => {
    const events = openAiEvents(
      await (await post(testSim(), "/v1/chat/completions", chatStream("[sim:stamp]"))).text(),
    );
    const chunks = events.slice(0, -1).map((e) => JSON.parse(e) as { sim_sent_at: number });
    expect(chunks.every((c) => typeof c.sim_sent_at === "number" && c.sim_sent_at > 1.6e12)).toBe(true);
    const msg = anthropicEvents(
      await (await post(testSim(), "/v1/messages", msgBody("[sim:stamp]", { stream: true }))).text(),
    );
    expect(msg.every((e) => typeof e.data.sim_sent_at === "number")).toBe(true);
  });

  it("gzip: compressed body with Content-Encoding", async () => {
    const res = await post(testSim(), "/v1/chat/completions", chatStream("[sim:gzip] zip it"));
    expect(res.headers.get("content-encoding")).toBe("gzip");
    const text = gunzipSync(Buffer.from(await res.arrayBuffer())).toString();
    expect(openAiEvents(text).at(-1)).toBe("[DONE]");
  });

  it("redirect: 307 to a blocked location", async () => {
    const res = await post(testSim(), "/v1/chat/completions", chatBody("[sim:redirect]"));
    expect(res.status).toBe(307);
    expect(res.headers.get("location")).toBe("http://127.0.0.1:9/evil");
  });

  it("no-headers: the response resolves only after the request is aborted", async () => {
    const sim = testSim();
    const ac = new AbortController();
    let settled = false;
    const p = post(sim, "/v1/chat/completions", chatStream("[sim:no-headers]"), {}, ac.signal).then((r) => {
      settled = true;
      return r;
    });
    await sleep(150);
    expect(settled).toBe(false);
    expect(sim.log().at(-1)?.outcome).toBe("open");
    ac.abort();
    await p;
    expect(sim.log().at(-1)?.outcome).toBe("aborted");
  });
});
