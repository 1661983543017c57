import Anthropic from "@anthropic-ai/sdk";
import OpenAI from "openai";
import { PNG } from "pngjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type SimServer, startSimServer } from "./server";

let sim: SimServer;
let openai: OpenAI;
let anthropic: Anthropic;

beforeAll(async () => {
  sim = await startSimServer({ firstTokenMs: 0, tokensPerSecond: 0, videoSeconds: 1, port: 0 });
  openai = new OpenAI({ apiKey: "sk-demo", baseURL: `${sim.url}/v1`, maxRetries: 0 });
  anthropic = new Anthropic({ apiKey: "sk-demo", baseURL: sim.url, maxRetries: 0 });
});
afterAll(async () => {
  await sim?.close();
});

describe("official SDKs against startSimServer", () => {
  it("openai chat non-stream", async () => {
    const r = await openai.chat.completions.create({
      model: "gpt-4o-mini",
      messages: [{ role: "user", content: "Hello SDK" }],
    });
    expect(r.choices[0]?.message.content).toContain("Hello SDK");
    expect(r.usage?.total_tokens).toBeGreaterThan(0);
    expect(r._request_id).toMatch(/^req_/);
  });

  it("openai chat stream", async () => {
    const stream = await openai.chat.completions.create({
      model: "gpt-4.1",
      stream: true,
      messages: [{ role: "user", content: "Stream SDK" }],
    });
    let text = "";
    let usage = 0;
    for await (const chunk of stream) {
      text += chunk.choices[0]?.delta.content ?? "";
      usage = chunk.usage?.completion_tokens ?? usage;
    }
    expect(text).toContain("Stream SDK");
    expect(usage).toBeGreaterThan(10);
  });

  it("openai surfaces mid-stream errors and status errors", async () => {
    const stream = await openai.chat.completions.create({
      model: "gpt-4o",
      stream: true,
      messages: [{ role: "user", content: "[sim:midstream-error]" }],
    });
    await expect(async () => {
      for await (const _ of stream) {
        // drain
      }
    }).rejects.toThrow(/mid/i);
    const err = await openai.chat.completions
      .create({ model: "gpt-4o", messages: [{ role: "user", content: "[sim:status=404]" }] })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OpenAI.NotFoundError);
  });

  it("anthropic messages stream finalMessage", async () => {
    const msg = await anthropic.messages
      .stream({
        model: "claude-sonnet-4-5-20250929-thinking",
        max_tokens: 2048,
        messages: [{ role: "user", content: "Hello Anthropic SDK" }],
      })
      .finalMessage();
    expect(msg.content.map((b) => b.type)).toEqual(["thinking", "text"]);
    const text = msg.content[1];
    expect(text?.type === "text" ? text.text : "").toContain("Hello Anthropic SDK");
    expect(msg.stop_reason).toBe("end_turn");
    expect(msg.usage.output_tokens).toBeGreaterThan(10);
  });

  it("anthropic messages non-stream", async () => {
    const msg = await anthropic.messages.create({
      model: "claude-haiku-4-5-20251001",
      max_tokens: 5,
      messages: [{ role: "user", content: "Short" }],
    });
    expect(msg.stop_reason).toBe("max_tokens");
    expect(msg.usage.output_tokens).toBe(5);
  });

  it("openai images.generate", async () => {
    const r = await openai.images.generate({
      model: "dall-e-2",
      prompt: "a fox",
      size: "256x256",
      response_format: "b64_json",
    });
    const png = PNG.sync.read(Buffer.from(r.data?.[0]?.b64_json ?? "", "base64"));
    expect([png.width, png.height]).toEqual([256, 256]);
  });

  it("openai videos create / retrieve / downloadContent", async () => {
    const created = await openai.videos.create({ model: "sora-2", prompt: "a fox running", seconds: "4" });
    expect(created.id).toMatch(/^task_/);
    expect(created.status).toBe("queued");
    let v = await openai.videos.retrieve(created.id);
    while (v.status !== "completed") {
      await new Promise((r) => setTimeout(r, 100));
      v = await openai.videos.retrieve(created.id);
    }
    expect(v.progress).toBe(100);
    const res = await openai.videos.downloadContent(created.id);
    expect(res.headers.get("content-type")).toBe("video/mp4");
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(bytes.subarray(4, 8).toString()).toBe("ftyp");
  });

  it("serves and clears the request log", async () => {
    const log = (await (await fetch(`${sim.url}/__sim/log`)).json()) as { path: string }[];
    expect(log.some((e) => e.path === "/v1/videos")).toBe(true);
    expect((await fetch(`${sim.url}/__sim/log`, { method: "DELETE" })).status).toBe(204);
    const after = (await (await fetch(`${sim.url}/__sim/log`)).json()) as unknown[];
    expect(after).toEqual([]);
  });
});
