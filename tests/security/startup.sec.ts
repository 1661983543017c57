// Team mode at start-up: a server key without an access code is an open relay of a paid key, so the
// server must refuse to start unless the operator opted in explicitly.

import type { ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { afterEach, describe, expect, it } from "vitest";
import { nextStart, ports, stopGroup } from "./servers";

const key = "sk-simStartupKey7a1f00";
let running: ChildProcess | undefined;

afterEach(() => {
  if (running) stopGroup(running);
  running = undefined;
});

function exitOf(child: ChildProcess, ms: number): Promise<number | null> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) resolve(child.exitCode);
    const timer = setTimeout(() => resolve(null), ms);
    child.once("exit", (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
}

describe("start-up with a server key", () => {
  it.each([
    ["no ACCESS_CODE", {}],
    ["an empty ACCESS_CODE", { ACCESS_CODE: "  " }],
    ["ALLOW_OPEN_RELAY=0", { ALLOW_OPEN_RELAY: "0" }],
  ])("refuses to start with %s, and says why without the key", async (_label, extra) => {
    const { child, log } = nextStart(
      "misconfig",
      ports.misconfig,
      { APIGO_SERVER_KEY: key, ...extra },
      tmpdir(),
    );
    running = child;
    const code = await exitOf(child, 25_000);
    expect(code).not.toBeNull();
    expect(code).not.toBe(0);
    const text = readFileSync(log, "utf8");
    expect(text).toContain("Refusing to start");
    expect(text).toContain("ACCESS_CODE");
    expect(text).not.toContain(key.slice(3));
    expect(text).not.toContain(key.slice(-8));
  });

  it("starts as an open relay only when ALLOW_OPEN_RELAY=true is set on purpose", async () => {
    const { child } = nextStart(
      "open-relay",
      ports.openRelay,
      { APIGO_SERVER_KEY: key, ALLOW_OPEN_RELAY: "true" },
      tmpdir(),
    );
    running = child;
    let status = 0;
    for (let i = 0; i < 100 && status !== 200; i++) {
      await new Promise((r) => setTimeout(r, 250));
      status = await fetch(`http://localhost:${ports.openRelay}/api/health`).then(
        (r) => r.status,
        () => 0,
      );
    }
    expect(status).toBe(200);
    expect(child.exitCode).toBeNull();
  });
});
