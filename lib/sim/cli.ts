import { startSimServer } from "./server";

function num(name: string): number | undefined {
  const v = process.env[name];
  if (v === undefined || v.trim() === "") return undefined;
  const n = Number(v);
  return Number.isFinite(n) ? n : undefined;
}

const port = num("SIM_PORT") ?? 4010;
const host = process.env.SIM_HOST || "127.0.0.1";
const acceptKeys = (process.env.SIM_ACCEPT_KEYS ?? "")
  .split(",")
  .map((k) => k.trim())
  .filter(Boolean);

const server = await startSimServer({
  port,
  host,
  firstTokenMs: num("SIM_FIRST_TOKEN_MS"),
  tokensPerSecond: num("SIM_TOKENS_PER_SEC"),
  videoSeconds: num("SIM_VIDEO_SECONDS"),
  acceptKeys,
  publicBaseUrl: process.env.SIM_PUBLIC_URL || undefined,
  videoRange: process.env.SIM_VIDEO_RANGE === "ignore" ? "ignore" : "serve",
});
console.info(`API·GO simulator listening on ${server.url}`);

const stop = () => {
  void server.close().then(() => process.exit(0));
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
