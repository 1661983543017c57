import { describe, expect, it } from "vitest";
import type { PlaygroundMessage } from "./metadata";
import { type TurnPlace, turnActions } from "./turn-actions";

const question: PlaygroundMessage = { id: "u", role: "user", parts: [{ type: "text", text: "Hi" }] };
const reply: PlaygroundMessage = {
  id: "a",
  role: "assistant",
  parts: [{ type: "text", text: "Hello" }],
  metadata: { exchangeId: "x1" },
};
const at = (place: Partial<TurnPlace>): TurnPlace => ({
  streaming: false,
  idle: true,
  first: false,
  last: false,
  ...place,
});
const chat = { moves: true, inspect: true };
const messages = { moves: false, inspect: false };

describe("turn actions", () => {
  it("chat: edit, moves, delete, resend on a question; regenerate and inspect on the last reply", () => {
    expect(turnActions(question, at({ first: true }), chat)).toEqual([
      "edit",
      "moveDown",
      "delete",
      "resend",
    ]);
    expect(turnActions(reply, at({ last: true }), chat)).toEqual([
      "edit",
      "moveUp",
      "delete",
      "regenerate",
      "inspect",
    ]);
    expect(turnActions(reply, at({}), chat)).toEqual(["edit", "moveUp", "moveDown", "delete", "inspect"]);
  });

  it("Messages: the same edit, delete, resend and regenerate, without moves (its own Inspector button)", () => {
    expect(turnActions(question, at({ first: true }), messages)).toEqual(["edit", "delete", "resend"]);
    expect(turnActions(reply, at({ last: true }), messages)).toEqual(["edit", "delete", "regenerate"]);
  });

  it("offers nothing while a reply runs", () => {
    expect(turnActions(reply, at({ idle: false, last: true, streaming: true }), chat)).toEqual([]);
  });
});
