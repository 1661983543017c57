// POST /api/compare - fan one send out to every compare pane, their replies interleaved on one stream
import { compare } from "@/lib/server/compare/fan-out";
import { methodNotAllowed, route } from "@/lib/server/route";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export const POST = route("compare", compare);
export const GET = methodNotAllowed("POST");
export const HEAD = methodNotAllowed("POST");
export const OPTIONS = methodNotAllowed("POST");
export const PUT = methodNotAllowed("POST");
export const DELETE = methodNotAllowed("POST");
export const PATCH = methodNotAllowed("POST");
