// POST /api/apigo/v1/chat/completions - the busiest proxy path as a static route. Same handlers and
// checks as the catch-all beside it; Next just skips matching and building a [...path] per request.
import { proxyHandlers } from "@/lib/server/proxy-route";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const PATH = ["chat", "completions"] as const;

export const { GET, POST, HEAD, OPTIONS, PUT, DELETE, PATCH } = proxyHandlers(() => PATH);
