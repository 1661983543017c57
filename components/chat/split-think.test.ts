import { describe, expect, it } from "vitest";
import { splitThink } from "./split-think";

describe("splitThink", () => {
  it("separates a leading think block from the answer", () => {
    expect(splitThink("<think>plan it</think>\n\nAnswer")).toEqual({
      think: "plan it",
      open: false,
      rest: "Answer",
    });
  });
  it("reports an unclosed block as still open", () => {
    expect(splitThink("<think>still going")).toEqual({ think: "still going", open: true, rest: "" });
  });
  it("leaves text without a leading block alone", () => {
    expect(splitThink("Say <think> later")).toEqual({ open: false, rest: "Say <think> later" });
  });
});
