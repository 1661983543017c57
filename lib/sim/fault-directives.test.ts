// The simulator's cancellation, pacing and the directives it reads from system prompts (the stream
// faults themselves are in faults.test.ts).
import { describe, expect, it } from "vitest";
import { createSimulator } from "./index";
import { anthropicEvents, chatBody, msgBody, openAiEvents, post, testSim } from "./test-helpers";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const chatStream = (text: string, extra: Record<string, unknown> = {}) =>
  chatBody(text, { stream: true, ...extra });

describe("cancellation", () => {
  it("cancelling the body stops the generator and logs aborted", async () => {
    const sim = createSimulator({ firstTokenMs: 0, tokensPerSecond: 50 });
    const res = await post(sim, "/v1/chat/completions", chatStream("slow stream"));
    const reader = res.body?.getReader();
    await reader?.read();
    await reader?.read();
    expect(sim.log().at(-1)?.outcome).toBe("open");
    await reader?.cancel();
    const entry = sim.log().at(-1);
    expect(entry?.outcome).toBe("aborted");
    expect(entry?.endedAt).toBeGreaterThan(0);
    await sleep(100);
    expect(sim.log().at(-1)?.outcome).toBe("aborted");
  });

  it("aborting the request signal ends the stream and logs aborted", async () => {
    const sim = createSimulator({ firstTokenMs: 0, tokensPerSecond: 50 });
    const ac = new AbortController();
    const res = await post(sim, "/v1/messages", msgBody("abort me", { stream: true }), {}, ac.signal);
    const reader = res.body?.getReader();
    await reader?.read();
    ac.abort();
    await sleep(20);
    expect(sim.log().at(-1)?.outcome).toBe("aborted");
    expect(sim.log().at(-1)?.headers.authorization).toBe("****demo");
  });
});

describe("timedStream", () => {
  it("stops producing after cancel", async () => {
    const { timedStream } = await import("./sse");
    let produced = 0;
    let outcome = "";
    const stream = timedStream(
      undefined,
      async (io) => {
        for (;;) {
          await io.sleep(5);
          io.emit("x");
          produced++;
        }
      },
      (o) => {
        outcome = o;
      },
    );
    const reader = stream.getReader();
    await reader.read();
    await reader.cancel();
    const at = produced;
    await sleep(60);
    expect(produced).toBe(at);
    expect(outcome).toBe("aborted");
  });
});

describe("directives in the system prompt", () => {
  const sysChat = (system: string, user: string, role = "system") => ({
    model: "gpt-4o-mini",
    stream: true,
    messages: [
      { role, content: system },
      { role: "user", content: user },
    ],
  });

  it("parsePromptFaults merges both; the user message wins where both set a value", async () => {
    const { parsePromptFaults } = await import("./faults");
    const f = parsePromptFaults("[sim:tps=20] [sim:status=429] [sim:cut]", "[sim:tps=5] [sim:stamp]");
    expect(f).toMatchObject({ tps: 5, status: 429, cut: true, stamp: true, long: false });
    expect(parsePromptFaults("", "[sim:tps=7]").tps).toBe(7);
    expect(parsePromptFaults("[sim:status=503]", "hi").status).toBe(503);
    expect(parsePromptFaults("[sim:status=503]", "[sim:status=429]").status).toBe(429);
  });

  it("chat: a system or developer message's [sim:status] applies; the user's overrides it", async () => {
    const sim = testSim();
    const sys = await post(sim, "/v1/chat/completions", sysChat("Be brief. [sim:status=429]", "hello"));
    expect(sys.status).toBe(429);
    const dev = await post(sim, "/v1/chat/completions", sysChat("[sim:status=503]", "hi", "developer"));
    expect(dev.status).toBe(503);
    const both = await post(sim, "/v1/chat/completions", sysChat("[sim:status=503]", "hi [sim:status=429]"));
    expect(both.status).toBe(429);
    const plain = await post(sim, "/v1/chat/completions", sysChat("Be brief.", "hello"));
    expect(plain.status).toBe(200);
    expect(openAiEvents(await plain.text()).at(-1)).toBe("[DONE]");
  });

  it("messages: the system param (string or text blocks) carries directives", async () => {
    const sim = testSim();
    const str = await post(sim, "/v1/messages", msgBody("hello", { system: "[sim:status=529]" }));
    expect(str.status).toBe(529);
    const blocks = await post(
      sim,
      "/v1/messages",
      msgBody("hello", { stream: true, system: [{ type: "text", text: "Terse. [sim:stamp]" }] }),
    );
    expect(blocks.status).toBe(200);
    const events = anthropicEvents(await blocks.text());
    expect(events.every((e) => typeof e.data.sim_sent_at === "number")).toBe(true);
  });

  it("a system [sim:tps] paces the stream unless the user message sets its own", async () => {
    const sim = createSimulator({ firstTokenMs: 0, tokensPerSecond: 0 });
    const timed = async (system: string, user: string) => {
      const t0 = performance.now();
      const res = await post(sim, "/v1/chat/completions", { ...sysChat(system, user), max_tokens: 8 });
      await res.text();
      return performance.now() - t0;
    };
    // 8 tokens at 20 tok/s take ~400 ms; at the default (0 = as fast as possible) a few ms.
    expect(await timed("[sim:tps=20]", "hi")).toBeGreaterThan(300);
    expect(await timed("[sim:tps=20]", "hi [sim:tps=0]")).toBeLessThan(150);
  });
});
