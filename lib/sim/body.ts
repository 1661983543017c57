import { findModel } from "./catalogue";
import type { Ctx } from "./context";
import { e1 } from "./errors";
import { simText } from "./i18n";
import { isRecord } from "./util";

export type ParsedBody =
  | { kind: "json"; data: unknown }
  | { kind: "form"; data: Record<string, unknown> }
  | { kind: "none" }
  | { kind: "invalid"; message: string };

/** Parse a body the way new-api's model detection does: only json, urlencoded and multipart count. */
export async function readBody(ctx: Ctx): Promise<ParsedBody> {
  const ct = (ctx.req.headers.get("content-type") ?? "").toLowerCase();
  try {
    if (ct.startsWith("application/json")) {
      const text = await ctx.req.text();
      try {
        const data: unknown = JSON.parse(text);
        ctx.entry.body = data;
        return { kind: "json", data };
      } catch (e) {
        ctx.entry.body = text.slice(0, 2000);
        return { kind: "invalid", message: e instanceof Error ? e.message : String(e) };
      }
    }
    if (ct.includes("multipart/form-data") || ct.includes("application/x-www-form-urlencoded")) {
      const form = await ctx.req.formData();
      const data: Record<string, unknown> = {};
      const log: Record<string, unknown> = {};
      form.forEach((value, key) => {
        data[key] = value;
        log[key] =
          typeof value === "string" ? value : { name: value.name, size: value.size, type: value.type };
      });
      ctx.entry.body = log;
      return { kind: "form", data };
    }
  } catch (e) {
    return { kind: "invalid", message: e instanceof Error ? e.message : String(e) };
  }
  return { kind: "none" };
}

/** Distributor checks: body parse, model presence, model availability. */
export async function requireModel(
  ctx: Ctx,
): Promise<{ model: string; data: Record<string, unknown>; form: boolean } | Response> {
  const body = await readBody(ctx);
  const invalid = (error: string) =>
    e1(ctx.rid, 400, simText(ctx.req, "distributor.invalid_request", { Error: error }));
  if (body.kind === "invalid") return invalid(body.message);
  const data = body.kind === "json" || body.kind === "form" ? body.data : undefined;
  const missing = () => e1(ctx.rid, 400, simText(ctx.req, "distributor.model_name_required"));
  if (!isRecord(data)) return missing();
  const model = data.model;
  if (model === undefined || model === null || model === "") return missing();
  if (typeof model !== "string") return invalid("model must be a string");
  if (!findModel(model)) {
    return e1(
      ctx.rid,
      503,
      simText(ctx.req, "distributor.no_available_channel", { Model: model, Group: "default" }),
      "model_not_found",
    );
  }
  return { model, data, form: body.kind === "form" };
}
