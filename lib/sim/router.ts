import { checkAuth } from "./auth";
import { subscription, usage } from "./billing";
import { requireModel } from "./body";
import { anthropicModelList, findModel, openAiModelList, openAiModelObject } from "./catalogue";
import { handleChat } from "./chat";
import type { Ctx } from "./context";
import { e2, e6, e7, jsonResponse } from "./errors";
import { handleImages, serveImageFile } from "./images";
import { handleMessages } from "./messages";
import { pricingList } from "./pricing";
import { goJson } from "./util";
import { createVideo, getVideo, remixVideo, videoContent } from "./videos";

type ModelHandler = (
  ctx: Ctx,
  model: string,
  data: Record<string, unknown>,
  form: boolean,
) => Promise<Response>;

async function withModel(ctx: Ctx, handler: ModelHandler): Promise<Response> {
  const r = await requireModel(ctx);
  if (r instanceof Response) return r;
  return handler(ctx, r.model, r.data, r.form);
}

function listModels(ctx: Ctx): Response {
  const h = ctx.req.headers;
  const anthropic = h.has("x-api-key") && h.has("anthropic-version");
  return jsonResponse(200, goJson(anthropic ? anthropicModelList() : openAiModelList()));
}

function retrieveModel(id: string): Response {
  const m = findModel(id);
  if (m) return jsonResponse(200, goJson(openAiModelObject(m)));
  return jsonResponse(
    200,
    goJson({
      error: {
        message: `The model '${id}' does not exist`,
        type: "invalid_request_error",
        param: "model",
        code: "model_not_found",
      },
    }),
  );
}

const UNIMPLEMENTED = /^\/v1\/(files|fine-tunes|fine_tuning)(\/|$)|^\/v1\/images\/variations$/;

export async function dispatch(ctx: Ctx): Promise<Response> {
  const { method, path } = ctx;
  if (method === "OPTIONS") return new Response(null, { status: 204 });
  const img = /^\/files\/images\/([^/]+)$/.exec(path);
  if (img?.[1] && (method === "GET" || method === "HEAD")) return serveImageFile(ctx, img[1]);
  // The public price list (router/api-router.go: TryUserAuth, which never refuses): no key needed.
  if (path === "/api/pricing" && method === "GET") return pricingList();
  if (!path.startsWith("/v1/")) return e6(method, path);
  const auth = () => checkAuth(ctx.req, path, ctx.rid, ctx.opts.acceptKeys);
  const guarded = async (fn: () => Response | Promise<Response>) => auth() ?? (await fn());

  if (UNIMPLEMENTED.test(path)) return guarded(() => e7());
  if (path === "/v1/models" && method === "GET") return guarded(() => listModels(ctx));
  if (method === "GET" && path === "/v1/dashboard/billing/subscription")
    return guarded(() => subscription(ctx.state.ledger, ctx.req, path));
  if (method === "GET" && path === "/v1/dashboard/billing/usage")
    return guarded(() => usage(ctx.state.ledger, ctx.req, path));
  const model = /^\/v1\/models\/(.+)$/.exec(path);
  if (model?.[1]) {
    if (method === "GET") return guarded(() => retrieveModel(decodeURIComponent(model[1] ?? "")));
    if (method === "DELETE") return guarded(() => e7());
  }
  if (method === "POST") {
    if (path === "/v1/chat/completions") return guarded(() => withModel(ctx, handleChat));
    if (path === "/v1/messages") return guarded(() => withModel(ctx, handleMessages));
    if (path === "/v1/images/generations") return guarded(() => withModel(ctx, handleImages));
    if (path === "/v1/videos") return guarded(() => withModel(ctx, createVideo));
    const remix = /^\/v1\/videos\/([^/]+)\/remix$/.exec(path);
    if (remix?.[1]) return guarded(() => remixVideo(ctx, remix[1] ?? ""));
  }
  if (method === "GET") {
    // `TokenOrUserAuth` (router/video-router.go): the key (or a dashboard session, which API callers
    // never have), else 401 like every other route. The app's proxy adds the key for its <video>.
    const content = /^\/v1\/videos\/([^/]+)\/content$/.exec(path);
    if (content?.[1]) return guarded(() => videoContent(ctx, content[1] ?? ""));
    const video = /^\/v1\/videos\/([^/]+)$/.exec(path);
    if (video?.[1]) return guarded(() => getVideo(ctx, video[1] ?? ""));
  }
  return e6(method, path);
}

export function internalError(rid: string, err: unknown): Response {
  const message = `simulator internal error: ${err instanceof Error ? err.message : String(err)} (request id: ${rid})`;
  return e2(500, { message, type: "new_api_error", code: "internal_error" });
}
