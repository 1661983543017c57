// Share store (issue #8) against `next start`: unguessable ids, strict id checks, size and rate limits,
// a server-side allowlist of stored fields, no keys in snapshots, revocation, and share page headers.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { chatSnapshot, chatToolsSnapshot, compareSnapshot } from "../shares/fixtures";
import { raw, server } from "./helpers";
import { secrets } from "./servers";

const base = () => server("remote");
// The limiter keys on the forwarded address: each test takes its own so they do not share a bucket.
const client = () => `198.51.100.${Math.floor(Math.random() * 250) + 1}-${randomUUID()}`;

async function create(snapshot: unknown, extra: Record<string, string> = {}, xff = client()) {
  return fetch(`${base()}/api/shares`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-forwarded-for": xff, ...extra },
    body: JSON.stringify({ snapshot, expiresIn: "1d" }),
  });
}

interface Created {
  id: string;
  path: string;
  deleteToken: string;
}

describe("ids", () => {
  it("are 128 random bits (22 base64url characters), all different", async () => {
    const ids = new Set<string>();
    const xff = client();
    for (let i = 0; i < 20; i++) {
      const res = await create(chatSnapshot, {}, `${xff}-${i}`);
      expect(res.status).toBe(201);
      const { id, deleteToken } = (await res.json()) as Created;
      expect(id).toMatch(/^[A-Za-z0-9_-]{22}$/);
      expect(deleteToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
      ids.add(id);
    }
    expect(ids.size).toBe(20);
  });

  const hostile = [
    "' OR '1'='1",
    "1; DROP TABLE shares--",
    "..%2F..%2Fetc%2Fpasswd",
    "%00",
    "AAAAAAAAAAAAAAAAAAAAA.",
    "AAAAAAAAAAAAAAAAAAAAAAA",
    "AAAAAAAAAAAAAAAAAAAAA%20",
    "$where",
    "__proto__",
  ];
  it.each(hostile)("GET /api/shares/%s is a plain 404", async (id) => {
    const res = await raw(base(), "GET", `/api/shares/${encodeURIComponent(id).replaceAll("%25", "%")}`);
    expect(res.status).toBe(404);
    expect(res.body).toContain("does not exist");
  });

  it("a share page for a malformed id is a 404 page", async () => {
    const res = await raw(base(), "GET", "/s/'%20OR%201=1--");
    expect(res.status).toBe(404);
  });
});

describe("limits", () => {
  it("a snapshot over the size limit is refused with 413", async () => {
    const big = { ...chatSnapshot, messages: [{ role: "user", content: "x".repeat(250_000) }] };
    const res = await create(big);
    expect(res.status).toBe(413);
  });

  it("a body far over the limit is refused without being read whole", async () => {
    const res = await raw(base(), "POST", "/api/shares", {
      headers: { "content-type": "application/json", "x-forwarded-for": client() },
      body: `{"snapshot":"${"y".repeat(400_000)}","expiresIn":"1d"}`,
    });
    expect(res.status).toBe(413);
  });

  it("one client creating too fast gets 429 after the per-minute allowance (30 here)", async () => {
    const xff = client();
    const statuses: number[] = [];
    for (let i = 0; i < 32; i++) statuses.push((await create(chatSnapshot, {}, xff)).status);
    expect(statuses.slice(0, 30).every((s) => s === 201)).toBe(true);
    expect(statuses.slice(30)).toEqual([429, 429]);
  });

  it("a cross-site page cannot create or revoke (403)", async () => {
    const res = await create(chatSnapshot, { origin: "https://evil.example" });
    expect(res.status).toBe(403);
  });
});

describe("what is stored", () => {
  it("keeps only allowlisted fields (unknown ones, keys in headers, prototype keys dropped)", async () => {
    const crafted = {
      ...chatSnapshot,
      apiKey: secrets.userKey,
      headers: { authorization: `Bearer ${secrets.userKey}` },
      __proto__: { polluted: true },
      messages: [{ role: "user", content: "hi", extra: "dropped", key: secrets.userKey }],
    };
    const res = await create(JSON.parse(JSON.stringify(crafted)));
    expect(res.status).toBe(201);
    const { id } = (await res.json()) as Created;
    const text = await (await fetch(`${base()}/api/shares/${id}`)).text();
    expect(text).not.toContain(secrets.userKey.slice(3));
    expect(text).not.toContain("apiKey");
    expect(text).not.toContain("dropped");
    expect(text).not.toContain("polluted");
  });

  it("a shared prompt keeps the prompt allowlist (parameters narrowed, tools allowlisted) and renders inert", async () => {
    const setup = {
      api: "chat",
      model: "gpt-4o-mini",
      system: "<script>alert(1)</script>",
      messages: [{ role: "user", content: '<img src=x onerror="alert(1)">', key: secrets.userKey }],
      params: { temperature: 0.5, api_key: secrets.userKey },
      tools: [
        {
          type: "function",
          secret: secrets.userKey,
          function: {
            name: "lookup",
            description: "<script>alert(2)</script>",
            parameters: { type: "object", properties: {} },
            api_key: secrets.userKey,
          },
        },
      ],
      headers: { authorization: `Bearer ${secrets.userKey}` },
    };
    const prompt = {
      id: "p1",
      name: "P",
      createdAt: 1,
      apiKey: secrets.userKey,
      versions: [{ n: 1, savedAt: 1, setup }],
    };
    const res = await create({ v: 1, kind: "prompt", title: "P", prompt });
    expect(res.status).toBe(201);
    const { id } = (await res.json()) as Created;
    const text = await (await fetch(`${base()}/api/shares/${id}`)).text();
    expect(text).not.toContain(secrets.userKey.slice(3));
    expect(text).not.toContain("api_key");
    expect(text).toContain('"name":"lookup"');
    expect(text).toContain('"temperature":0.5');
    const page = await raw(base(), "GET", `/s/${id}`);
    expect(page.status).toBe(200);
    expect(page.body).not.toMatch(/<img[^>]+src="?x/);
    expect(page.body).not.toMatch(/<script>alert/);
  });

  it("refuses a shared prompt whose tools are hostile: bad names, too many, too deep, too large, wrong API", async () => {
    const fn = (name: string, parameters: unknown = { type: "object" }) => ({
      type: "function",
      function: { name, parameters },
    });
    let deep: unknown = { type: "object" };
    for (let i = 0; i < 1000; i++) deep = { properties: { x: deep } };
    const shared = (tools: unknown[], api = "chat") => ({
      v: 1,
      kind: "prompt",
      prompt: {
        id: "p1",
        name: "P",
        createdAt: 1,
        versions: [
          { n: 1, savedAt: 1, setup: { api, model: "m", system: "", messages: [], params: {}, tools } },
        ],
      },
    });
    const hostile = [
      shared([fn("x; rm -rf /")]),
      shared([fn("__proto__ ")]),
      shared(Array.from({ length: 129 }, (_, i) => fn(`t${i}`))),
      shared([fn("deep", deep)]),
      shared([fn("big", { type: "object", description: "x".repeat(100_001) })]),
      shared([fn("list", [{ type: "object" }])]),
      shared([{ name: "anthropic_form", input_schema: { type: "object" } }], "chat"),
      shared([fn("chat_form")], "messages"),
    ];
    for (const snapshot of hostile) expect((await create(snapshot)).status).toBe(400);
    expect((await create(shared([fn("fine")]))).status).toBe(201);
  });

  it("refuses a snapshot that contains the caller's own key", async () => {
    const snap = { ...chatSnapshot, messages: [{ role: "user", content: `my key is ${secrets.userKey}` }] };
    const res = await create(snap, { cookie: `apigo_key=${encodeURIComponent(secrets.userKey)}` });
    expect(res.status).toBe(400);
    expect(await res.text()).not.toContain(secrets.userKey.slice(3));
  });
});

describe("tools in shares (#20)", () => {
  const set = chatToolsSnapshot.tools;
  const tool = set?.tools[0];
  const reply = chatToolsSnapshot.messages[1];

  it("refuses a capped tool set over its caps or with names the APIs refuse", async () => {
    const many = Array.from({ length: 129 }, (_, i) => ({ ...tool, name: `t${i}` }));
    for (const tools of [many, [{ ...tool, name: "<img src=x>" }], [{ ...tool, parameters: { deep: {} } }]])
      expect((await create({ ...chatToolsSnapshot, tools: { ...set, tools } })).status).toBe(400);
  });

  it("stores tools and tool turns allowlisted, and renders them inert", async () => {
    const crafted = {
      ...chatToolsSnapshot,
      tools: {
        ...set,
        apiKey: secrets.userKey,
        tools: [{ ...tool, description: '<img src=x onerror="alert(1)">' }],
      },
      messages: [
        chatToolsSnapshot.messages[0],
        {
          ...reply,
          steps: [
            {
              content: "",
              headers: { authorization: `Bearer ${secrets.userKey}` },
              toolCalls: [
                {
                  id: "call_1",
                  name: "<script>alert(1)</script>",
                  arguments: '{"q":"<script>alert(2)</script>"}',
                  result: '<img src=x onerror="alert(3)">',
                  key: secrets.userKey,
                },
              ],
            },
          ],
        },
      ],
    };
    const res = await create(crafted);
    expect(res.status).toBe(201);
    const { id } = (await res.json()) as Created;
    const text = await (await fetch(`${base()}/api/shares/${id}`)).text();
    expect(text).not.toContain(secrets.userKey.slice(3));
    expect(text).toContain("get_weather");
    const page = await raw(base(), "GET", `/s/${id}`);
    expect(page.status).toBe(200);
    expect(page.body).toContain('data-testid="share-tool-call"');
    expect(page.body).not.toMatch(/<img[^>]+src="?x/);
    expect(page.body).not.toMatch(/<script>alert/);
  });

  it("a compare share's tool set: refused over its caps, else allowlisted and rendered inert once", async () => {
    for (const tools of [[{ ...tool, name: "<img src=x>" }], [{ ...tool, parameters: { deep: {} } }]])
      expect((await create({ ...compareSnapshot, tools: { ...set, tools } })).status).toBe(400);
    expect((await create({ ...compareSnapshot, tools: { ...set, choice: "tool:<script>" } })).status).toBe(
      400,
    );
    const res = await create({
      ...compareSnapshot,
      tools: {
        ...set,
        headers: { authorization: `Bearer ${secrets.userKey}` },
        tools: [{ ...tool, description: '<img src=x onerror="alert(1)">', apiKey: secrets.userKey }],
      },
    });
    expect(res.status).toBe(201);
    const { id } = (await res.json()) as Created;
    const stored = (await (await fetch(`${base()}/api/shares/${id}`)).json()) as { snapshot: unknown };
    expect(JSON.stringify(stored)).not.toContain(secrets.userKey.slice(3));
    expect(JSON.stringify(stored)).toContain("get_weather");
    const page = await raw(base(), "GET", `/s/${id}`);
    expect(page.status).toBe(200);
    expect(page.body.match(/data-testid="share-tools"/g)).toHaveLength(1);
    expect(page.body).not.toMatch(/<img[^>]+src="?x/);
  });
});

describe("revocation and the share page", () => {
  it("a wrong token changes nothing; the right one revokes; the link is gone everywhere", async () => {
    const { id, deleteToken } = (await (await create(chatSnapshot)).json()) as Created;
    const page = await raw(base(), "GET", `/s/${id}`);
    expect(page.status).toBe(200);
    expect(page.headers["referrer-policy"]).toBe("no-referrer");
    expect(String(page.headers["x-robots-tag"])).toMatch(/noindex/);
    expect(String(page.headers["cache-control"])).toMatch(/no-store/);
    expect(String(page.headers["content-security-policy"])).toMatch(/'nonce-/);
    const del = (token: string, origin?: string) =>
      fetch(`${base()}/api/shares/${id}`, {
        method: "DELETE",
        headers: { "content-type": "application/json", ...(origin ? { origin } : {}) },
        body: JSON.stringify({ deleteToken: token }),
      });
    expect((await del("A".repeat(43))).status).toBe(404);
    expect((await del(deleteToken, "https://evil.example")).status).toBe(403);
    expect((await fetch(`${base()}/api/shares/${id}`)).status).toBe(200);
    expect((await del(deleteToken)).status).toBe(204);
    expect((await fetch(`${base()}/api/shares/${id}`)).status).toBe(404);
    expect((await raw(base(), "GET", `/s/${id}`)).status).toBe(404);
  });

  it("shared content with markup renders inert on the server-rendered page", async () => {
    const payloads = [
      '<img src=x onerror="alert(1)">',
      "<script>alert(1)</script>",
      "[click](javascript:alert(1))",
      '<a href="javascript:alert(1)">a</a>',
      "![img](https://evil.example/track.png)",
    ];
    const snap = { ...chatSnapshot, messages: [{ role: "assistant", content: payloads.join("\n\n") }] };
    const { id } = (await (await create(snap)).json()) as Created;
    const page = await raw(base(), "GET", `/s/${id}`);
    expect(page.status).toBe(200);
    expect(page.body).not.toMatch(/<img[^>]+src="?x/);
    expect(page.body).not.toMatch(/<script>alert/);
    expect(page.body).not.toMatch(/href="javascript:/i);
    expect(page.body).not.toMatch(/<img[^>]+evil\.example/);
  });
});
