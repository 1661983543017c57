// GET /api/shares/<id>/video - a video share's finished MP4, whole or by Range (206, 416)
import { route } from "@/lib/server/route";
import { serveShareVideo } from "@/lib/server/shares/service";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

type Ctx = { params: Promise<{ id: string }> };

export const GET = route("shares.video", async (req: Request, ctx: Ctx) =>
  serveShareVideo(req, (await ctx.params).id),
);
