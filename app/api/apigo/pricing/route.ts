// GET /api/apigo/pricing - the gateway's public price list (new-api GET /api/pricing), fixed path
import { relayPricing } from "@/lib/server/pricing-relay";
import { route } from "@/lib/server/route";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export const GET = route("pricing", async (req: Request) => relayPricing(req));
