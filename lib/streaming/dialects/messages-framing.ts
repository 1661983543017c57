/**
 * new-api answers an upstream error that happens mid-stream by appending the raw error JSON to the
 * 200 event stream, with no `event:`/`data:` framing and no newline (wire spec 5.4). SSE parsers drop
 * such a line as an unknown field, which would turn an overload into a silent cut. This frames each
 * line that starts with `{` as a `data:` event of its own, so the dialect sees and reports it. Lines
 * are passed on whole; SSE only dispatches at line ends, so no event is delayed.
 */
export function frameBareJsonLines(body: ReadableStream<Uint8Array>): ReadableStream<Uint8Array> {
  const decoder = new TextDecoder();
  const encoder = new TextEncoder();
  let carry = "";
  const frame = (text: string) => text.replace(/^(\{[^\n]*)$/gm, "\ndata: $1\n");
  return body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        const text = carry + decoder.decode(chunk, { stream: true });
        const cut = text.lastIndexOf("\n") + 1;
        carry = text.slice(cut);
        if (cut > 0) controller.enqueue(encoder.encode(frame(text.slice(0, cut))));
      },
      flush(controller) {
        const text = carry + decoder.decode();
        if (text) controller.enqueue(encoder.encode(`${frame(text)}\n`));
      },
    }),
  );
}
