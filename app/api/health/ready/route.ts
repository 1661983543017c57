// GET /api/health/ready - readiness: 200 when the share store answers, 503 while it does not or once a shutdown began
import { readiness } from "@/lib/server/health";
import { route } from "@/lib/server/route";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export const GET = route("health.ready", async () => readiness());
