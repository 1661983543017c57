// Keys: the user's key only ever goes to the configured upstream, never back to the browser in clear;
// team mode (server key + access code) refuses callers without the access session or from other sites.
import { describe, expect, it } from "vitest";
import { chatBody, jsonHeaders, marker, server, simLog, simSaw } from "./helpers";
import { secrets } from "./servers";

const bare = secrets.userKey.slice(3);

describe("the user's key", () => {
  it("is set in an httpOnly, SameSite=Strict cookie on /api and answered only as a hint", async () => {
    const res = await fetch(`${server("remote")}/api/session/key`, {
      method: "PUT",
      headers: jsonHeaders(),
      body: JSON.stringify({ key: secrets.userKey }),
    });
    expect(res.status).toBe(200);
    const cookie = res.headers.getSetCookie()[0] ?? "";
    expect(cookie).toMatch(/^apigo_key=/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).toMatch(/Path=\/api(;|$)/);
    const body = await res.text();
    expect(body).not.toContain(bare);
    expect(body).toContain("41c7");
  });

  it("a cross-site page cannot set or clear it (403)", async () => {
    for (const method of ["PUT", "DELETE"]) {
      const res = await fetch(`${server("remote")}/api/session/key`, {
        method,
        headers: { ...jsonHeaders(), origin: "https://evil.example" },
        body: method === "PUT" ? JSON.stringify({ key: "sk-simAttacker0001" }) : undefined,
      });
      expect(res.status).toBe(403);
      expect(res.headers.getSetCookie()).toEqual([]);
    }
  });

  it("from the cookie reaches the simulator as a Bearer key; /api/session never shows it", async () => {
    const m = marker();
    const cookie = `apigo_key=${encodeURIComponent(secrets.userKey)}`;
    const res = await fetch(`${server("remote")}/api/apigo/v1/chat/completions`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie },
      body: chatBody(m, { stream: false }),
    });
    expect(res.status).toBe(200);
    // The simulator's log keeps the last 4 characters of what it was sent.
    expect((await simSaw(m))[0]?.headers.authorization).toMatch(/41c7$/);
    const session = await (await fetch(`${server("remote")}/api/session`, { headers: { cookie } })).text();
    expect(session).not.toContain(bare);
    expect(session).toContain("user-key");
  });

  it("is masked when an upstream echoes it in an error message", async () => {
    const res = await fetch(`${server("hostileApp")}/api/apigo/v1/chat/completions`, {
      method: "POST",
      headers: jsonHeaders(secrets.userKey),
      body: chatBody("[hostile:echo-key]", { stream: false }),
    });
    expect(res.status).toBe(401);
    const text = await res.text();
    expect(text).not.toContain(bare);
    expect(text).toContain("Incorrect API key provided");
    expect(text).toContain("…41c7");
  });

  it("a crafted request cannot send the key elsewhere: no URL, header or body field moves the upstream", async () => {
    const m = marker();
    const res = await fetch(`${server("remote")}/api/apigo/v1/chat/completions`, {
      method: "POST",
      headers: {
        ...jsonHeaders(secrets.userKey),
        "x-upstream": "http://evil.example",
        "x-target-url": "http://evil.example",
      },
      body: JSON.stringify({
        model: "gpt-4o-mini",
        base_url: "http://evil.example",
        stream: false,
        messages: [{ role: "user", content: m }],
      }),
    });
    expect(res.status).toBe(200);
    expect(await simSaw(m)).toHaveLength(1);
  });
});

describe("team mode (server key + access code)", () => {
  const team = () => server("team");

  async function accessCookie(): Promise<string> {
    const res = await fetch(`${team()}/api/session/access`, {
      method: "PUT",
      headers: jsonHeaders(),
      body: JSON.stringify({ code: secrets.accessCode }),
    });
    expect(res.status).toBe(200);
    return (res.headers.getSetCookie()[0] ?? "").split(";")[0] ?? "";
  }

  it("without the access-code session: 401, nothing sent upstream", async () => {
    const before = (await simLog()).length;
    for (const [method, path] of [
      ["POST", "/api/apigo/v1/chat/completions"],
      ["GET", "/api/apigo/v1/models"],
      ["GET", "/api/apigo/v1/videos/video_abc/content"],
    ] as const) {
      const res = await fetch(`${team()}${path}`, {
        method,
        headers: { "content-type": "application/json" },
        body: method === "POST" ? chatBody("no access") : undefined,
      });
      expect(res.status).toBe(401);
      expect(await res.text()).toContain("access_code_required");
    }
    expect((await simLog()).length).toBe(before);
  });

  it("a wrong code, a forged or tampered cookie: 401", async () => {
    const wrong = await fetch(`${team()}/api/session/access`, {
      method: "PUT",
      headers: jsonHeaders(),
      body: JSON.stringify({ code: "incorrect horse" }),
    });
    expect(wrong.status).toBe(401);
    const good = await accessCookie();
    const expiry = /v1\.(\d+)\./.exec(decodeURIComponent(good))?.[1] ?? "0";
    const forged = [
      "apigo_access=v1.9999999999.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
      good.replace(`v1.${expiry}`, `v1.${Number(expiry) + 1000}`),
      `${good.slice(0, -2)}xx`,
      "apigo_access=true",
    ];
    for (const cookie of forged) {
      const res = await fetch(`${team()}/api/apigo/v1/models`, { headers: { cookie } });
      expect(res.status, cookie).toBe(401);
    }
  });

  it("with the access session: the server key goes upstream, and never back to the browser", async () => {
    const cookie = await accessCookie();
    const m = marker();
    const res = await fetch(`${team()}/api/apigo/v1/chat/completions`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie },
      body: chatBody(m, { stream: false }),
    });
    expect(res.status).toBe(200);
    expect((await simSaw(m))[0]?.headers.authorization).toMatch(/92ab$/);
    const session = await (await fetch(`${team()}/api/session`, { headers: { cookie } })).text();
    expect(session).not.toContain(secrets.teamKey.slice(3));
    expect(session).toContain('"team"');
  });

  it("a foreign Origin gets 403 even with a valid access session, nothing sent upstream", async () => {
    const cookie = await accessCookie();
    const before = (await simLog()).length;
    const res = await fetch(`${team()}/api/apigo/v1/chat/completions`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie, origin: "https://evil.example" },
      body: chatBody("cross-site"),
    });
    expect(res.status).toBe(403);
    const access = await fetch(`${team()}/api/session/access`, {
      method: "PUT",
      headers: { ...jsonHeaders(), origin: "https://evil.example" },
      body: JSON.stringify({ code: secrets.accessCode }),
    });
    expect(access.status).toBe(403);
    expect(access.headers.getSetCookie()).toEqual([]);
    expect((await simLog()).length).toBe(before);
  });

  it("the same-origin page is accepted (Origin equal to the app's own)", async () => {
    const cookie = await accessCookie();
    const res = await fetch(`${team()}/api/apigo/v1/chat/completions`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie, origin: team() },
      body: chatBody("same site", { stream: false }),
    });
    expect(res.status).toBe(200);
  });
});
