// GET /api/session - how this browser talks to the upstream (mode, key hint, upstream kind); never the key
import { route } from "@/lib/server/route";
import { getSession } from "@/lib/server/session";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export const GET = route("session", async (req: Request) => getSession(req));
