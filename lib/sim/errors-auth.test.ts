import { describe, expect, it } from "vitest";
import { createSimulator } from "./index";
import { BASE, chatBody, get, json, msgBody, post, testSim } from "./test-helpers";

const rid = (res: Response) => res.headers.get("x-oneapi-request-id") ?? "missing";

describe("auth", () => {
  const cases: [string, Record<string, string>, string, number][] = [
    ["no key", { authorization: "" }, "/v1/chat/completions", 401],
    ["unknown key", { authorization: "Bearer sk-nope" }, "/v1/chat/completions", 401],
    ["demo key lower-case bearer", { authorization: "bearer sk-demo" }, "/v1/chat/completions", 200],
    ["sim key", { authorization: "Bearer sk-simCanary123" }, "/v1/chat/completions", 200],
    ["sim key without sk-", { authorization: "Bearer simX" }, "/v1/chat/completions", 200],
    ["channel pin", { authorization: "Bearer sk-demo-12" }, "/v1/chat/completions", 403],
    // middleware/auth.go `TokenAuth` looks up the part before the dash: "proj" is no token.
    ["dashed unknown key", { authorization: "Bearer sk-proj-abc123" }, "/v1/chat/completions", 401],
    ["dashed sim key", { authorization: "Bearer sk-simA-7" }, "/v1/chat/completions", 403],
    ["x-api-key on chat", { authorization: "", "x-api-key": "sk-demo" }, "/v1/chat/completions", 401],
    ["x-api-key on messages", { authorization: "", "x-api-key": "sk-demo" }, "/v1/messages", 200],
    ["x-api-key wins", { authorization: "Bearer sk-demo", "x-api-key": "bad" }, "/v1/messages", 401],
  ];
  for (const [name, headers, path, status] of cases) {
    it(`${name} -> ${status}`, async () => {
      const body = path === "/v1/messages" ? msgBody("hi") : chatBody("hi");
      const res = await post(testSim(), path, body, headers);
      expect(res.status).toBe(status);
      expect(res.headers.get("x-new-api-version")).toBeTruthy();
      if (status !== 200) {
        const err = (await json(res)).error as Record<string, unknown>;
        // middleware/utils.go `abortWithOpenAiMessage` writes a gin.H map: Go sorts its keys.
        expect(Object.keys(err)).toEqual(["code", "message", "type"]);
        expect(err.type).toBe("new_api_error");
        expect(err.message).toMatch(new RegExp(` \\(request id: ${rid(res)}\\)$`));
        if (status === 403) expect(err.message).toContain("普通用户不支持指定渠道");
        else expect(err.message).toContain("Invalid token");
      }
    });
  }

  it("localises the 401 message and accepts configured keys", async () => {
    const res = await post(testSim(), "/v1/chat/completions", chatBody("x"), {
      authorization: "",
      "accept-language": "zh-CN,zh;q=0.9",
    });
    expect(((await json(res)).error as { message: string }).message).toMatch(/^无效的令牌 \(request id: /);
    const sim = createSimulator({ firstTokenMs: 0, tokensPerSecond: 0, acceptKeys: ["sk-team-key"] });
    const ok = await post(sim, "/v1/chat/completions", chatBody("x"), {
      authorization: "Bearer sk-team-key",
    });
    expect(ok.status).toBe(200);
  });
});

describe("error shapes", () => {
  it("E1: missing model 400, malformed JSON 400, unknown model 503", async () => {
    const sim = testSim();
    const missing = await post(sim, "/v1/chat/completions", { messages: [] });
    expect(missing.status).toBe(400);
    expect(((await json(missing)).error as { message: string }).message).toMatch(
      /^Model name not specified, model name cannot be empty \(request id: /,
    );
    const bad = await post(sim, "/v1/chat/completions", "{not json");
    expect(bad.status).toBe(400);
    expect(((await json(bad)).error as { message: string }).message).toMatch(/^Invalid request: /);
    const textPlain = await post(sim, "/v1/chat/completions", chatBody("x"), {
      "content-type": "text/plain",
    });
    expect(textPlain.status).toBe(400);
    const unknown = await post(sim, "/v1/chat/completions", chatBody("x", { model: "gpt-9" }));
    expect(unknown.status).toBe(503);
    const err = (await json(unknown)).error as Record<string, string>;
    expect(err.code).toBe("model_not_found");
    expect(err.message).toMatch(/^No available channel for model gpt-9 under group default \(distributor\)/);
  });

  it("E2 on chat and E3 on messages for a missing messages field (500)", async () => {
    const sim = testSim();
    const chat = await post(sim, "/v1/chat/completions", { model: "gpt-4o" });
    expect(chat.status).toBe(500);
    expect(await json(chat)).toEqual({
      error: {
        message: `field messages is required (request id: ${rid(chat)})`,
        type: "new_api_error",
        param: "",
        code: "invalid_request",
      },
    });
    const msg = await post(sim, "/v1/messages", { model: "claude-haiku-4-5-20251001" });
    expect(msg.status).toBe(500);
    expect(await json(msg)).toEqual({
      type: "error",
      error: { type: "new_api_error", message: `field messages is required (request id: ${rid(msg)})` },
    });
    expect(msg.headers.get("content-type")).toBe("application/json; charset=utf-8");
  });

  it("E4 for unknown video task, E5 for unknown content, E6 unknown path, E7 unimplemented", async () => {
    const sim = testSim();
    const task = await get(sim, "/v1/videos/task_nope");
    expect(task.status).toBe(400);
    expect(await json(task)).toEqual({ code: "task_not_exist", message: "task_not_exist", data: null });
    const content = await get(sim, "/v1/videos/task_nope/content");
    expect(content.status).toBe(404);
    expect(await json(content)).toEqual({
      error: { message: "Task not found", type: "invalid_request_error" },
    });
    const list = await get(sim, "/v1/videos");
    expect(list.status).toBe(404);
    expect(await json(list)).toEqual({
      error: { message: "Invalid URL (GET /v1/videos)", type: "invalid_request_error", param: "", code: "" },
    });
    const del = await sim.handle(new Request(`${BASE}/v1/videos/task_x`, { method: "DELETE" }));
    expect(del.status).toBe(404);
    for (const path of ["/v1/files", "/v1/fine-tunes/abc", "/v1/images/variations"]) {
      const res = await get(sim, path);
      expect(res.status).toBe(501);
      expect(((await json(res)).error as { code: string }).code).toBe("api_not_implemented");
    }
  });
});

describe("models", () => {
  it("lists in new-api format with success and endpoint types", async () => {
    const body = await json(await get(testSim(), "/v1/models"));
    expect(Object.keys(body)).toEqual(["success", "data", "object"]);
    const data = body.data as Record<string, unknown>[];
    const byId = new Map(data.map((m) => [m.id, m]));
    expect(byId.get("claude-sonnet-4-5-20250929")?.supported_endpoint_types).toEqual(["anthropic", "openai"]);
    expect(byId.get("dall-e-3")?.supported_endpoint_types).toEqual(["image-generation", "openai"]);
    expect(byId.get("sora-2")?.supported_endpoint_types).toEqual(["openai-video"]);
    expect(data.every((m) => m.created === 1626777600 && m.object === "model")).toBe(true);
  });

  it("uses the Anthropic format only with x-api-key and anthropic-version", async () => {
    const sim = testSim();
    const ant = await json(
      await get(sim, "/v1/models", {
        authorization: "",
        "x-api-key": "sk-demo",
        "anthropic-version": "2023-06-01",
      }),
    );
    expect(Object.keys(ant)).toEqual(["data", "first_id", "has_more", "last_id"]);
    expect((ant.data as { created_at: string }[])[0]?.created_at).toBe("2021-07-20T10:40:00Z");
    const bearer = await json(await get(sim, "/v1/models", { "anthropic-version": "2023-06-01" }));
    expect(bearer.success).toBe(true);
  });

  it("retrieves a model, and answers 200 with an error body for unknown ids", async () => {
    const sim = testSim();
    expect((await json(await get(sim, "/v1/models/gpt-4o"))).id).toBe("gpt-4o");
    const res = await get(sim, "/v1/models/nope");
    expect(res.status).toBe(200);
    expect(((await json(res)).error as { code: string }).code).toBe("model_not_found");
  });
});
