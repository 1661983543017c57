// `next start` in one process, for V8 CPU profiles: Node refuses --cpu-prof in NODE_OPTIONS, and
// `next start` serves from a forked child. Usage: node --cpu-prof bench/servers/next-prof.cjs <port>
// (the profile is written when SIGTERM ends the process).
const { createServer } = require("node:http");
const next = require("next");

const port = Number(process.argv[2] ?? 7101);
const app = next({ dev: false, dir: process.cwd(), hostname: "127.0.0.1", port });
app.prepare().then(() => {
  const handle = app.getRequestHandler();
  const server = createServer((req, res) => handle(req, res));
  server.listen(port, "127.0.0.1", () => console.info(`next (profiled) on ${port}`));
  process.on("SIGTERM", () => process.exit(0));
});
