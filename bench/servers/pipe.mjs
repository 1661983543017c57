// The floor any Node proxy pays: node:http in, node:http out, bytes piped both ways, no checks.
// Usage: BENCH_UPSTREAM=http://127.0.0.1:7110 node bench/servers/pipe.mjs <port>
import { Agent, createServer, request } from "node:http";

const upstream = new URL(process.env.BENCH_UPSTREAM ?? "http://127.0.0.1:7110");
const port = Number(process.argv[2] ?? 7103);
const agent = new Agent({ keepAlive: true, maxSockets: Number.POSITIVE_INFINITY });
const PASS = ["authorization", "content-type", "content-length", "accept", "range"];

const server = createServer((req, res) => {
  req.socket.setNoDelay(true);
  const headers = {};
  for (const name of PASS) if (req.headers[name] !== undefined) headers[name] = req.headers[name];
  const out = request(
    { host: upstream.hostname, port: upstream.port, path: req.url, method: req.method, headers, agent },
    (up) => {
      res.writeHead(up.statusCode ?? 502, up.headers);
      res.flushHeaders();
      up.pipe(res);
    },
  );
  out.setNoDelay(true);
  out.on("error", () => {
    if (!res.headersSent) res.writeHead(502);
    res.end();
  });
  res.on("close", () => {
    if (!res.writableFinished) out.destroy();
  });
  req.pipe(out);
});

server.listen(port, "127.0.0.1", () => console.info(`pipe on ${port} -> ${upstream.origin}`));
process.on("SIGTERM", () => server.close(() => process.exit(0)));
