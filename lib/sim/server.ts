import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { Readable } from "node:stream";
import { clearSimLog, createSimulator, type SimOptions } from "./index";

export interface SimServer {
  url: string;
  close(): Promise<void>;
}

function toRequest(req: IncomingMessage, origin: string, signal: AbortSignal): Request {
  const headers = new Headers();
  for (const [k, v] of Object.entries(req.headers)) {
    if (v === undefined) continue;
    for (const item of Array.isArray(v) ? v : [v]) headers.append(k, item);
  }
  const method = req.method ?? "GET";
  const hasBody = method !== "GET" && method !== "HEAD";
  const init: RequestInit & { duplex?: "half" } = { method, headers, signal };
  if (hasBody) {
    init.body = Readable.toWeb(req) as ReadableStream<Uint8Array>;
    init.duplex = "half";
  }
  return new Request(new URL(req.url ?? "/", origin), init);
}

async function pipeResponse(res: Response, out: ServerResponse, closed: () => boolean): Promise<void> {
  const headers: Record<string, string | string[]> = {};
  res.headers.forEach((value, key) => {
    headers[key] = value;
  });
  const setCookies = res.headers.getSetCookie();
  if (setCookies.length > 0) headers["set-cookie"] = setCookies;
  out.writeHead(res.status, headers);
  out.flushHeaders();
  if (!res.body) {
    out.end();
    return;
  }
  const reader = res.body.getReader();
  out.on("close", () => {
    if (!out.writableFinished) void reader.cancel().catch(() => {});
  });
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done || closed()) break;
      out.write(value);
    }
  } catch {
    // body errored or was cancelled
  }
  if (!closed()) out.end();
}

export async function startSimServer(
  opts: SimOptions & { port?: number; host?: string } = {},
): Promise<SimServer> {
  const { port = 0, host = "127.0.0.1", ...simOpts } = opts;
  const sim = createSimulator(simOpts);
  const sockets = new Set<import("node:net").Socket>();
  let origin = "";
  const server = createServer((req, res) => {
    req.socket.setNoDelay(true);
    const ac = new AbortController();
    let closed = false;
    res.on("close", () => {
      closed = true;
      if (!res.writableFinished) ac.abort();
    });
    void (async () => {
      const pathname = new URL(req.url ?? "/", origin).pathname;
      if (pathname === "/__sim/log") {
        if (req.method === "DELETE") clearSimLog(sim);
        res.writeHead(req.method === "DELETE" ? 204 : 200, { "Content-Type": "application/json" });
        res.end(req.method === "DELETE" ? undefined : JSON.stringify(sim.log()));
        return;
      }
      // ac.signal itself, not the Request's copy of it (see Simulator.handle).
      const response = await sim.handle(toRequest(req, origin, ac.signal), undefined, ac.signal);
      if (closed) {
        await response.body?.cancel().catch(() => {});
        return;
      }
      await pipeResponse(response, res, () => closed);
    })().catch((err: unknown) => {
      if (!res.headersSent) res.writeHead(500, { "Content-Type": "text/plain" });
      res.end(String(err));
    });
  });
  server.on("connection", (s) => {
    sockets.add(s);
    s.on("close", () => sockets.delete(s));
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve());
  });
  const addr = server.address() as AddressInfo;
  const shownHost = host.includes(":") ? `[${host}]` : host;
  origin = `http://${shownHost}:${addr.port}`;
  return {
    url: origin,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
