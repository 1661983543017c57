import { afterEach, describe, expect, it } from "vitest";
import { GET as readyGET } from "@/app/api/health/ready/route";
import { GET as liveGET } from "@/app/api/health/route";
import { restoreEnv, setEnv } from "@/tests/server";
import { tempDir } from "@/tests/shares/helpers";
import { resetLifecycleForTests, startDraining } from "./lifecycle/streams";
import { resetShareStoreForTests } from "./shares";
import type { ShareStore } from "./shares/store";

afterEach(async () => {
  resetLifecycleForTests();
  await resetShareStoreForTests();
  restoreEnv();
});

const ready = async () => {
  const res = await readyGET(new Request("http://localhost:3000/api/health/ready"));
  return { status: res.status, body: await res.json(), cache: res.headers.get("cache-control") };
};

describe("GET /api/health/ready", () => {
  it("200 with the store's name when it answers; 503 once a shutdown began, liveness still 200", async () => {
    const tmp = tempDir("ready-");
    try {
      setEnv({ DATABASE_URL: undefined, DATA_DIR: tmp.dir });
      expect(await ready()).toEqual({
        status: 200,
        body: { ready: true, store: "sqlite" },
        cache: "no-store",
      });
      startDraining();
      expect(await ready()).toMatchObject({ status: 503, body: { ready: false, reason: "shutting down" } });
      expect((await liveGET(new Request("http://localhost:3000/api/health"))).status).toBe(200);
    } finally {
      await resetShareStoreForTests();
      tmp.remove();
    }
  });

  it("503 when the database does not answer (and says nothing about why)", async () => {
    const down: ShareStore = {
      name: "postgres",
      insert: async () => undefined,
      get: async () => undefined,
      getMedia: async () => undefined,
      delete: async () => false,
      totalBytes: async () => 0,
      purgeExpired: async () => 0,
      ping: () => Promise.reject(new Error("connect ECONNREFUSED 10.0.0.5:5432 password=hunter2")),
      close: async () => undefined,
    };
    await resetShareStoreForTests(down);
    const res = await ready();
    expect(res).toMatchObject({ status: 503, body: { ready: false, reason: "share store unreachable" } });
    expect(JSON.stringify(res.body)).not.toContain("5432");
  });
});
