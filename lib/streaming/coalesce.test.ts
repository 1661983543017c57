import { describe, expect, it } from "vitest";
import { coalesceDeltas } from "./coalesce";
import type { ReplyChunk } from "./dialect";
import { collect } from "./test-helpers";

const of = (chunks: ReplyChunk[]) =>
  new ReadableStream<ReplyChunk>({
    start(c) {
      for (const chunk of chunks) c.enqueue(chunk);
      c.close();
    },
  });

describe("coalesceDeltas", () => {
  it("merges adjacent deltas of one part and keeps every other chunk in order", async () => {
    const input: ReplyChunk[] = [
      { type: "start" },
      { type: "reasoning-start", id: "r1" },
      { type: "reasoning-delta", id: "r1", delta: "a" },
      { type: "reasoning-delta", id: "r1", delta: "b" },
      { type: "reasoning-end", id: "r1" },
      { type: "text-start", id: "t2" },
      { type: "text-delta", id: "t2", delta: "x" },
      { type: "text-delta", id: "t2", delta: "y" },
      { type: "text-delta", id: "t2", delta: "z" },
      { type: "text-end", id: "t2" },
      { type: "finish", finishReason: "stop" },
    ];
    const out = await collect(coalesceDeltas(of(input)));
    expect(out).toEqual([
      { type: "start" },
      { type: "reasoning-start", id: "r1" },
      { type: "reasoning-delta", id: "r1", delta: "ab" },
      { type: "reasoning-end", id: "r1" },
      { type: "text-start", id: "t2" },
      { type: "text-delta", id: "t2", delta: "xyz" },
      { type: "text-end", id: "t2" },
      { type: "finish", finishReason: "stop" },
    ]);
  });

  it("lets a delta through after the window even when the stream stays open", async () => {
    let controller: ReadableStreamDefaultController<ReplyChunk> | undefined;
    const source = new ReadableStream<ReplyChunk>({
      start: (c) => {
        controller = c;
      },
    });
    const reader = coalesceDeltas(source, 10).getReader();
    controller?.enqueue({ type: "text-delta", id: "t", delta: "hi" });
    const first = await reader.read();
    expect(first.value).toEqual({ type: "text-delta", id: "t", delta: "hi" });
    controller?.close();
  });
});
