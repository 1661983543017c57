import { z } from "zod";
import { findModel } from "./catalogue";
import { issueText } from "./chat";
import type { Ctx } from "./context";
import { e2, e2Invalid, e6 } from "./errors";
import { parseFaults, preFaults, stampNow } from "./faults";
import { imageSeed, imageSpec, parseImageSpec, renderPng } from "./png";
import { countTokens } from "./text";
import { nowSec, randomAlnum } from "./util";

const ImageBody = z.looseObject({
  model: z.string(),
  prompt: z.string().nullish(),
  n: z.number().int().nullish(),
  size: z.string().nullish(),
  quality: z.string().nullish(),
  response_format: z.string().nullish(),
});

const SIZES: Record<string, string[]> = {
  "dall-e-2": ["256x256", "512x512", "1024x1024"],
  "dall-e-3": ["1024x1024", "1024x1792", "1792x1024"],
  "gpt-image-1": ["1024x1024", "1024x1536", "1536x1024", "auto"],
};

function sizeError(model: string): string {
  const list = SIZES[model] ?? [];
  return `size must be one of ${list.slice(0, -1).join(", ")} or ${list[list.length - 1]} for ${model}`;
}

export async function handleImages(
  ctx: Ctx,
  model: string,
  data: Record<string, unknown>,
): Promise<Response> {
  const parsed = ImageBody.safeParse(data);
  if (!parsed.success) return e2Invalid(ctx.rid, `Invalid request: ${issueText(parsed.error)}`);
  const body = parsed.data;
  const prompt = body.prompt ?? "";
  const faults = parseFaults(prompt);
  ctx.gzip = faults.gzip;
  const pre = await preFaults(faults, ctx, "openai", false);
  if (pre) return pre;
  if (findModel(model)?.kind !== "image") {
    return e2(400, {
      message: `The model \`${model}\` does not support image generation.`,
      type: "invalid_request_error",
      param: "model",
      code: "model_not_supported",
    });
  }
  const size = body.size ?? "1024x1024";
  if (size.includes("×") || !(SIZES[model] ?? []).includes(size)) return e2Invalid(ctx.rid, sizeError(model));
  const n = body.n ?? 1;
  const maxN = model === "dall-e-3" ? 1 : 4;
  if (n < 1 || n > maxN) {
    return e2(400, {
      message: `Invalid 'n': integer ${n < 1 ? "below minimum" : "above maximum"} value. Expected a value ${n < 1 ? ">= 1" : `<= ${maxN}`}, but got ${n} instead.`,
      type: "invalid_request_error",
      param: "n",
      code: n < 1 ? "integer_below_min_value" : "integer_above_max_value",
    });
  }
  const isGptImage = model === "gpt-image-1";
  const format = body.response_format ?? (isGptImage ? "b64_json" : "url");
  const real = size === "auto" ? "1024x1024" : size;
  const [w, h] = real.split("x").map(Number) as [number, number];
  const items: Record<string, unknown>[] = [];
  for (let i = 0; i < n; i++) {
    const seed = imageSeed(prompt, real, i);
    const item: Record<string, unknown> =
      format === "b64_json"
        ? { b64_json: renderPng(seed, w, h).toString("base64") }
        : { url: `${ctx.baseUrl}/files/images/${imageSpec(seed, w, h)}.png` };
    if (model === "dall-e-3") item.revised_prompt = `A detailed, vivid rendering of: ${prompt}`.trim();
    items.push(item);
  }
  const out: Record<string, unknown> = { created: nowSec(), data: items };
  if (isGptImage) {
    const input = countTokens(prompt);
    out.background = "opaque";
    out.output_format = "png";
    out.quality = body.quality ?? "medium";
    out.size = real;
    out.usage = {
      input_tokens: input,
      input_tokens_details: { image_tokens: 0, text_tokens: input },
      output_tokens: 1056 * n,
      total_tokens: input + 1056 * n,
    };
  }
  if (faults.stamp) out.sim_sent_at = stampNow();
  return new Response(JSON.stringify(out), {
    status: 200,
    headers: { "Content-Type": "application/json", "x-request-id": `req_${randomAlnum(32).toLowerCase()}` },
  });
}

/** GET /files/images/<spec>.png — regenerate the PNG from its URL. */
export function serveImageFile(ctx: Ctx, name: string): Response {
  const spec = name.endsWith(".png") ? parseImageSpec(name.slice(0, -4)) : null;
  if (!spec) return e6(ctx.method, ctx.path);
  const png = renderPng(spec.seed, spec.width, spec.height);
  return new Response(new Uint8Array(png), {
    status: 200,
    headers: {
      "Content-Type": "image/png",
      "Content-Length": String(png.length),
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "public, max-age=86400, immutable",
    },
  });
}
