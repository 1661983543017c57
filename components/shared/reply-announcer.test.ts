import { describe, expect, it } from "vitest";
import { replyOutcome } from "./reply-announcer";

describe("replyOutcome (what the live region says when a reply settles)", () => {
  it("says finished only for a reply that ended as the API ends one (issue #19, defect 6)", () => {
    expect(replyOutcome({ finishReason: "stop" })).toBe("done");
    expect(replyOutcome(undefined)).toBe("done");
    expect(replyOutcome({ stopped: true })).toBe("stopped");
    expect(replyOutcome({ incomplete: true })).toBe("cut");
    expect(replyOutcome({ interrupted: true })).toBe("cut");
  });
});
