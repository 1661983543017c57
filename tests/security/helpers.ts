// Shared helpers for the adversarial suite: raw HTTP (no URL normalisation), the simulator's request
// log, chat bodies with a unique marker, and timed stream reads.
import { randomUUID } from "node:crypto";
import { request as httpRequest, type IncomingHttpHeaders } from "node:http";
import { inject } from "vitest";

export function server(name: "sim" | "remote" | "team" | "refused" | "hostileApp"): string {
  const url = inject("servers")[name];
  if (!url) throw new Error(`no server ${name}`);
  return url;
}

export const hostileUrl = () => `http://127.0.0.1:${Number(new URL(server("sim")).port) + 4}`;

export interface RawReply {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface RawBytesReply {
  status: number;
  headers: IncomingHttpHeaders;
  /** The body exactly as it came over the wire (never decoded). */
  body: Buffer;
}

/** What Chromium sends as Accept-Encoding. */
export const BROWSER_ACCEPT_ENCODING = "gzip, deflate, br, zstd";

export interface RawOptions {
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** A loopback address (127.0.0.2, …) to connect from: another client, as the server sees it. */
  from?: string;
}

/** One HTTP request with the path sent byte for byte and the body as received (no decoding). */
export function rawBytes(
  base: string,
  method: string,
  path: string,
  opts: RawOptions = {},
): Promise<RawBytesReply> {
  const { port } = new URL(base);
  const hostname = opts.from ? "127.0.0.1" : new URL(base).hostname;
  const headers = { ...opts.headers };
  // Without a length Node sends DELETE/OPTIONS bodies unframed, which the server reads as garbage.
  if (opts.body !== undefined) headers["content-length"] = String(Buffer.byteLength(opts.body));
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: hostname, port, method, path, headers, localAddress: opts.from },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
        );
        res.on("error", reject);
      },
    );
    req.on("error", reject);
    req.end(opts.body);
  });
}

/** One HTTP request with the path sent byte for byte (fetch would resolve `..` and `//` first). */
export async function raw(
  base: string,
  method: string,
  path: string,
  opts: RawOptions = {},
): Promise<RawReply> {
  const res = await rawBytes(base, method, path, opts);
  return { ...res, body: res.body.toString("utf8") };
}

export interface SimEntry {
  id: string;
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: unknown;
  status: number;
  outcome: "completed" | "aborted" | "error" | "open";
}

export async function simLog(): Promise<SimEntry[]> {
  const res = await fetch(`${server("sim")}/__sim/log`);
  return (await res.json()) as SimEntry[];
}

/** Entries whose logged body contains the marker. */
export async function simSaw(marker: string): Promise<SimEntry[]> {
  return (await simLog()).filter((e) => JSON.stringify(e.body ?? "").includes(marker));
}

export async function waitForOutcome(
  marker: string,
  outcome: SimEntry["outcome"],
  ms = 8000,
): Promise<SimEntry> {
  const until = Date.now() + ms;
  let last: SimEntry | undefined;
  while (Date.now() < until) {
    last = (await simSaw(marker)).at(-1);
    if (last?.outcome === outcome) return last;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`simulator entry for ${marker}: outcome ${last?.outcome ?? "(none)"}, wanted ${outcome}`);
}

export const marker = () => `m${randomUUID().replaceAll("-", "")}`;

export function chatBody(prompt: string, opts: { stream?: boolean; model?: string } = {}): string {
  return JSON.stringify({
    model: opts.model ?? "gpt-4o-mini",
    stream: opts.stream ?? true,
    messages: [{ role: "user", content: prompt }],
  });
}

/** A POST /api/compare body with one streaming chat-completions pane ("p1") asking `prompt`. */
export function onePaneCompareBody(prompt: string): string {
  return JSON.stringify({
    panes: [{ id: "p1", api: "chat-completions", body: JSON.parse(chatBody(prompt)) }],
  });
}

export const jsonHeaders = (key?: string): Record<string, string> => ({
  "content-type": "application/json",
  ...(key ? { authorization: `Bearer ${key}` } : {}),
});

export interface TimedChunk {
  at: number;
  text: string;
}

/** Reads a streamed body chunk by chunk with the arrival time of each chunk. */
export async function readTimed(res: Response): Promise<TimedChunk[]> {
  const out: TimedChunk[] = [];
  if (!res.body) return out;
  const decoder = new TextDecoder();
  const reader = res.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    out.push({ at: Date.now(), text: decoder.decode(value, { stream: true }) });
  }
  return out;
}

/** The `data:` payloads of an SSE body, in order. */
export function sseData(body: string): string[] {
  return body
    .split("\n")
    .filter((l) => l.startsWith("data:"))
    .map((l) => l.slice(5).trim());
}
