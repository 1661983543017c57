import { readFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { byteRangeResponse } from "../http-range";
import { readBody } from "./body";
import { findModel } from "./catalogue";
import type { Ctx } from "./context";
import { e4, e5, jsonResponse } from "./errors";
import { parseFaults, preFaults } from "./faults";
import { goJson, isRecord, randomAlnum } from "./util";
import { clipName, createdObject, fetchedObject, type VideoJob, videoState } from "./video-model";

const VideoBody = z.looseObject({
  model: z.string(),
  prompt: z.string().nullish(),
  seconds: z.union([z.string(), z.number()]).nullish(),
  duration: z.union([z.string(), z.number()]).nullish(),
  size: z.string().nullish(),
});

/**
 * new-api decodes a JSON body into `TaskSubmitReq` (relay/common/relay_info.go), where `seconds` is a
 * Go string: a JSON number fails in `ValidateMultipartDirect` (relay/common/relay_utils.go) with
 * encoding/json's own text, 400 `invalid_json`. (`duration` accepts both; form fields are strings.)
 */
function secondsTypeError(data: Record<string, unknown>, form: boolean): Response | null {
  if (form || typeof data.seconds !== "number") return null;
  return e4(
    400,
    "invalid_json",
    "json: cannot unmarshal number into Go struct field .seconds of type string",
  );
}

const SIZES: Record<string, string[]> = {
  "sora-2": ["720x1280", "1280x720"],
  "sora-2-pro": ["720x1280", "1280x720", "1024x1792", "1792x1024"],
};

const invalidRequest = (m: string) => e4(400, "invalid_request", m);

function created(job: VideoJob): Response {
  const sizeRatio = job.size === "1792x1024" || job.size === "1024x1792" ? 1.666667 : 1;
  return jsonResponse(200, goJson(createdObject(job)), {
    "X-New-Api-Other-Ratios": JSON.stringify({
      seconds: Number.parseInt(job.seconds, 10) || 4,
      size: sizeRatio,
    }),
  });
}

export async function createVideo(
  ctx: Ctx,
  model: string,
  data: Record<string, unknown>,
  form: boolean,
): Promise<Response> {
  const typeError = secondsTypeError(data, form);
  if (typeError) return typeError;
  const parsed = VideoBody.safeParse(data);
  if (!parsed.success) return invalidRequest("invalid request body");
  const body = parsed.data;
  const prompt = body.prompt ?? "";
  const faults = parseFaults(prompt);
  ctx.gzip = faults.gzip;
  const pre = await preFaults(faults, ctx, "task", false);
  if (pre) return pre;
  if (prompt.trim() === "") return invalidRequest("prompt is required");
  if (findModel(model)?.kind !== "video")
    return invalidRequest(`model ${model} does not support video generation`);
  const size = body.size ?? "720x1280";
  if (!(SIZES[model] ?? []).includes(size)) return e4(400, "invalid_size", `${model} size is invalid`);
  const job: VideoJob = {
    id: `task_${randomAlnum(32)}`,
    model,
    prompt,
    seconds: String(body.seconds ?? body.duration ?? "4"),
    size,
    createdAtMs: Date.now(),
    fail: faults.fail,
    noRange: faults.noRange,
  };
  ctx.state.videos.set(job.id, job);
  return created(job);
}

export function getVideo(ctx: Ctx, id: string): Response {
  const job = ctx.state.videos.get(id);
  if (!job) return e4(400, "task_not_exist", "task_not_exist");
  return jsonResponse(200, goJson(fetchedObject(job, ctx.opts.videoSeconds)));
}

export async function remixVideo(ctx: Ctx, id: string): Promise<Response> {
  const original = ctx.state.videos.get(id);
  const body = await readBody(ctx);
  if (!original) return e4(400, "task_not_exist", "task_not_exist");
  const data = body.kind === "json" || body.kind === "form" ? body.data : undefined;
  const prompt = isRecord(data) && typeof data.prompt === "string" ? data.prompt : "";
  const faults = parseFaults(prompt);
  const pre = await preFaults(faults, ctx, "task", false);
  if (pre) return pre;
  if (prompt.trim() === "") return invalidRequest("prompt is required");
  const job: VideoJob = {
    ...original,
    id: `task_${randomAlnum(32)}`,
    prompt,
    createdAtMs: Date.now(),
    remixedFrom: original.id,
    fail: faults.fail,
    noRange: faults.noRange,
  };
  ctx.state.videos.set(job.id, job);
  return created(job);
}

const clipCache = new Map<string, Uint8Array>();

async function loadClip(name: string): Promise<Uint8Array> {
  const hit = clipCache.get(name);
  if (hit) return hit;
  const buf = new Uint8Array(await readFile(path.join(process.cwd(), "lib/sim/assets", name)));
  clipCache.set(name, buf);
  return buf;
}

/**
 * GET /v1/videos/{id}/content. new-api (controller/video_proxy.go `VideoProxy`) builds a fresh
 * upstream request without the client's `Range` and accepts only a 200, so it always answers 200 with
 * the whole file; that holds here with `videoRange: "ignore"` (SIM_VIDEO_RANGE=ignore) or a job made
 * with `[sim:no-range]` (the app's proxy then answers Range from its disk cache). By default the
 * simulator serves Range (206) itself.
 */
export async function videoContent(ctx: Ctx, id: string): Promise<Response> {
  const job = ctx.state.videos.get(id);
  if (!job) return e5(404, "Task not found");
  const st = videoState(job, ctx.opts.videoSeconds);
  if (st.status !== "completed") return e5(400, `Task is not completed yet, current status: ${st.internal}`);
  const bytes = await loadClip(clipName(job));
  const servesRange = ctx.opts.videoRange === "serve" && !job.noRange;
  const headers = { "Content-Type": "video/mp4", "Cache-Control": "public, max-age=86400" };
  if (!servesRange) {
    return new Response(bytes.slice(), {
      status: 200,
      headers: { ...headers, "Content-Length": String(bytes.length) },
    });
  }
  return byteRangeResponse(bytes, ctx.req.headers.get("range"), headers);
}
