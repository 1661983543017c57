import { createSimulator, type SimOptions } from "@/lib/sim";
import type { EvalRun } from "./types";

/** A browser-side fetch that reaches the simulator as the app's proxy would (key added, /api/apigo cut). */
export function simFetch(opts: SimOptions = { firstTokenMs: 0, tokensPerSecond: 0 }) {
  const sim = createSimulator(opts);
  const requests: { url: string; headers: Headers; body: Record<string, unknown> }[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    const headers = new Headers(init?.headers);
    headers.set("authorization", "Bearer sk-demo");
    requests.push({ url, headers, body: JSON.parse(String(init?.body)) });
    const request = new Request(`http://sim.test${url.replace("/api/apigo", "")}`, { ...init, headers });
    return sim.handle(request);
  };
  return { fetch: fetch as typeof globalThis.fetch, requests };
}

export function testRun(change: Partial<EvalRun> = {}): EvalRun {
  return {
    id: "r1",
    createdAt: 0,
    prompt: {
      api: "chat",
      model: "gpt-4o-mini",
      system: "",
      messages: [{ role: "user", content: "Tell me about {{topic}}" }],
      params: {},
    },
    cases: [
      { id: "c1", vars: { topic: "rust" } },
      { id: "c2", vars: { topic: "go" } },
      { id: "c3", vars: { topic: "zig" } },
    ],
    columns: [
      { id: "a", label: "GPT", api: "chat", model: "gpt-4o-mini" },
      { id: "b", label: "Claude", api: "messages", model: "claude-sonnet-4-5-20250929" },
    ],
    graders: [{ kind: "contains", value: "{{topic}}" }],
    cells: {},
    concurrency: 4,
    perVendor: 4,
    ...change,
  };
}
