import "server-only";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { type CompareBody, compareBodySchema } from "@/lib/schemas/compare";
import { nestsDeeperThan } from "@/lib/schemas/json-walk";
import { readSmallText } from "../body-limit";

const COMPARE_MAX_DEPTH = 512;

export function assertJsonBody(req: Request): void {
  if (!/^application\/json\s*(;|$)/i.test(req.headers.get("content-type") ?? "")) {
    throw new AppError("unsupported_media_type", "This endpoint accepts application/json bodies only");
  }
}

/** The compare request body: JSON only, no larger than one proxy JSON body, zod-checked. */
export async function readCompareBody(req: Request): Promise<CompareBody> {
  assertJsonBody(req);
  const limit = env().PROXY_MAX_JSON_BYTES;
  let text: string;
  try {
    text = await readSmallText(req, limit);
  } catch (err) {
    if (err instanceof AppError && err.code === "payload_too_large") {
      throw new AppError(
        "payload_too_large",
        `The compare request is larger than this playground accepts (${limit} bytes for all panes together). ` +
          "Send fewer panes or shorter conversations.",
      );
    }
    throw err;
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new AppError("bad_request", "The compare request body is not valid JSON");
  }
  // Each pane's body is serialised again to go upstream; JSON.stringify recurses, so bound the depth.
  if (nestsDeeperThan(raw, COMPARE_MAX_DEPTH)) {
    throw new AppError(
      "bad_request",
      `The compare request is nested deeper than ${COMPARE_MAX_DEPTH} levels`,
    );
  }
  const parsed = compareBodySchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.join(".") || "body";
    throw new AppError("bad_request", `Invalid compare request: ${where}: ${issue?.message ?? "invalid"}`);
  }
  return parsed.data;
}
