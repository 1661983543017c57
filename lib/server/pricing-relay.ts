import "server-only";
import { AppError } from "@/lib/errors";
import { resolveRoute } from "./auth";
import { readCapped } from "./body-limit";
import { accepting } from "./lifecycle/streams";
import { shuttingDownError } from "./lifecycle/tails";
import { appOrigin } from "./origin";
import { send, upstreamPathUrl } from "./upstream";

// The gateway's public price list, new-api's GET /api/pricing (router/api-router.go, controller/pricing.go),
// relayed from the one fixed path to whichever upstream answers this caller's model requests. No key is
// sent: new-api's TryUserAuth reads only a dashboard session, so a key would change nothing and is kept
// from a path that does not need it. A gateway that does not serve the list (404, or its web page with
// 200) gets a 404 here, and the browser fills no price.

// A real list (a few hundred models) is some hundred kB; a bigger body is not a price list we read.
const MAX_PRICING_BYTES = 4 * 1024 * 1024;
const BODY_DEADLINE_MS = 30_000;
const JSON_TYPE = /^application\/json\b/i;

function noList(): AppError {
  return new AppError(
    "not_found",
    "The gateway publishes no price list (GET /api/pricing): type your own prices in the compare tab",
  );
}

export async function relayPricing(req: Request): Promise<Response> {
  if (!accepting()) throw shuttingDownError();
  const { upstream } = resolveRoute(req);
  const res = await send({
    target: upstream,
    method: "GET",
    url: upstreamPathUrl(upstream, "/api/pricing", appOrigin(req)),
    headers: { accept: "application/json" },
    body: null,
    signal: req.signal,
  });
  if (res.status !== 200 || !JSON_TYPE.test(res.headers.get("content-type") ?? "") || !res.body) {
    res.abort(noList());
    await res.body?.cancel().catch(() => {});
    throw noList();
  }
  const body = await readCapped(res.body, MAX_PRICING_BYTES, noList, BODY_DEADLINE_MS);
  return new Response(body as BodyInit, {
    status: 200,
    headers: {
      "content-type": "application/json; charset=utf-8",
      // Per user (the upstream depends on their cookies); new-api itself refreshes the list every minute.
      "cache-control": "private, max-age=60",
      "x-content-type-options": "nosniff",
    },
  });
}
