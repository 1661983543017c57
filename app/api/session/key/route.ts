// PUT|DELETE /api/session/key - store or forget the user's API key in an httpOnly cookie
import { route } from "@/lib/server/route";
import { deleteKey, putKey } from "@/lib/server/session";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export const PUT = route("session.key", async (req: Request) => putKey(req));
export const DELETE = route("session.key", async (req: Request) => deleteKey(req));
