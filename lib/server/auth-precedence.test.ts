import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/apigo/v1/[...path]/route";
import { fakeProxyUpstream, KEY, post } from "@/tests/proxy-setup";
import { ctx, proxyRequest } from "@/tests/server";

// new-api's TokenAuth (QuantumNous/new-api middleware/auth.go) copies x-api-key over Authorization
// when the path contains /v1/messages or /v1/models; on every other path Authorization decides.
const up = fakeProxyUpstream();
const API_KEY = "sk-anthropic-style-key-5678";
const both = { authorization: `Bearer ${KEY}`, "x-api-key": API_KEY };
const get = (path: string, headers: Record<string, string>) =>
  GET(proxyRequest(path, { headers }), ctx(path.split("/")));

describe("x-api-key and Authorization from a non-browser client", () => {
  it("sends x-api-key (and no Authorization) on /v1/messages", async () => {
    expect((await post("messages", both)).status).toBe(200);
    expect(up.seen[0]?.headers["x-api-key"]).toBe(API_KEY);
    expect(up.seen[0]?.headers.authorization).toBeUndefined();
  });

  it("sends x-api-key on /v1/models and /v1/models/{id}", async () => {
    for (const path of ["models", "models/claude-sonnet-4-20250514"]) {
      expect((await get(path, both)).status).toBe(200);
    }
    for (const seen of up.seen) {
      expect(seen.headers["x-api-key"]).toBe(API_KEY);
      expect(seen.headers.authorization).toBeUndefined();
    }
    expect(up.seen).toHaveLength(2);
  });

  it("keeps Authorization first on other paths, as new-api does", async () => {
    await post("chat/completions", both);
    await get("videos/video_abc123", both);
    for (const seen of up.seen) {
      expect(seen.headers.authorization).toBe(`Bearer ${KEY}`);
      expect(seen.headers["x-api-key"]).toBeUndefined();
    }
  });

  it("still prefers the browser's key cookie over both", async () => {
    await post("messages", { ...both, cookie: "apigo_key=sk-cookie-key-0000" });
    expect(up.seen[0]?.headers.authorization).toBe("Bearer sk-cookie-key-0000");
    expect(up.seen[0]?.headers["x-api-key"]).toBeUndefined();
  });
});
