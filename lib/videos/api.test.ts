import { afterEach, describe, expect, it, vi } from "vitest";
import { HttpError } from "@/lib/queries/http";
import { createVideo, fetchVideoStatus, PollError, remixVideo } from "./api";
import { pollPolicy } from "./polling";
import { pollStateOf } from "./queries";

type Call = { url: string; init: RequestInit };

function stubFetch(answer: (call: Call) => Response | Promise<Response>) {
  const calls: Call[] = [];
  vi.stubGlobal(
    "fetch",
    vi.fn(async (url: string, init: RequestInit) => {
      const call = { url, init };
      calls.push(call);
      return answer(call);
    }),
  );
  return calls;
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json", ...headers } });

afterEach(() => vi.unstubAllGlobals());

describe("video requests", () => {
  it("creates with multipart through the proxy, with the vendor header", async () => {
    const calls = stubFetch(() => json(200, { id: "task_1", status: "queued", progress: 0 }));
    const video = await createVideo(
      { prompt: "cat", model: "sora-2", seconds: "4", size: "720x1280" },
      "openai",
    );
    expect(video).toMatchObject({ id: "task_1", status: "queued" });
    expect(calls[0]?.url).toBe("/api/apigo/v1/videos");
    expect(calls[0]?.init.method).toBe("POST");
    expect(calls[0]?.init.body).toBeInstanceOf(FormData);
    expect(calls[0]?.init.headers).toEqual({ vendor: "openai" });
  });

  it("turns the gateway's task error into a displayable error with the request id", async () => {
    stubFetch(() =>
      json(
        400,
        { code: "invalid_size", message: "sora-2 size is invalid", data: null },
        { "x-oneapi-request-id": "rid9" },
      ),
    );
    const failure = createVideo({ prompt: "cat", model: "sora-2", seconds: "4", size: "1792x1024" }, "");
    await expect(failure).rejects.toMatchObject({
      display: { status: 400, code: "invalid_size", message: "sora-2 size is invalid", requestId: "rid9" },
    });
  });

  it("remixes with JSON {prompt}", async () => {
    const calls = stubFetch(() => json(200, { id: "task_2", status: "queued" }));
    await remixVideo("task_1", " brighter ", "");
    expect(calls[0]?.url).toBe("/api/apigo/v1/videos/task_1/remix");
    expect(calls[0]?.init.body).toBe('{"prompt":"brighter"}');
    expect(calls[0]?.init.headers).toEqual({ "content-type": "application/json" });
  });
});

describe("status requests", () => {
  it("counts failures in a row per job and resets on success", async () => {
    let fail = true;
    stubFetch(() =>
      fail ? json(503, { code: "busy", message: "try later", data: null }) : json(200, { id: "task_s" }),
    );
    const signal = new AbortController().signal;
    const first = await fetchVideoStatus("task_s", "", signal).catch((e: unknown) => e);
    const second = await fetchVideoStatus("task_s", "", signal).catch((e: unknown) => e);
    expect(first).toBeInstanceOf(PollError);
    expect((first as PollError).streak).toBe(1);
    expect((second as PollError).streak).toBe(2);
    expect((second as PollError).retryable).toBe(true);
    fail = false;
    await fetchVideoStatus("task_s", "", signal);
    fail = true;
    expect(
      ((await fetchVideoStatus("task_s", "", signal).catch((e: unknown) => e)) as PollError).streak,
    ).toBe(1);
  });

  it("marks a network failure retryable and an unknown task not", async () => {
    stubFetch(() => Promise.reject(new TypeError("fetch failed")));
    const network = (await fetchVideoStatus("task_n", "", new AbortController().signal).catch(
      (e) => e,
    )) as PollError;
    expect(network.display.status).toBe(0);
    expect(network.retryable).toBe(true);
    stubFetch(() => json(400, { code: "task_not_exist", message: "task_not_exist", data: null }));
    const gone = (await fetchVideoStatus("task_g", "", new AbortController().signal).catch(
      (e) => e,
    )) as PollError;
    expect(gone.retryable).toBe(false);
  });

  it("keeps at most pollPolicy.maxConcurrent status requests in flight", async () => {
    let inFlight = 0;
    let peak = 0;
    stubFetch(async (call) => {
      inFlight++;
      peak = Math.max(peak, inFlight);
      await new Promise((r) => setTimeout(r, 5));
      inFlight--;
      return json(200, { id: call.url.split("/").at(-1), status: "in_progress" });
    });
    const ids = Array.from({ length: 12 }, (_, i) => `task_c${i}`);
    const done = await Promise.all(ids.map((id) => fetchVideoStatus(id, "", new AbortController().signal)));
    expect(done.map((v) => v.id)).toEqual(ids);
    expect(peak).toBe(pollPolicy.maxConcurrent);
  });

  it("feeds the policy from the query state", () => {
    const error = new PollError(new HttpError({ status: 429, message: "slow", retryAfterSeconds: 3 }), 2);
    const state = pollStateOf("task_q", {
      state: {
        status: "error",
        error,
        data: { id: "task_q", status: "processing" },
        dataUpdateCount: 3,
        errorUpdateCount: 2,
      },
    } as never);
    expect(state).toEqual({
      phase: "running",
      attempt: 5,
      errorStreak: 2,
      retryable: true,
      retryAfterSeconds: 3,
      seed: "task_q",
    });
  });
});
