// GET|POST /api/* - pipes to BENCH_UPSTREAM with no checks at all (the benchmark's reference handler)
import { forward } from "../../forward";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

async function handler(req, ctx) {
  const { res, headers } = await forward(req, ctx);
  return new Response(res.body, { status: res.status, headers });
}

export const GET = handler;
export const POST = handler;
