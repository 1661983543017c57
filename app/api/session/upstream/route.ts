// PUT /api/session/upstream - pick the gateway or the simulator (an httpOnly cookie; no address)
import { route } from "@/lib/server/route";
import { putUpstream } from "@/lib/server/session";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export const PUT = route("session.upstream", async (req: Request) => putUpstream(req));
