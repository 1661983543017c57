import { Agent, request } from "node:http";
import { nowMs } from "./stats";

// One keep-alive agent per run, like a browser's connection pool; no socket limit so concurrency
// figures are the server's, not the client's.
export const agent = new Agent({ keepAlive: true, maxSockets: Number.POSITIVE_INFINITY });

export const BENCH_KEY = "sk-simBench1";

export interface Timed {
  status: number;
  /** Request start to response headers, ms. */
  ttfb: number;
  /** Request start to the last byte, ms. */
  total: number;
  bytes: number;
}

export interface ChatBody {
  stream: boolean;
  prompt: string;
  maxTokens?: number;
}

export function chatBody(b: ChatBody): string {
  return JSON.stringify({
    model: "gpt-4o-mini",
    stream: b.stream,
    ...(b.maxTokens ? { max_tokens: b.maxTokens } : {}),
    messages: [{ role: "user", content: b.prompt }],
  });
}

interface Call {
  url: string;
  method?: "GET" | "POST";
  body?: string;
  headers?: Record<string, string>;
  onData?: (chunk: Buffer, at: number) => void;
  signal?: AbortSignal;
}

/** One HTTP request over the shared agent; resolves after the whole body arrived. */
export function call(c: Call): Promise<Timed> {
  return new Promise((resolve, reject) => {
    const start = nowMs();
    let ttfb = 0;
    let bytes = 0;
    const headers: Record<string, string> = { authorization: `Bearer ${BENCH_KEY}`, ...c.headers };
    if (c.body !== undefined) {
      headers["content-type"] = "application/json";
      headers["content-length"] = String(Buffer.byteLength(c.body));
    }
    const req = request(c.url, { method: c.method ?? "POST", headers, agent, signal: c.signal }, (res) => {
      ttfb = nowMs() - start;
      res.on("data", (chunk: Buffer) => {
        const at = nowMs();
        bytes += chunk.byteLength;
        c.onData?.(chunk, at);
      });
      res.on("end", () => resolve({ status: res.statusCode ?? 0, ttfb, total: nowMs() - start, bytes }));
      res.on("error", reject);
    });
    req.setNoDelay(true);
    req.on("error", reject);
    req.end(c.body);
  });
}

export interface StreamResult extends Timed {
  /** Request start to the first chunk that carries content text, ms. */
  ttft: number;
  /** Receive time minus the simulator's `sim_sent_at`, ms, one per stamped chunk. */
  lags: number[];
  chunks: number;
  done: boolean;
  /** True when every stamp is >= the one before (chunks arrived in the order they were sent). */
  ordered: boolean;
}

/** A streamed chat completion whose chunks carry `sim_sent_at` (the prompt must hold `[sim:stamp]`). */
export async function streamChat(url: string, body: string, signal?: AbortSignal): Promise<StreamResult> {
  const start = nowMs();
  const lags: number[] = [];
  let ttft = Number.NaN;
  let buf = "";
  let lastStamp = 0;
  let ordered = true;
  let done = false;
  let chunks = 0;
  const onData = (chunk: Buffer, at: number) => {
    buf += chunk.toString("utf8");
    let sep = buf.indexOf("\n\n");
    while (sep >= 0) {
      const event = buf.slice(0, sep).trim();
      buf = buf.slice(sep + 2);
      sep = buf.indexOf("\n\n");
      if (!event.startsWith("data: ")) continue;
      const data = event.slice(6);
      if (data === "[DONE]") {
        done = true;
        continue;
      }
      const parsed = JSON.parse(data) as {
        sim_sent_at?: number;
        choices?: { delta?: { content?: string } }[];
      };
      chunks += 1;
      const stamp = parsed.sim_sent_at;
      if (typeof stamp === "number") {
        lags.push(at - stamp);
        if (stamp < lastStamp) ordered = false;
        lastStamp = stamp;
      }
      if (Number.isNaN(ttft) && parsed.choices?.[0]?.delta?.content) ttft = at - start;
    }
  };
  const timed = await call({ url, body, onData, signal });
  return { ...timed, ttft, lags, chunks, done, ordered };
}
