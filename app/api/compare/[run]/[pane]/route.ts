// DELETE /api/compare/<run>/<pane> - cut one pane of a running compare (the others go on)
import { cancelPane } from "@/lib/server/compare/cancel";
import { assertSameOrigin } from "@/lib/server/origin";
import { methodNotAllowed, route } from "@/lib/server/route";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

type Ctx = { params: Promise<{ run: string; pane: string }> };

export const DELETE = route("compare.cancel", async (req: Request, ctx: Ctx) => {
  assertSameOrigin(req);
  const { run, pane } = await ctx.params;
  await cancelPane(req, run, pane);
  return new Response(null, {
    status: 204,
    headers: { "cache-control": "no-store", "x-content-type-options": "nosniff" },
  });
});
export const GET = methodNotAllowed("DELETE");
export const POST = methodNotAllowed("DELETE");
export const HEAD = methodNotAllowed("DELETE");
export const OPTIONS = methodNotAllowed("DELETE");
export const PUT = methodNotAllowed("DELETE");
export const PATCH = methodNotAllowed("DELETE");
