import type { SessionInfo } from "@/lib/schemas/session";

/**
 * Whose balance a session shows, as the balance query's scope (another key or upstream is another
 * balance); undefined when there is none to show: a team key's is the operator's, with no key there is none.
 */
export function balanceScope(session: SessionInfo): string | undefined {
  if (session.mode !== "demo" && session.mode !== "user-key") return undefined;
  return `${session.mode}:${session.upstream.kind}:${session.keyHint ?? ""}`;
}
