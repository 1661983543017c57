import { afterEach, describe, expect, it } from "vitest";
import { GET } from "@/app/api/apigo/pricing/route";
import { APP, EMBEDDED_SIM_ENV, restoreEnv, setEnv, startFakeUpstream } from "@/tests/server";

// GET /api/apigo/pricing relays the fixed path /api/pricing (new-api router/api-router.go) to the
// upstream that answers the caller, without the caller's key (TryUserAuth never reads one).
const request = (headers: Record<string, string> = {}) =>
  new Request(`${APP}/api/apigo/pricing`, { headers });

afterEach(restoreEnv);

describe("price list relay", () => {
  it("answers the simulator's list keyless (demo mode)", async () => {
    setEnv(EMBEDDED_SIM_ENV);
    const res = await GET(request());
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("private, max-age=60");
    const body = await res.json();
    expect(body.success).toBe(true);
    expect(body.data.length).toBeGreaterThan(10);
  });

  it("asks the caller's gateway at its /api/pricing, never sending the key", async () => {
    const list = JSON.stringify({ success: true, data: [], group_ratio: { default: 1 } });
    const gw = await startFakeUpstream((_req, res) => {
      res.writeHead(200, { "content-type": "application/json; charset=utf-8" }).end(list);
    });
    try {
      setEnv({ APIGO_BASE_URL: gw.origin, APIGO_SERVER_KEY: undefined, ACCESS_CODE: undefined });
      const res = await GET(request({ cookie: "apigo_key=sk-simPricing0001" }));
      expect(res.status).toBe(200);
      expect(await res.text()).toBe(list);
      expect(gw.seen.map((s) => `${s.method} ${s.url}`)).toEqual(["GET /api/pricing"]);
      expect(gw.seen[0]?.headers.authorization).toBeUndefined();
      expect(JSON.stringify(gw.seen[0]?.headers)).not.toContain("sk-simPricing0001");
    } finally {
      await gw.close();
    }
  });

  it("answers 404 when the gateway has no list: a 404, or its web page with 200", async () => {
    let page = true;
    const gw = await startFakeUpstream((_req, res) => {
      if (page) res.writeHead(200, { "content-type": "text/html" }).end("<!doctype html><title>x</title>");
      else res.writeHead(404, { "content-type": "text/plain" }).end("404 page not found");
    });
    try {
      setEnv({ APIGO_BASE_URL: gw.origin, APIGO_SERVER_KEY: undefined, ACCESS_CODE: undefined });
      const headers = { cookie: "apigo_key=sk-simPricing0001" };
      const html = await GET(request(headers));
      expect(html.status).toBe(404);
      expect((await html.json()).error.message).toMatch(/no price list/);
      page = false;
      expect((await GET(request(headers))).status).toBe(404);
    } finally {
      await gw.close();
    }
  });
});
