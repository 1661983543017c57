import { describe, expect, it } from "vitest";
import { chatBody, json, openAiEvents, post, testSim } from "./test-helpers";

type Chunk = {
  id: string;
  choices: { index: number; delta: Record<string, string>; finish_reason: string | null }[];
  usage?: Record<string, number> | null;
};
const chunks = (raw: string) => {
  const events = openAiEvents(raw);
  expect(events[events.length - 1]).toBe("[DONE]");
  return events.slice(0, -1).map((e) => JSON.parse(e) as Chunk);
};

describe("chat completions JSON", () => {
  it("returns the OpenAI-native body with markdown, usage and headers", async () => {
    const res = await post(testSim(), "/v1/chat/completions", chatBody("Explain caching briefly"));
    expect(res.status).toBe(200);
    expect(res.headers.get("x-request-id")).toMatch(/^req_/);
    expect(res.headers.get("x-oneapi-request-id")).toMatch(/^\d{14}\d+[0-9a-f]{8}[A-Za-z0-9]{8}$/);
    const raw = await res.text();
    expect(Object.keys(JSON.parse(raw))).toEqual([
      "id",
      "object",
      "created",
      "model",
      "choices",
      "usage",
      "service_tier",
      "system_fingerprint",
    ]);
    const body = JSON.parse(raw);
    expect(body.object).toBe("chat.completion");
    expect(body.id).toMatch(/^chatcmpl-/);
    const content: string = body.choices[0].message.content;
    expect(content).toContain("Explain caching briefly");
    expect(content).toMatch(/^## /m);
    expect(content).toContain("| --- | --- |");
    expect(content).toMatch(/```\w+\n/);
    expect(body.choices[0].finish_reason).toBe("stop");
    expect(body.usage.total_tokens).toBe(body.usage.prompt_tokens + body.usage.completion_tokens);
  });

  it("is deterministic for the same conversation", async () => {
    const sim = testSim();
    const a = await json(await post(sim, "/v1/chat/completions", chatBody("same")));
    const b = await json(await post(sim, "/v1/chat/completions", chatBody("same")));
    expect(JSON.stringify(a.choices)).toBe(JSON.stringify(b.choices));
  });

  it("truncates at max_tokens with finish_reason length", async () => {
    const body = await json(await post(testSim(), "/v1/chat/completions", chatBody("hi", { max_tokens: 5 })));
    const usage = body.usage as { completion_tokens: number };
    expect(usage.completion_tokens).toBe(5);
    expect(JSON.stringify(body.choices)).toContain('"finish_reason":"length"');
  });

  it("reports cached tokens when the same prefix is sent twice", async () => {
    const sim = testSim();
    const first = await json(await post(sim, "/v1/chat/completions", chatBody("cache me please")));
    const second = await json(await post(sim, "/v1/chat/completions", chatBody("cache me please")));
    const cached = (b: Record<string, unknown>) =>
      (b.usage as { prompt_tokens_details: { cached_tokens: number } }).prompt_tokens_details.cached_tokens;
    expect(cached(first)).toBe(0);
    expect(cached(second)).toBeGreaterThan(0);
  });

  it("answers valid JSON for json_object when the prompt mentions json", async () => {
    const res = await post(
      testSim(),
      "/v1/chat/completions",
      chatBody("Give me json", { response_format: { type: "json_object" } }),
    );
    const body = await json(res);
    const content = (body.choices as { message: { content: string } }[])[0]?.message.content ?? "";
    expect(JSON.parse(content)).toMatchObject({ ok: true });
  });

  it("adds reasoning_content for reasoning models", async () => {
    const body = await json(await post(testSim(), "/v1/chat/completions", chatBody("hi", { model: "o3" })));
    const msg = (body.choices as { message: Record<string, unknown> }[])[0]?.message ?? {};
    expect(Object.keys(msg)).toEqual(["role", "content", "reasoning_content", "refusal", "annotations"]);
  });
});

describe("chat completions SSE", () => {
  it("frames role chunk, content deltas, finish, usage and [DONE]", async () => {
    const res = await post(testSim(), "/v1/chat/completions", chatBody("stream it", { stream: true }));
    expect(res.headers.get("content-type")).toBe("text/event-stream");
    expect(res.headers.get("cache-control")).toBe("no-cache");
    expect(res.headers.get("x-accel-buffering")).toBe("no");
    const list = chunks(await res.text());
    expect(list[0]?.choices[0]?.delta).toEqual({ role: "assistant", content: "", refusal: null });
    const finish = list[list.length - 2];
    expect(finish?.choices[0]?.finish_reason).toBe("stop");
    const usage = list[list.length - 1];
    expect(usage?.choices).toEqual([]);
    expect(usage?.usage?.completion_tokens).toBe(list.length - 3);
    expect(list.slice(0, -1).every((c) => c.usage === null)).toBe(true);
    expect(new Set(list.map((c) => c.id)).size).toBe(1);
    const text = list.map((c) => c.choices[0]?.delta.content ?? "").join("");
    expect(text).toContain("stream it");
    const keys = Object.keys(list[1] ?? {});
    expect(keys).toEqual([
      "id",
      "object",
      "created",
      "model",
      "service_tier",
      "system_fingerprint",
      "choices",
      "usage",
    ]);
  });

  it("omits the usage chunk and usage keys when include_usage is false", async () => {
    const body = chatBody("x", { stream: true, stream_options: { include_usage: false } });
    const list = chunks(await (await post(testSim(), "/v1/chat/completions", body)).text());
    expect(list.every((c) => c.choices.length === 1 && !("usage" in c))).toBe(true);
  });

  it("streams reasoning_content before content", async () => {
    const body = chatBody("x", { stream: true, model: "deepseek-reasoner" });
    const list = chunks(await (await post(testSim(), "/v1/chat/completions", body)).text());
    const kinds = list.flatMap((c) => Object.keys(c.choices[0]?.delta ?? {})).filter((k) => k !== "role");
    const firstContent = kinds.indexOf("content", 2);
    expect(kinds.lastIndexOf("reasoning_content")).toBeLessThan(firstContent);
    expect(list[list.length - 1]?.usage?.completion_tokens).toBeGreaterThan(0);
  });

  it("honours max_tokens and stop in streams", async () => {
    const sim = testSim();
    const capped = chunks(
      await (await post(sim, "/v1/chat/completions", chatBody("x", { stream: true, max_tokens: 3 }))).text(),
    );
    expect(capped.length).toBe(1 + 3 + 2);
    expect(capped[4]?.choices[0]?.finish_reason).toBe("length");
    const stopped = chunks(
      await (
        await post(sim, "/v1/chat/completions", chatBody("x", { stream: true, stop: ["|", "```"] }))
      ).text(),
    );
    const text = stopped.map((c) => c.choices[0]?.delta.content ?? "").join("");
    expect(text).not.toContain("|");
    expect(text.length).toBeGreaterThan(20);
    expect(stopped[stopped.length - 2]?.choices[0]?.finish_reason).toBe("stop");
  });
});
