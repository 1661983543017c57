// GET|POST /pull/* - the bare pipe, with the reply wrapped the way lib/server/proxy.ts wraps it (a
// pull stream with highWaterMark 0: one upstream read per downstream read). An experiment that
// isolates what that wrapper costs; not part of the playground.
export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const upstream = process.env.BENCH_UPSTREAM || "http://127.0.0.1:7110";

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
  const { path } = await ctx.params;
  const headers = {};
  for (const name of ["authorization", "content-type", "accept", "range"]) {
    const value = req.headers.get(name);
    if (value !== null) headers[name] = value;
  }
  const res = await fetch(`${upstream}/${path.join("/")}`, {
    method: req.method,
    headers,
    body: req.method === "POST" ? req.body : undefined,
    duplex: "half",
    signal: req.signal,
  });
  const out = new Headers();
  for (const name of ["content-type", "content-length", "content-range", "accept-ranges"]) {
    const value = res.headers.get(name);
    if (value !== null) out.set(name, value);
  }
  return new Response(res.body ? pipe(res.body) : null, { status: res.status, headers: out });
}

export const GET = handler;
export const POST = handler;
