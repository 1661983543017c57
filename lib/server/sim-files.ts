import "server-only";
import { AppError } from "@/lib/errors";
import { appOrigin } from "./origin";
import { embeddedSimulator } from "./upstream";

const IMAGE_NAME = /^[A-Za-z0-9_-]{1,128}\.png$/;

/**
 * The embedded simulator's generated images (url-mode image responses point here). The simulator is
 * always there: it answers keyless requests and those of users who picked it in Settings.
 * Nothing else of the simulator is reachable through this mount.
 */
export async function simFile(req: Request, params: readonly string[]): Promise<Response> {
  const notFound = new AppError("not_found", "No such simulator file");
  const [dir, kind, name, ...rest] = params;
  if (dir !== "files" || kind !== "images" || !name || !IMAGE_NAME.test(name) || rest.length > 0)
    throw notFound;
  const path = `/files/images/${name}`;
  const simReq = new Request(`${appOrigin(req)}/api/sim${path}`, { method: "GET", signal: req.signal });
  const res = await embeddedSimulator().handle(simReq, path);
  if (res.status !== 200 || !(res.headers.get("content-type") ?? "").startsWith("image/png")) {
    await res.body?.cancel().catch(() => {});
    throw notFound;
  }
  const headers = new Headers({
    "content-type": "image/png",
    "x-content-type-options": "nosniff",
    "cache-control": "private, max-age=3600",
  });
  const length = res.headers.get("content-length");
  if (length && /^\d+$/.test(length)) headers.set("content-length", length);
  return new Response(res.body, { status: 200, headers });
}
