// GET|POST /api/apigo/v1/* - the one proxy to the upstream gateway (allowlisted endpoints only)
import { proxyHandlers } from "@/lib/server/proxy-route";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

type Ctx = { params: Promise<{ path: string[] }> };

export const { GET, POST, HEAD, OPTIONS, PUT, DELETE, PATCH } = proxyHandlers(
  async (ctx: Ctx) => (await ctx.params).path,
);
