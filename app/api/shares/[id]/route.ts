// GET|DELETE /api/shares/<id> - read a live share (for "Open in my playground"), or revoke it
import { route } from "@/lib/server/route";
import { readShare, revokeShare } from "@/lib/server/shares/service";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

type Ctx = { params: Promise<{ id: string }> };
const headers = { "cache-control": "no-store", "x-robots-tag": "noindex", "referrer-policy": "no-referrer" };

export const GET = route("shares.read", async (req: Request, ctx: Ctx) =>
  Response.json(await readShare(req, (await ctx.params).id), { headers }),
);

export const DELETE = route("shares.revoke", async (req: Request, ctx: Ctx) => {
  await revokeShare(req, (await ctx.params).id);
  return new Response(null, { status: 204, headers });
});
