import "server-only";
import type { Health } from "@/lib/schemas/proxy";
import { isEmbeddedUpstream } from "./upstream";

export function health(): Response {
  const body: Health = { ok: true, upstream: isEmbeddedUpstream() ? "simulator" : "remote" };
  return Response.json(body, {
    headers: { "cache-control": "no-store", "x-content-type-options": "nosniff" },
  });
}
