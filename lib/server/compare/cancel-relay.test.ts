import { afterEach, describe, expect, it } from "vitest";
import { type CancelAsk, type CancelRelay, openPostgresRelay } from "./cancel-relay";

// Two relays in one process stand for two app instances on one database. Needs a PostgreSQL server
// (TEST_DATABASE_URL; scripts/ensure-postgres.sh in CI, where it must not be skipped).
const url = process.env.TEST_DATABASE_URL;
const opened: CancelRelay[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((r) => r.close()));
});

const RUN = "AAAAAAAAAAAAAAAAAAAAAA";
const ask = (over: Partial<CancelAsk> = {}): CancelAsk => ({
  run: RUN,
  pane: "p1",
  proof: "proof1",
  ...over,
});

describe.skipIf(!url && !process.env.CI)("postgres cancel relay (LISTEN/NOTIFY)", () => {
  async function instance(cut: (a: CancelAsk) => boolean, timeoutMs = 1500) {
    const relay = await openPostgresRelay(url ?? "", cut, { timeoutMs });
    opened.push(relay);
    return relay;
  }

  it("reaches the instance running the pane, which answers; nobody else cuts it", async () => {
    const seen: string[] = [];
    const a = await instance(() => false);
    await instance((r) => {
      seen.push(`b:${r.pane}:${r.proof}`);
      return r.run === RUN && r.pane === "p1" && r.proof === "proof1";
    });
    await instance((r) => {
      seen.push(`c:${r.pane}`);
      return false;
    });
    expect(await a.ask(ask())).toBe(true);
    // b's answer can reach a before c has read the question (each listens on its own connection).
    await expect.poll(() => seen.length).toBe(2);
    expect(seen.sort()).toEqual(["b:p1:proof1", "c:p1"]);
  });

  it("false when no instance runs it (finished, someone else's proof), after the timeout", async () => {
    const a = await instance(() => false, 300);
    await instance((r) => r.proof === "proof1", 300);
    const t0 = Date.now();
    expect(await a.ask(ask({ proof: "someone-else" }))).toBe(false);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(290);
    // An instance never answers its own question (it already looked locally).
    const lonely = await instance(() => true, 300);
    expect(await lonely.ask(ask({ proof: "only-lonely-would-say-yes" }))).toBe(false);
  });
});
