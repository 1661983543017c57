import { COMPARE_API_PATHS, type CompareApi, type ComparePane } from "@/lib/schemas/compare";

// A compare pane's transport fetches as if it talked to the proxy on its own; this reads that fetch
// (path, headers, JSON body) back into the pane entry of the one batched `POST /api/compare`.

/** Which API a pane fetch is for, from the proxy path its transport would POST to. */
function apiOf(input: RequestInfo | URL): CompareApi | undefined {
  const raw = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
  const path = new URL(raw, "http://compare.invalid").pathname;
  for (const [api, p] of Object.entries(COMPARE_API_PATHS) as [CompareApi, string][]) {
    if (path === p) return api;
  }
  return undefined;
}

export async function paneFrom(
  paneId: string,
  input: RequestInfo | URL,
  init?: RequestInit,
): Promise<ComparePane> {
  const api = apiOf(input);
  if (!api)
    throw new TypeError(`Compare panes can only POST to ${Object.values(COMPARE_API_PATHS).join(" or ")}`);
  const request = input instanceof Request ? input : undefined;
  const headers = new Headers(init?.headers ?? request?.headers);
  const text = typeof init?.body === "string" ? init.body : request ? await request.clone().text() : "";
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new TypeError("A compare pane's request body must be JSON");
  }
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    throw new TypeError("A compare pane's request body must be a JSON object");
  }
  const pane: ComparePane = { id: paneId, api, body: body as Record<string, unknown> };
  const vendor = headers.get("vendor");
  if (vendor) pane.vendor = vendor;
  if (api === "messages") {
    const version = headers.get("anthropic-version");
    if (version) pane.anthropicVersion = version;
    const beta = headers.get("anthropic-beta");
    if (beta) pane.anthropicBeta = beta;
  }
  return pane;
}
