import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { readCapped } from "./body-limit";

/** A body that sends one byte and then nothing more (a client trickling or stalling). */
function stalled(): { stream: ReadableStream<Uint8Array>; cancelled: Promise<void> } {
  let cancel: () => void = () => {};
  const cancelled = new Promise<void>((r) => (cancel = r));
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new Uint8Array([0x7b]));
    },
    cancel,
  });
  return { stream, cancelled };
}

describe("readCapped", () => {
  it("gives up on a body that does not arrive within the deadline: 408, and the stream is cancelled", async () => {
    const { stream, cancelled } = stalled();
    const started = Date.now();
    const err = await readCapped(stream, 1024, () => new Error("too large"), 100).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).status).toBe(408);
    expect(Date.now() - started).toBeLessThan(2000);
    await cancelled;
  });

  it("reads a body that arrives in time, whole", async () => {
    const body = new Response("hello").body as ReadableStream<Uint8Array>;
    const bytes = await readCapped(body, 1024, () => new Error("too large"), 1000);
    expect(new TextDecoder().decode(bytes)).toBe("hello");
  });
});
