import { createServer, request } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, describe, expect, it } from "vitest";
import { installPeerAddressHook, peerHeaderName } from "./peer-address";

describe("installPeerAddressHook", () => {
  const seen: Record<string, string | string[] | undefined>[] = [];
  const server = createServer((req, res) => {
    seen.push({ ...req.headers });
    res.end("ok");
  });
  afterAll(() => {
    server.close();
    delete (globalThis as { [key: symbol]: unknown })[Symbol.for("apigo.peer-header")];
  });

  it("stamps the socket address under a per-process random name, over anything the client sent, and sets the request deadline", async () => {
    installPeerAddressHook({ requestTimeoutMs: 12_345 });
    const header = peerHeaderName() ?? "";
    expect(header).toMatch(/^x-apigo-peer-[0-9a-f]{16}$/);
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    const { port } = server.address() as AddressInfo;
    await new Promise<void>((resolve, reject) => {
      const req = request(
        { host: "127.0.0.1", port, localAddress: "127.0.0.9", headers: { [header]: "6.6.6.6" } },
        (res) => res.resume().on("end", resolve),
      );
      req.on("error", reject);
      req.end();
    });
    expect(seen[0]?.[header]).toBe("127.0.0.9");
    expect(server.requestTimeout).toBe(12_345);
    expect(server.headersTimeout).toBeLessThanOrEqual(12_345);
  });
});
