// GET|POST /api/apigo/v1/* - the one proxy to the upstream gateway (allowlisted endpoints only)
import { proxy } from "@/lib/server/proxy";
import { methodNotAllowed, route } from "@/lib/server/route";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

type Ctx = { params: Promise<{ path: string[] }> };

const handler = route("proxy", async (req: Request, ctx: Ctx) => proxy(req, (await ctx.params).path));

export const GET = handler;
export const POST = handler;
// Never relayed (no HEAD shortcut to GET, no CORS preflight): answered here, nothing sent upstream.
export const HEAD = methodNotAllowed("GET, POST");
export const OPTIONS = methodNotAllowed("GET, POST");
export const PUT = methodNotAllowed("GET, POST");
export const DELETE = methodNotAllowed("GET, POST");
export const PATCH = methodNotAllowed("GET, POST");
