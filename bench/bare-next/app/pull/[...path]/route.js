// GET|POST /pull/* - the bare pipe, with the reply wrapped the way lib/server/upstream.ts wraps the
// embedded simulator's (a pull stream with highWaterMark 0: one upstream read per downstream read).
// An experiment that isolates what that wrapper costs; not part of the playground.
import { forward } from "../../forward";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

function pipe(source) {
  const reader = source.getReader();
  return new ReadableStream(
    {
      async pull(out) {
        try {
          const { done, value } = await reader.read();
          if (done) out.close();
          else out.enqueue(value);
        } catch (err) {
          out.error(err);
        }
      },
      async cancel(reason) {
        await reader.cancel(reason).catch(() => {});
      },
    },
    { highWaterMark: 0 },
  );
}

async function handler(req, ctx) {
  const { res, headers } = await forward(req, ctx);
  return new Response(res.body ? pipe(res.body) : null, { status: res.status, headers });
}

export const GET = handler;
export const POST = handler;
