// An upstream that misbehaves on purpose, for cases the simulator does not cover: it echoes the key it
// was sent (in an error, a 200 body or mid-stream), answers HTML or SVG, sets cookies and hop-by-hop
// headers, redirects, compresses with br.
// The directive is `[hostile:NAME]` in the request body; GET /__hostile/seen lists what arrived.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { brotliCompressSync, deflateSync } from "node:zlib";

export interface HostileSeen {
  method: string;
  url: string;
  headers: IncomingMessage["headers"];
  body: string;
}

const okChat = JSON.stringify({
  id: "chatcmpl-hostile",
  object: "chat.completion",
  created: 1,
  model: "gpt-4o-mini",
  choices: [{ index: 0, message: { role: "assistant", content: "hostile says hi" }, finish_reason: "stop" }],
});

const sentKey = (req: IncomingMessage) =>
  /^Bearer (\S+)$/.exec(req.headers.authorization ?? "")?.[1] ?? String(req.headers["x-api-key"] ?? "");

/** A stream that echoes the key in an error event mid-way, split across two writes 30 ms apart. */
function echoKeyStream(req: IncomingMessage, res: ServerResponse): void {
  const key = sentKey(req);
  const parts = [
    'data: {"choices":[{"index":0,"delta":{"content":"hostile"}}]}\n\n',
    `event: error\ndata: {"error":{"message":"Incorrect API key provided: ${key.slice(0, 9)}`,
    `${key.slice(9)}","type":"invalid_request_error"}}\n\n`,
    "data: [DONE]\n\n",
  ];
  res.writeHead(200, { "content-type": "text/event-stream" });
  const next = () => {
    const part = parts.shift();
    if (part === undefined) return void res.end();
    res.write(part);
    setTimeout(next, 30);
  };
  next();
}

function answer(directive: string, req: IncomingMessage, res: ServerResponse): void {
  const json = { "content-type": "application/json" };
  switch (directive) {
    case "echo-key-ok":
      res.writeHead(200, json).end(okChat.replace("hostile says hi", `your key is ${sentKey(req)}`));
      return;
    case "echo-key-stream":
      echoKeyStream(req, res);
      return;
    case "echo-key":
      res.writeHead(401, json).end(
        JSON.stringify({
          error: {
            message: `Incorrect API key provided: ${req.headers.authorization ?? req.headers["x-api-key"]}`,
            type: "invalid_request_error",
            code: "invalid_api_key",
          },
        }),
      );
      return;
    case "html":
      res.writeHead(200, { "content-type": "text/html" }).end("<script>alert(document.domain)</script>");
      return;
    case "svg":
      res
        .writeHead(200, { "content-type": "image/svg+xml" })
        .end('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>');
      return;
    case "headers":
      res
        .writeHead(200, {
          ...json,
          "set-cookie": "apigo_key=stolen; Path=/",
          "access-control-allow-origin": "*",
          "x-evil": "1",
          "x-request-id": "req_hostile",
          "content-security-policy": "script-src *",
          connection: "keep-alive",
        })
        .end(okChat);
      return;
    case "redirect":
      res.writeHead(302, { location: "http://169.254.169.254/latest/meta-data/" }).end();
      return;
    case "br":
      res.writeHead(200, { ...json, "content-encoding": "br" }).end(brotliCompressSync(okChat));
      return;
    case "deflate":
      res.writeHead(200, { ...json, "content-encoding": "deflate" }).end(deflateSync(okChat));
      return;
    case "huge-error":
      res.writeHead(500, json);
      res.end(`{"error":{"message":"${"x".repeat(2 * 1024 * 1024)}"}}`);
      return;
    default:
      res.writeHead(200, json).end(okChat);
  }
}

export async function startHostileUpstream(port: number): Promise<{ url: string; close(): Promise<void> }> {
  const seen: HostileSeen[] = [];
  const server = createServer((req, res) => {
    if (req.url === "/__hostile/seen") {
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(seen));
      return;
    }
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      seen.push({
        method: req.method ?? "",
        url: req.url ?? "",
        headers: req.headers,
        body: body.slice(0, 4096),
      });
      if (req.url?.startsWith("/v1/videos/") && req.url.endsWith("/content")) {
        res.writeHead(200, { "content-type": "text/html" }).end("<script>alert(1)</script>");
        return;
      }
      answer(/\[hostile:([a-z-]+)\]/.exec(body)?.[1] ?? "", req, res);
    });
  });
  await new Promise<void>((r) => server.listen(port, "127.0.0.1", r));
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
