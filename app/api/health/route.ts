// GET /api/health - liveness and which upstream this server relays to
import { health } from "@/lib/server/health";
import { route } from "@/lib/server/route";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export const GET = route("health", async () => health());
