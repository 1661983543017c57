import { describe, expect, it } from "vitest";
import { readSse } from "./sse";
import { collect, streamOf } from "./test-helpers";

const wire =
  'data: {"a":"héllo 你好"}\n\n' +
  ": keep-alive comment\n\n" +
  'event: message_start\ndata: {"b":1}\n\n' +
  'data: {"c":"line1"}\r\n\r\n' +
  "data: [DONE]\n\n" +
  'data: {"after":"done"}\n\n';

describe("readSse", () => {
  it("yields the same events for every way the bytes are split", async () => {
    const whole = await collect(readSse(streamOf(wire)));
    expect(whole.map((m) => m.data)).toEqual(['{"a":"héllo 你好"}', '{"b":1}', '{"c":"line1"}', "[DONE]"]);
    expect(whole[1]?.event).toBe("message_start");
    expect(whole[0]?.event).toBeUndefined();
    for (const sizes of [[1], [2], [3], [5, 1, 7], [13], [64]]) {
      const split = await collect(readSse(streamOf(wire, sizes)));
      expect(split, `sizes ${sizes.join(",")}`).toEqual(whole);
    }
  });

  it("marks [DONE] and stops reading after it", async () => {
    const messages = await collect(readSse(streamOf(wire, [4])));
    expect(messages.at(-1)).toMatchObject({ data: "[DONE]", done: true });
    expect(messages.filter((m) => m.done)).toHaveLength(1);
  });

  it("delivers a last event whose blank line never came", async () => {
    const messages = await collect(readSse(streamOf('data: {"x":1}\n\ndata: {"y":2}\n', [3])));
    expect(messages.map((m) => m.data)).toEqual(['{"x":1}', '{"y":2}']);
  });

  it("joins multi-line data fields with newlines", async () => {
    const messages = await collect(readSse(streamOf("data: one\ndata: two\n\n", [1])));
    expect(messages.map((m) => m.data)).toEqual(["one\ntwo"]);
  });
});
