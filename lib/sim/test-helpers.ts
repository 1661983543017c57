import { createSimulator, type Simulator } from "./index";

export const BASE = "http://sim.test";

export function testSim(): Simulator {
  return createSimulator({ firstTokenMs: 0, tokensPerSecond: 0, videoSeconds: 2 });
}

export function post(
  sim: Simulator,
  path: string,
  body: unknown,
  headers: Record<string, string> = {},
  signal?: AbortSignal,
): Promise<Response> {
  const init: RequestInit = {
    method: "POST",
    headers: { authorization: "Bearer sk-demo", "content-type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  };
  if (signal) init.signal = signal;
  return sim.handle(new Request(`${BASE}${path}`, init));
}

export function get(sim: Simulator, path: string, headers: Record<string, string> = {}): Promise<Response> {
  return sim.handle(
    new Request(`${BASE}${path}`, { headers: { authorization: "Bearer sk-demo", ...headers } }),
  );
}

export const chatBody = (content: string, extra: Record<string, unknown> = {}) => ({
  model: "gpt-4o-mini",
  messages: [{ role: "user", content }],
  ...extra,
});

export const msgBody = (content: string, extra: Record<string, unknown> = {}) => ({
  model: "claude-sonnet-4-5-20250929",
  max_tokens: 1024,
  messages: [{ role: "user", content }],
  ...extra,
});

/** Split an OpenAI-dialect SSE body; asserts every event is exactly `data: <payload>\n\n`. */
export function openAiEvents(raw: string): string[] {
  if (!raw.endsWith("\n\n")) throw new Error(`stream does not end with a blank line: ${raw.slice(-40)}`);
  const events = raw.slice(0, -2).split("\n\n");
  return events.map((e) => {
    if (!e.startsWith("data: ") || e.includes("\n")) throw new Error(`bad frame: ${e.slice(0, 80)}`);
    return e.slice(6);
  });
}

export interface AnthropicEvent {
  event: string;
  data: Record<string, unknown>;
}

/** Parse Anthropic SSE (event line, data line, blank line(s)); asserts event name equals data.type. */
export function anthropicEvents(raw: string): AnthropicEvent[] {
  const blocks = raw.split(/\n\n+/).filter((b) => b.trim() !== "");
  return blocks.map((b) => {
    const m = /^event: ([a-z_]+)\ndata: (.+)$/.exec(b.replace(/\n+$/, ""));
    if (!m?.[1] || !m[2]) throw new Error(`bad frame: ${b.slice(0, 80)}`);
    const data = JSON.parse(m[2]) as Record<string, unknown>;
    if (data.type !== m[1]) throw new Error(`event ${m[1]} != type ${String(data.type)}`);
    return { event: m[1], data };
  });
}

export async function json(res: Response): Promise<Record<string, unknown>> {
  return (await res.json()) as Record<string, unknown>;
}
