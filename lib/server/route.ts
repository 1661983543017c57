import "server-only";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { redactForLog } from "./mask";
import { ClientClosedError } from "./upstream";

const SECURITY_HEADERS = { "x-content-type-options": "nosniff" };

function serverSecrets(): string[] {
  try {
    const e = env();
    return [e.APIGO_SERVER_KEY, e.ACCESS_CODE].filter((s): s is string => Boolean(s));
  } catch {
    return [];
  }
}

/** Turns what a handler throws into the one error vocabulary; anything unknown is logged and a 500. */
export function toErrorResponse(err: unknown, where: string): Response {
  if (err instanceof AppError) {
    // A 413 (or 408) is answered before the body was read to its end: the rest of it is still on the socket, so
    // the connection cannot carry another request. Saying so keeps clients from reusing it (undici did,
    // and its next request died with ECONNRESET).
    const headers: Record<string, string> = { ...SECURITY_HEADERS };
    if (err.code === "payload_too_large" || err.code === "request_timeout") headers.connection = "close";
    return err.toResponse(headers);
  }
  // 499 (nginx's "client closed request"): nobody reads it, but logs and tests can tell it apart.
  if (err instanceof ClientClosedError) return new Response(null, { status: 499 });
  const detail = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
  console.error(`[${where}] unexpected error: ${redactForLog(detail, serverSecrets())}`);
  return new AppError("internal", "Something went wrong on the playground server. Try again.").toResponse(
    SECURITY_HEADERS,
  );
}

/** The shared wrapper for every route handler of ours. */
export function route<A extends unknown[]>(
  where: string,
  handler: (req: Request, ...rest: A) => Promise<Response>,
) {
  return async (req: Request, ...rest: A): Promise<Response> => {
    try {
      return await handler(req, ...rest);
    } catch (err) {
      return toErrorResponse(err, where);
    }
  };
}

/** Methods a route never relays: answered here, nothing sent anywhere. */
export function methodNotAllowed(allow: string) {
  return async (req: Request): Promise<Response> =>
    new AppError("method_not_allowed", `${req.method} is not allowed here`).toResponse({
      ...SECURITY_HEADERS,
      allow,
    });
}
