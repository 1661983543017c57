import { afterEach, describe, expect, it, vi } from "vitest";
import { resetEnvForTests } from "@/lib/env";
import { assertStartupEnv } from "./startup";

const saved = { ...process.env };

afterEach(() => {
  process.env = { ...saved };
  resetEnvForTests();
  vi.restoreAllMocks();
});

class Exited extends Error {}

function run(envVars: Record<string, string | undefined>): { code?: number; logged: string } {
  process.env = {
    ...saved,
    APIGO_SERVER_KEY: undefined,
    ACCESS_CODE: undefined,
    ALLOW_OPEN_RELAY: undefined,
    ...envVars,
  };
  resetEnvForTests();
  let logged = "";
  vi.spyOn(console, "error").mockImplementation((m: unknown) => {
    logged += String(m);
  });
  let code: number | undefined;
  try {
    assertStartupEnv((c) => {
      code = c;
      throw new Exited();
    });
  } catch (err) {
    if (!(err instanceof Exited)) throw err;
  }
  return { code, logged };
}

describe("assertStartupEnv", () => {
  it("exits 1 with a server key and no access code, naming the variables but not the key", () => {
    const { code, logged } = run({ APIGO_SERVER_KEY: "sk-simStartupUnit4242" });
    expect(code).toBe(1);
    expect(logged).toMatch(/Refusing to start: .*ACCESS_CODE.*ALLOW_OPEN_RELAY/);
    expect(logged).not.toContain("StartupUnit4242");
  });

  it("starts with an access code, or with an explicit open-relay opt-in, or without a server key", () => {
    expect(run({ APIGO_SERVER_KEY: "sk-simX1234567", ACCESS_CODE: "code" }).code).toBeUndefined();
    expect(run({ APIGO_SERVER_KEY: "sk-simX1234567", ALLOW_OPEN_RELAY: "true" }).code).toBeUndefined();
    expect(run({}).code).toBeUndefined();
  });
});

describe("openShareStoreAtStartup", () => {
  it("opens (and so migrates) the store once at start", async () => {
    const { openShareStoreAtStartup } = await import("./startup");
    let opened = 0;
    const ok = await openShareStoreAtStartup(async () => {
      opened++;
    });
    expect(ok).toBe(true);
    expect(opened).toBe(1);
  });

  it("a store that cannot open is logged with what to check, without stopping the server", async () => {
    const { openShareStoreAtStartup } = await import("./startup");
    const lines: string[] = [];
    const ok = await openShareStoreAtStartup(
      async () => {
        throw new Error("connect ECONNREFUSED 127.0.0.1:5432");
      },
      (l) => lines.push(l),
    );
    expect(ok).toBe(false);
    expect(lines.join("")).toMatch(/ECONNREFUSED.*DATABASE_URL/);
  });
});
