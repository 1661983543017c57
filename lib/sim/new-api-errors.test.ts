// Errors users of the real gateway hit, each as new-api (QuantumNous/new-api) writes it.
import { describe, expect, it } from "vitest";
import { openAiModelList } from "./catalogue";
import { chatBody, json, msgBody, post, testSim } from "./test-helpers";

const rid = (res: Response) => res.headers.get("x-oneapi-request-id") ?? "missing";

describe("quota exhausted (service/pre_consume_quota.go, service/billing_session.go)", () => {
  it("403 insufficient_user_quota in each route's shape, JSON even for a stream", async () => {
    const sim = testSim();
    const text = "用户额度不足, 剩余额度: ＄0.000000";
    const chat = await post(sim, "/v1/chat/completions", chatBody("hi [sim:quota]", { stream: true }));
    expect(chat.status).toBe(403);
    expect(chat.headers.get("content-type")).toBe("application/json; charset=utf-8");
    // controller/relay.go `Relay`: types/error.go `ToOpenAIError` of a new_api_error.
    expect(await json(chat)).toEqual({
      error: {
        message: `${text} (request id: ${rid(chat)})`,
        type: "new_api_error",
        param: "",
        code: "insufficient_user_quota",
      },
    });
    const msg = await post(sim, "/v1/messages", msgBody("hi [sim:quota]"));
    expect(msg.status).toBe(403);
    expect(await json(msg)).toEqual({
      type: "error",
      error: { type: "new_api_error", message: `${text} (request id: ${rid(msg)})` },
    });
    // relay/relay_task.go: service.TaskErrorFromAPIError keeps the bare text.
    const vid = await post(sim, "/v1/videos", { model: "sora-2", prompt: "a cat [sim:quota]" });
    expect(vid.status).toBe(403);
    expect(await json(vid)).toEqual({ code: "insufficient_user_quota", message: text, data: null });
    const img = await post(sim, "/v1/images/generations", { model: "dall-e-3", prompt: "x [sim:quota]" });
    expect(img.status).toBe(403);
    expect(((await json(img)).error as { code: string }).code).toBe("insufficient_user_quota");
  });
});

describe("model rate limit (middleware/model-rate-limit.go)", () => {
  it("429 with new-api's E1 text, OpenAI-shaped even on /v1/messages, and no retry-after", async () => {
    const sim = testSim();
    for (const [path, body] of [
      ["/v1/chat/completions", chatBody("hi [sim:rate-limit]", { stream: true })],
      ["/v1/messages", msgBody("hi [sim:rate-limit]")],
    ] as const) {
      const res = await post(sim, path, body);
      expect(res.status).toBe(429);
      expect(res.headers.get("retry-after")).toBeNull();
      expect(res.headers.get("content-type")).toBe("application/json; charset=utf-8");
      expect(await res.text()).toBe(
        `{"error":{"code":"","message":"您已达到请求数限制：1分钟内最多请求1000次 (request id: ${rid(res)})","type":"new_api_error"}}`,
      );
    }
  });

  it("the in-memory limiter's 429 has no body at all", async () => {
    const res = await post(testSim(), "/v1/chat/completions", chatBody("hi [sim:rate-limit-empty]"));
    expect(res.status).toBe(429);
    expect(res.headers.get("content-type")).toBeNull();
    expect(res.headers.get("retry-after")).toBeNull();
    expect(await res.text()).toBe("");
    expect(res.headers.get("x-oneapi-request-id")).toBeTruthy();
  });

  it("task routes have no model rate limit (router/video-router.go)", async () => {
    const res = await post(testSim(), "/v1/videos", { model: "sora-2", prompt: "a cat [sim:rate-limit]" });
    expect(res.status).toBe(200);
  });
});

describe("texts follow Accept-Language (i18n/i18n.go, i18n/locales/*.yaml)", () => {
  it.each([
    [
      "zh-CN,zh;q=0.9",
      "无效的令牌",
      "未指定模型名称，模型名称不能为空",
      "分组 default 下模型 gpt-9 无可用渠道（distributor）",
    ],
    [
      "zh-TW",
      "無效的令牌",
      "未指定模型名稱，模型名稱不能為空",
      "分組 default 下模型 gpt-9 無可用管道（distributor）",
    ],
    [
      "en-US,zh;q=0.9",
      "Invalid token",
      "Model name not specified, model name cannot be empty",
      "No available channel for model gpt-9 under group default (distributor)",
    ],
    // Only the first tag counts (`ParseAcceptLanguage`): an unsupported one falls back to English.
    ["fr,zh-CN;q=0.8", "Invalid token", "Model name not specified", "No available channel"],
  ])("%s", async (lang, invalid, noModel, noChannel) => {
    const sim = testSim();
    const message = async (res: Response) => ((await json(res)).error as { message: string }).message;
    const h = { "accept-language": lang };
    const unauth = await post(sim, "/v1/chat/completions", chatBody("x"), { ...h, authorization: "" });
    expect(await message(unauth)).toMatch(new RegExp(`^${invalid}`));
    const missing = await post(sim, "/v1/chat/completions", { messages: [] }, h);
    expect(await message(missing)).toMatch(new RegExp(`^${noModel}`));
    const unknown = await post(sim, "/v1/chat/completions", chatBody("x", { model: "gpt-9" }), h);
    expect(await message(unknown)).toMatch(new RegExp(`^${noChannel.replace(/[()]/g, "\\$&")}`));
  });
});

describe("catalogue", () => {
  it("lists the model of API·GO's own Messages example (docs/Message.md)", async () => {
    expect(openAiModelList().data.map((m) => m.id)).toContain("claude-sonnet-4-20250514");
    const res = await post(
      testSim(),
      "/v1/messages",
      msgBody("hello", { model: "claude-sonnet-4-20250514" }),
    );
    expect(res.status).toBe(200);
  });
});
