// POST /api/apigo/v1/chat/completions - the busiest proxy path as a static route. Same handler and
// checks as the catch-all beside it; Next just skips matching and building a [...path] per request.
import { proxy } from "@/lib/server/proxy";
import { methodNotAllowed, route } from "@/lib/server/route";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const PATH = ["chat", "completions"] as const;
const handler = route("proxy", async (req: Request) => proxy(req, PATH));

export const GET = handler;
export const POST = handler;
export const HEAD = methodNotAllowed("GET, POST");
export const OPTIONS = methodNotAllowed("GET, POST");
export const PUT = methodNotAllowed("GET, POST");
export const DELETE = methodNotAllowed("GET, POST");
export const PATCH = methodNotAllowed("GET, POST");
