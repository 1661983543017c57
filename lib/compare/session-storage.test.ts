import { describe, expect, it } from "vitest";
import type { PlaygroundMessage } from "@/lib/conversations/metadata";
import { interruptedThread } from "@/lib/conversations/use-interrupt-on-unload";
import { fromStoredSession, toStoredSession } from "./session-storage";
import { newPane } from "./setup";
import type { CompareSetup } from "./url-state";

const user: PlaygroundMessage = { id: "u1", role: "user", parts: [{ type: "text", text: "Hi" }] };
const reply: PlaygroundMessage = {
  id: "a1",
  role: "assistant",
  parts: [{ type: "text", text: "Hel" }],
  metadata: { ttftMs: 12 },
};

describe("compare session storage", () => {
  const a = newPane("chat-completions", "gpt-4o");
  const b = newPane("messages");
  const setup: CompareSetup = { panes: [a, b], system: "Be brief", sync: false, repeat: 2, prompt: "Next?" };

  it("round-trips the setup and each pane's thread (by pane order, fresh ids)", () => {
    const stored = JSON.parse(JSON.stringify(toStoredSession(setup, { [b.id]: [user, reply] })));
    const back = fromStoredSession(stored);
    expect(back?.setup).toMatchObject({ system: "Be brief", repeat: 2, prompt: "Next?" });
    const [first, second] = back?.setup.panes ?? [];
    expect(first?.model).toBe("gpt-4o");
    expect(back?.histories[first?.id ?? ""]).toEqual([]);
    expect(back?.histories[second?.id ?? ""]).toEqual([user, reply]);
  });

  it("keeps each pane's runs, so the summary survives a reload (#19)", () => {
    const run = {
      meta: { ttftMs: 120, totalMs: 900, usage: { completionTokens: 40 }, model: "gpt-4o" },
      failed: false,
    };
    const stored = JSON.parse(
      JSON.stringify(
        toStoredSession(setup, {}, { turnRuns: { [a.id]: [run] }, allRuns: { [a.id]: [run, run] } }),
      ),
    );
    const back = fromStoredSession(stored);
    const [first, second] = back?.setup.panes ?? [];
    expect(back?.turnRuns[first?.id ?? ""]).toEqual([run]);
    expect(back?.allRuns[first?.id ?? ""]).toEqual([run, run]);
    expect(back?.turnRuns[second?.id ?? ""]).toEqual([]);
    // A stored run whose numbers are not numbers is dropped, not fed to the medians.
    const bad = fromStoredSession({ ...stored, r: [[[{ meta: { ttftMs: "x" }, failed: false }], []]] });
    expect(bad?.turnRuns[bad.setup.panes[0]?.id ?? ""]).toBeUndefined();
    // Sessions saved before runs were kept still load.
    expect(fromStoredSession({ c: stored.c, h: stored.h })?.setup.panes).toHaveLength(2);
  });

  it("reads nothing from what is not a session, and drops unreadable threads", () => {
    expect(fromStoredSession(undefined)).toBeUndefined();
    expect(fromStoredSession({ c: "garbage", h: [] })).toBeUndefined();
    const { c } = toStoredSession(setup, {});
    const back = fromStoredSession({ c, h: [[{ role: "nobody" }], "x"] });
    expect(back?.setup.panes).toHaveLength(2);
    expect(Object.values(back?.histories ?? {})).toEqual([]);
  });

  it("marks the partial reply of a cut stream interrupted, and nothing else", () => {
    const cut = interruptedThread([user, reply]);
    expect(cut.at(-1)?.metadata).toEqual({ ttftMs: 12, interrupted: true });
    expect(cut[0]).toBe(user);
    // Nothing had arrived yet: the question stays, with no empty reply invented.
    expect(interruptedThread([user])).toEqual([user]);
  });

  it("keeps the shared tool set with the session (not in the address), read back through its checks", () => {
    const tools = {
      tools: [{ name: "get_weather", description: "Weather", parameters: '{"type":"object"}', mock: "21" }],
      choice: "required" as const,
      parallel: "off" as const,
    };
    const stored = JSON.parse(JSON.stringify(toStoredSession(setup, {}, undefined, tools)));
    expect(stored.c).not.toContain("get_weather");
    expect(fromStoredSession(stored)?.tools).toEqual(tools);
    // No tools: nothing stored, and a session saved before tools reads back without any.
    expect(toStoredSession(setup, {})).not.toHaveProperty("t");
    expect(fromStoredSession({ ...stored, t: "junk" })?.tools).toEqual({
      tools: [],
      choice: "auto",
      parallel: "default",
    });
  });
});
