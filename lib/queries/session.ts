import { queryOptions } from "@tanstack/react-query";
import { type SessionInfo, sessionInfoSchema } from "@/lib/schemas/session";
import { fetchJson, sendJson } from "./http";
import { queryKeys } from "./keys";

export const sessionQueryOptions = () =>
  queryOptions({
    queryKey: queryKeys.session,
    queryFn: () => fetchJson("/api/session", sessionInfoSchema),
    staleTime: 60_000,
  });

export function saveKey(key: string): Promise<SessionInfo> {
  return fetchJson("/api/session/key", sessionInfoSchema, sendJson("PUT", { key }));
}

export function forgetKey(): Promise<SessionInfo> {
  return fetchJson("/api/session/key", sessionInfoSchema, sendJson("DELETE"));
}

/** One of the two fixed upstreams; the server keeps the pick in an httpOnly cookie. */
export function saveUpstream(upstream: "gateway" | "simulator"): Promise<SessionInfo> {
  return fetchJson("/api/session/upstream", sessionInfoSchema, sendJson("PUT", { upstream }));
}

export function submitAccessCode(code: string): Promise<SessionInfo> {
  return fetchJson("/api/session/access", sessionInfoSchema, sendJson("PUT", { code }));
}
