// What the images and videos tabs load up front: the recorder (exchange log, recording fetch, body
// shortening) arrives with their first request, not with the page (page-weight budgets).

export type ExchangesOf = "images" | "videos";

const load = () => import("./owned-exchanges");
const pick = (m: Awaited<ReturnType<typeof load>>, of: ExchangesOf) =>
  of === "images" ? m.imageExchanges : m.videoExchanges;

/** A fetch recording each proxy call it makes under `owner` (a batch or job, or a token until its id is known). */
export function recordedFetch(of: ExchangesOf, owner: string): typeof fetch {
  return async (input, init) => pick(await load(), of).fetchFor(owner)(input, init);
}

/** Files what a request in flight recorded under its token under the batch's or job's id. */
export async function fileExchanges(of: ExchangesOf, token: string, owner: string): Promise<void> {
  pick(await load(), of).rename(token, owner);
}
