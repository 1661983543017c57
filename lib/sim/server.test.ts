import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { slow } from "@/e2e/machine";
import { type SimServer, startSimServer } from "./server";

let sim: SimServer;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
type Entry = { path: string; outcome: string; status: number };
const lastEntry = async () => ((await (await fetch(`${sim.url}/__sim/log`)).json()) as Entry[]).at(-1);

beforeAll(async () => {
  sim = await startSimServer({ firstTokenMs: 0, tokensPerSecond: 40, videoSeconds: 1, port: 0 });
});
afterAll(async () => {
  await sim?.close();
});

const chat = (content: string, signal?: AbortSignal) =>
  fetch(`${sim.url}/v1/chat/completions`, {
    method: "POST",
    headers: { authorization: "Bearer sk-demo", "content-type": "application/json" },
    body: JSON.stringify({ model: "gpt-4o", stream: true, messages: [{ role: "user", content }] }),
    ...(signal ? { signal } : {}),
  });

describe("node:http adapter", () => {
  it("writes chunks as they are produced", async () => {
    const res = await chat("timing");
    expect(res.headers.get("x-accel-buffering")).toBe("no");
    expect(res.headers.get("content-encoding")).toBeNull();
    const reader = res.body?.getReader();
    const arrivals: number[] = [];
    for (let i = 0; i < 6; i++) {
      await reader?.read();
      arrivals.push(performance.now());
    }
    await reader?.cancel();
    const first = arrivals[1] ?? 0;
    const last = arrivals[5] ?? 0;
    expect(last - first).toBeGreaterThan(60);
  });

  it("a client disconnect cancels the stream (outcome aborted)", async () => {
    const ac = new AbortController();
    const res = await chat("disconnect me", ac.signal);
    const reader = res.body?.getReader();
    await reader?.read();
    ac.abort();
    await sleep(100);
    const entry = await lastEntry();
    expect(entry?.path).toBe("/v1/chat/completions");
    expect(entry?.outcome).toBe("aborted");
  });

  it("[sim:no-headers] holds the response until the client gives up", async () => {
    const ac = new AbortController();
    const p = chat("[sim:no-headers]", ac.signal).catch((e: unknown) => e);
    await sleep(150);
    ac.abort();
    expect(await p).toBeInstanceOf(Error);
    await expect.poll(async () => (await lastEntry())?.outcome, { timeout: slow(2000) }).toBe("aborted");
  });

  it("[sim:no-headers] still sees the abort after a full GC (the Request's signal copy is weak)", async () => {
    setFlagsFromString("--expose-gc");
    const gc = runInNewContext("gc") as () => void;
    const ac = new AbortController();
    const p = chat("[sim:no-headers]", ac.signal).catch((e: unknown) => e);
    await sleep(150);
    expect((await lastEntry())?.outcome).toBe("open");
    for (let i = 0; i < 3; i++) {
      gc();
      await sleep(10);
    }
    ac.abort();
    expect(await p).toBeInstanceOf(Error);
    await expect.poll(async () => (await lastEntry())?.outcome, { timeout: slow(2000) }).toBe("aborted");
  });
});

describe("embedded simulator", () => {
  it("is one instance per process and first options win", async () => {
    const { getEmbeddedSimulator } = await import("./index");
    const a = getEmbeddedSimulator({ videoSeconds: 1 });
    const b = getEmbeddedSimulator({ videoSeconds: 99 });
    expect(a).toBe(b);
    const res = await a.handle(
      new Request("http://localhost:3000/api/sim/v1/models", {
        headers: { authorization: "Bearer sk-demo" },
      }),
      "/v1/models",
    );
    expect(res.status).toBe(200);
    expect(res.headers.get("x-request-id")).toMatch(/^req_/);
    expect(a.log().at(-1)?.path).toBe("/v1/models");
  });
});
