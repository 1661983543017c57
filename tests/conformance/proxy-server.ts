// A node:http front for the route modules, standing in for `next start` in vitest: node request ->
// Request -> the exported handler -> Response streamed back chunk by chunk, abort on disconnect.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { Readable } from "node:stream";
import * as proxyRoute from "@/app/api/apigo/v1/[...path]/route";
import * as simRoute from "@/app/api/sim/[...path]/route";

type Handler = (req: Request, ctx: { params: Promise<{ path: string[] }> }) => Promise<Response>;

function pick(pathname: string, method: string): { handler: Handler; path: string[] } | undefined {
  const mounts: [string, Record<string, unknown>][] = [
    ["/api/apigo/v1/", proxyRoute],
    ["/api/sim/", simRoute],
  ];
  for (const [prefix, mod] of mounts) {
    if (!pathname.startsWith(prefix)) continue;
    const handler = mod[method];
    if (typeof handler !== "function") return undefined;
    // Like Next: catch-all params are the decoded segments after the mount.
    const path = pathname.slice(prefix.length).split("/").map(decodeURIComponent);
    return { handler: handler as Handler, path };
  }
  return undefined;
}

async function serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? "/", `http://${req.headers.host}`);
  const method = req.method ?? "GET";
  const route = pick(url.pathname, method);
  if (!route) {
    res.writeHead(404).end();
    return;
  }
  const ac = new AbortController();
  res.on("close", () => {
    if (!res.writableFinished) ac.abort();
  });
  const headers = new Headers();
  for (let i = 0; i < req.rawHeaders.length; i += 2)
    headers.append(req.rawHeaders[i] ?? "", req.rawHeaders[i + 1] ?? "");
  const hasBody = method !== "GET" && method !== "HEAD";
  const request = new Request(url, {
    method,
    headers,
    body: hasBody ? (Readable.toWeb(req) as ReadableStream<Uint8Array>) : null,
    signal: ac.signal,
    duplex: "half",
  } as RequestInit & { duplex: "half" });
  const response = await route.handler(request, { params: Promise.resolve({ path: route.path }) });
  const out: Record<string, string | string[]> = {};
  response.headers.forEach((v, k) => {
    out[k] = k === "set-cookie" ? response.headers.getSetCookie() : v;
  });
  res.writeHead(response.status, out);
  if (!response.body) {
    res.end();
    return;
  }
  const reader = response.body.getReader();
  res.on("close", () => {
    if (!res.writableFinished) reader.cancel().catch(() => {});
  });
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      res.write(value);
    }
    res.end();
  } catch {
    res.destroy();
  }
}

export async function startProxyServer(): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer((req, res) => {
    serve(req, res).catch(() => res.destroy());
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
