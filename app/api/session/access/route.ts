// PUT|DELETE /api/session/access - team mode: exchange the access code for a signed cookie, or drop it
import { route } from "@/lib/server/route";
import { deleteAccess, putAccess } from "@/lib/server/session";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export const PUT = route("session.access", async (req: Request) => putAccess(req));
export const DELETE = route("session.access", async (req: Request) => deleteAccess(req));
