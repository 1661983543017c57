import "server-only";
import { proxy } from "./proxy";
import { methodNotAllowed, route } from "./route";

/**
 * The handlers of a proxy route file: GET and POST go through `proxy` with the path `pathOf` reads
 * from the route's context (a static route has none and returns its own path);
 * the other methods are never relayed (no HEAD shortcut to GET, no CORS preflight) and get a 405 here.
 */
export function proxyHandlers<A extends unknown[]>(
  pathOf: (...rest: A) => readonly string[] | Promise<readonly string[]>,
) {
  const relayed = route("proxy", async (req: Request, ...rest: A) => proxy(req, await pathOf(...rest)));
  const refused = methodNotAllowed("GET, POST");
  return {
    GET: relayed,
    POST: relayed,
    HEAD: refused,
    OPTIONS: refused,
    PUT: refused,
    DELETE: refused,
    PATCH: refused,
  };
}
