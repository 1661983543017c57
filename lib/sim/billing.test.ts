import { describe, expect, it } from "vitest";
import { chatBody, get, json, msgBody, post, testSim } from "./test-helpers";

// new-api: router/dashboard.go (the routes, TokenAuth) and controller/billing.go (GetSubscription,
// GetUsage: quota / QuotaPerUnit in USD; usage in cents).
describe("balance endpoints", () => {
  const balance = async (sim: ReturnType<typeof testSim>, key = "sk-demo") => {
    const headers = { authorization: `Bearer ${key}` };
    const sub = await json(await get(sim, "/v1/dashboard/billing/subscription", headers));
    const use = await json(await get(sim, "/v1/dashboard/billing/usage", headers));
    return { sub, use, remaining: (sub.hard_limit_usd as number) - (use.total_usage as number) / 100 };
  };

  it("answer new-api's JSON: the grant in USD, the usage in cents", async () => {
    const { sub, use, remaining } = await balance(testSim());
    expect(sub).toEqual({
      object: "billing_subscription",
      has_payment_method: true,
      soft_limit_usd: 100,
      hard_limit_usd: 100,
      system_hard_limit_usd: 100,
      access_until: 0,
    });
    expect(use).toEqual({ object: "list", total_usage: 0 });
    expect(remaining).toBe(100);
  });

  it("go down per key as requests are accepted; refused ones cost nothing", async () => {
    const sim = testSim();
    await post(sim, "/v1/chat/completions", chatBody("hi"));
    await post(sim, "/v1/messages", msgBody("hi"));
    await post(sim, "/v1/images/generations", { model: "dall-e-2", prompt: "a cat" });
    await post(sim, "/v1/chat/completions", chatBody("hi [sim:quota]"));
    await post(sim, "/v1/chat/completions", chatBody("hi [sim:status=500]"));
    const demo = await balance(sim);
    // $0.002 + $0.002 + $0.04
    expect(demo.use.total_usage).toBeCloseTo(4.4, 10);
    expect(demo.remaining).toBeCloseTo(99.956, 10);
    // Another key has its own balance.
    expect((await balance(sim, "sk-simOther1")).remaining).toBe(100);
    await post(sim, "/v1/chat/completions", chatBody("hi"), { authorization: "Bearer sk-simOther1" });
    expect((await balance(sim, "sk-simOther1")).remaining).toBeCloseTo(99.998, 10);
  });

  it("need a valid key like every relay route (TokenAuth): 401 Invalid token", async () => {
    const res = await get(testSim(), "/v1/dashboard/billing/usage", { authorization: "Bearer sk-proj-nope" });
    expect(res.status).toBe(401);
    expect(((await json(res)).error as Record<string, string>).message).toMatch(/Invalid token|无效的令牌/);
  });
});
