// POST /api/shares - store a playground snapshot and answer its link and delete token
import { route } from "@/lib/server/route";
import { createShare } from "@/lib/server/shares/service";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export const POST = route("shares.create", async (req: Request) =>
  Response.json(await createShare(req), { status: 201, headers: { "cache-control": "no-store" } }),
);
