// A tiny upstream for the Range benchmark: serves one file as GET /v1/videos/<id>/content, with Range.
// Usage: node bench/servers/range-files.mjs <port> <file> [--ignore-range]
// --ignore-range answers every request 200 with the whole file, as new-api's VideoProxy does
// (controller/video_proxy.go).
import { createReadStream, statSync } from "node:fs";
import { createServer } from "node:http";

const port = Number(process.argv[2] ?? 7111);
const file = process.argv[3];
if (!file) throw new Error("usage: range-files.mjs <port> <file>");
const size = statSync(file).size;
const ignoreRange = process.argv.includes("--ignore-range");

const server = createServer((req, res) => {
  if (req.method !== "GET" || !/^\/v1\/videos\/[A-Za-z0-9_-]+\/content(\?|$)/.test(req.url ?? "")) {
    res.writeHead(404, { "content-type": "application/json" });
    res.end('{"error":{"message":"not found"}}');
    return;
  }
  const m = ignoreRange ? null : /^bytes=(\d+)-(\d*)$/.exec(req.headers.range ?? "");
  const start = m ? Number(m[1]) : 0;
  const end = m?.[2] ? Math.min(Number(m[2]), size - 1) : size - 1;
  if (start >= size || end < start) {
    res.writeHead(416, { "content-range": `bytes */${size}` });
    res.end();
    return;
  }
  const headers = {
    "content-type": "video/mp4",
    ...(ignoreRange ? {} : { "accept-ranges": "bytes" }),
    "content-length": String(end - start + 1),
  };
  if (m) headers["content-range"] = `bytes ${start}-${end}/${size}`;
  res.writeHead(m ? 206 : 200, headers);
  createReadStream(file, { start, end, highWaterMark: 256 * 1024 }).pipe(res);
});

server.listen(port, "127.0.0.1", () => console.info(`range files on ${port}: ${file} (${size} bytes)`));
process.on("SIGTERM", () => server.close(() => process.exit(0)));
