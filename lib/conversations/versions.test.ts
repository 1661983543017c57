import { describe, expect, it } from "vitest";
import type { PlaygroundMessage } from "./metadata";
import {
  MAX_VERSIONS,
  parkBranch,
  pruneVersions,
  resolvePending,
  revertFailed,
  showVersion,
  type VersionMap,
  versionOf,
} from "./versions";

const msg = (id: string, role: "user" | "assistant" = "assistant"): PlaygroundMessage => ({
  id,
  role,
  parts: [{ type: "text", text: id }],
});
const ids = (messages: PlaygroundMessage[]) => messages.map((m) => m.id);

/** Regenerates the last reply: parks it, and the new reply `id` appears in its place. */
function regenerate(map: VersionMap, thread: PlaygroundMessage[], id: string) {
  const index = thread.length - 1;
  const parked = parkBranch(map, thread, index);
  const next = [...thread.slice(0, index), msg(id)];
  // Before useChat has dropped the old reply, the waiting entry does not go to it.
  expect(resolvePending(parked, thread)).toBe(parked);
  return { map: resolvePending(parked, next), thread: next };
}

describe("answer versions", () => {
  const u1 = msg("u1", "user");

  it("regenerate twice keeps three versions of the reply, the newest on screen", () => {
    let s = regenerate({}, [u1, msg("a1")], "a2");
    s = regenerate(s.map, s.thread, "a3");
    expect(ids(s.thread)).toEqual(["u1", "a3"]);
    expect(versionOf(s.map, "a3")).toEqual({ shown: 3, count: 3 });
    expect(versionOf(s.map, "u1")).toBeUndefined();
  });

  it("pages back and on; each version owns the turns after it", () => {
    let s = regenerate({}, [u1, msg("a1")], "a2");
    s = regenerate(s.map, s.thread, "a3");
    const back = showVersion(s.map, s.thread, 1, -1);
    expect(back && ids(back.messages)).toEqual(["u1", "a2"]);
    expect(back && versionOf(back.map, "a2")).toEqual({ shown: 2, count: 3 });
    // Continue on version 2: the follow-up belongs to its branch.
    const continued = [...(back?.messages ?? []), msg("u2", "user"), msg("b1")];
    const first = showVersion(back?.map ?? {}, continued, 1, -1);
    expect(first && ids(first.messages)).toEqual(["u1", "a1"]);
    const again = first && showVersion(first.map, first.messages, 1, 1);
    expect(again && ids(again.messages)).toEqual(["u1", "a2", "u2", "b1"]);
    const last = again && showVersion(again.map, again.messages, 1, 1);
    expect(last && ids(last.messages)).toEqual(["u1", "a3"]);
    expect(last && showVersion(last.map, last.messages, 1, 1)).toBeUndefined();
  });

  it("versions nested in a parked branch come back with it", () => {
    const s = regenerate({}, [u1, msg("a1"), msg("u2", "user"), msg("b1")], "b2");
    expect(versionOf(s.map, "b2")).toEqual({ shown: 2, count: 2 });
    // The first question edited in place (same id): the whole branch is its earlier version.
    const edited = parkBranch(s.map, s.thread, 0, "u1");
    const thread = [{ ...u1, parts: [{ type: "text" as const, text: "new" }] }, msg("c1")];
    expect(versionOf(edited, "u1")).toEqual({ shown: 2, count: 2 });
    const back = showVersion(pruneVersions(edited, thread), thread, 0, -1);
    expect(back && ids(back.messages)).toEqual(["u1", "a1", "u2", "b2"]);
    expect(back?.messages[0]?.parts).toEqual(u1.parts);
    expect(back && versionOf(back.map, "b2")).toEqual({ shown: 2, count: 2 });
  });

  it("a failed regenerate or edit shows the version it replaced again", () => {
    const parked = parkBranch({}, [u1, msg("a1")], 1);
    const reverted = revertFailed(parked, [u1]);
    expect(reverted && ids(reverted.messages)).toEqual(["u1", "a1"]);
    expect(reverted?.edited).toBe(false);
    expect(reverted && versionOf(reverted.map, "a1")).toBeUndefined();

    const thread = [u1, msg("a1")];
    const edit = parkBranch({}, thread, 0, "u1");
    const failed = revertFailed(edit, [{ ...u1, parts: [{ type: "text", text: "edited" }] }]);
    expect(failed?.edited).toBe(true);
    expect(failed?.messages).toEqual(thread);
    expect(revertFailed({}, [u1])).toBeUndefined();
  });

  it("prunes versions of deleted turns, keeps nested and waiting ones, and caps the count", () => {
    const s = regenerate({}, [u1, msg("a1"), msg("u2", "user"), msg("b1")], "b2");
    const nested = parkBranch(s.map, s.thread, 1, "a1");
    expect(Object.keys(pruneVersions(nested, s.thread.slice(0, 2))).sort()).toEqual(["a1", "b2"]);
    expect(pruneVersions(nested, [u1])).toEqual({});
    expect(Object.keys(pruneVersions(parkBranch({}, [u1, msg("a1")], 1), [u1]))).toEqual(["@1"]);

    let many = { map: {} as VersionMap, thread: [u1, msg("r0")] };
    for (let i = 1; i <= MAX_VERSIONS + 5; i++) many = regenerate(many.map, many.thread, `r${i}`);
    expect(versionOf(many.map, `r${MAX_VERSIONS + 5}`)).toEqual({ shown: MAX_VERSIONS, count: MAX_VERSIONS });
  });
});
