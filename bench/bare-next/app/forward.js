// The bare routes' one job: send the request on to BENCH_UPSTREAM with no checks at all, and keep
// only the reply headers a media or chat client needs.
const upstream = process.env.BENCH_UPSTREAM || "http://127.0.0.1:7110";

export async function forward(req, ctx) {
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
  return { res, headers: out };
}
