import "server-only";
import { randomBytes } from "node:crypto";
import { subscribe } from "node:diagnostics_channel";
import type { IncomingMessage, Server } from "node:http";

// Route handlers get a web Request: no socket, so no peer address. Node publishes every incoming
// request on the `http.server.request.start` diagnostics channel (synchronously, before the server's
// 'request' event reaches Next), so the instrumentation hook stamps the socket's address on the
// request there, under a header name drawn at random per process: a client cannot send it itself.
// The name lives on globalThis because Next bundles instrumentation and routes as separate modules.
const NAME = Symbol.for("apigo.peer-header");
type WithName = typeof globalThis & { [NAME]?: string };

/** The header that carries the TCP peer's address, once the hook runs (undefined in unit tests). */
export function peerHeaderName(): string | undefined {
  return (globalThis as WithName)[NAME];
}

interface RequestStart {
  request: IncomingMessage;
  server: Server;
}

/**
 * Installs the hook once per process. It also gives the Node server a deadline for a whole request
 * (headers and body): `next start` keeps Node's defaults (300 s), which let a client that sends a body
 * a byte at a time hold a connection for minutes. Node enforces it on its connection check (every
 * 30 s), so a request is cut between `requestTimeoutMs` and 30 s later.
 */
export function installPeerAddressHook(opts: { requestTimeoutMs: number }): void {
  const g = globalThis as WithName;
  if (g[NAME]) return;
  const header = `x-apigo-peer-${randomBytes(8).toString("hex")}`;
  g[NAME] = header;
  const hardened = new WeakSet<Server>();
  subscribe("http.server.request.start", (message) => {
    const { request, server } = message as RequestStart;
    request.headers[header] = request.socket.remoteAddress ?? "";
    if (server && !hardened.has(server)) {
      hardened.add(server);
      if (opts.requestTimeoutMs > 0) {
        server.requestTimeout = opts.requestTimeoutMs;
        server.headersTimeout = Math.min(server.headersTimeout, opts.requestTimeoutMs);
      }
    }
  });
}
