import { describe, expect, it } from "vitest";
import { waitingKey } from "./attachment-watch";
import type { PlaygroundMessage } from "./metadata";

const text = (id: string, body: string): PlaygroundMessage => ({
  id,
  role: "assistant",
  parts: [{ type: "text", text: body }],
});
const image = (id: string, url: string): PlaygroundMessage => ({
  id,
  role: "user",
  parts: [
    { type: "text", text: "What is in it?" },
    { type: "file", mediaType: "image/png", url },
  ],
});

/** A message whose parts count how often they are read. */
function counted(message: PlaygroundMessage): { message: PlaygroundMessage; reads: () => number } {
  let reads = 0;
  const { parts } = message;
  const proxy = {
    ...message,
    get parts() {
      reads++;
      return parts;
    },
  };
  return { message: proxy, reads: () => reads };
}

describe("waitingKey", () => {
  it("names the messages that refer to an image by id, in order", () => {
    const messages = [
      image("u1", "attachment:a"),
      text("a1", "A cat."),
      image("u2", "data:image/png;base64,AA"),
    ];
    expect(waitingKey(messages)).toBe("u1");
    expect(waitingKey([...messages, image("u3", "attachment:b")])).toBe("u1 u3");
    expect(waitingKey([text("a1", "none")])).toBe("");
  });

  it("reads each message object once: while a reply streams only the new message is scanned", () => {
    const first = counted(image("u1", "attachment:a"));
    const answer = counted(text("a1", "A c"));
    expect(waitingKey([first.message, answer.message])).toBe("u1");
    const grown = counted(text("a1", "A cat."));
    for (let chunk = 0; chunk < 20; chunk++) waitingKey([first.message, answer.message]);
    expect(waitingKey([first.message, grown.message])).toBe("u1");
    expect(first.reads()).toBe(1);
    expect(answer.reads()).toBe(1);
    expect(grown.reads()).toBe(1);
  });
});
