import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { GET, POST } from "@/app/api/apigo/v1/[...path]/route";
import { ctx, EMBEDDED_SIM_ENV, proxyRequest, restoreEnv, setEnv } from "@/tests/server";

// The balance routes of new-api (router/dashboard.go) through the proxy, answered here by the
// embedded simulator (lib/sim/billing.ts).
const path = ["dashboard", "billing", "subscription"];
const usagePath = ["dashboard", "billing", "usage"];
const remaining = async (headers: Record<string, string> = {}) => {
  const sub = await (await GET(proxyRequest(path.join("/"), { headers }), ctx(path))).json();
  const use = await (await GET(proxyRequest(usagePath.join("/"), { headers }), ctx(usagePath))).json();
  return sub.hard_limit_usd - use.total_usage / 100;
};

beforeEach(() => setEnv(EMBEDDED_SIM_ENV));
afterEach(restoreEnv);

describe("balance through the proxy", () => {
  it("relays GET subscription and usage for the caller's key, and the balance goes down after a request", async () => {
    const key = { cookie: "apigo_key=sk-simBalance0001" };
    const before = await remaining(key);
    const chat = await POST(
      proxyRequest("chat/completions", {
        method: "POST",
        headers: { ...key, "content-type": "application/json", origin: "http://localhost:3000" },
        body: JSON.stringify({ model: "gpt-4o-mini", messages: [{ role: "user", content: "hi" }] }),
      }),
      ctx(["chat", "completions"]),
    );
    expect(chat.status).toBe(200);
    await chat.text();
    expect(await remaining(key)).toBeCloseTo(before - 0.002, 10);
  });

  it("refuses other methods and paths below /dashboard, and the team key's balance", async () => {
    const post = await POST(proxyRequest(path.join("/"), { method: "POST" }), ctx(path));
    expect(post.status).toBe(405);
    const other = ["dashboard", "billing", "credit_grants"];
    expect((await GET(proxyRequest(other.join("/")), ctx(other))).status).toBe(404);
    setEnv({ APIGO_SERVER_KEY: "sk-team-key-for-billing", ALLOW_OPEN_RELAY: "true" });
    const team = await GET(proxyRequest(path.join("/")), ctx(path));
    expect(team.status).toBe(404);
    expect((await team.json()).error.message).toMatch(/team key/);
  });
});
