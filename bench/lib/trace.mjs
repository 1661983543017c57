// A Chromium trace over CDP for the browser benchmarks, in a large ring buffer so that a long run keeps
// its end (the part that matters) whatever the machine's speed; Playwright's browser.startTracing()
// records until its buffer is full instead. `full`: the timeline (layout, paint, GC, script) and the V8
// sampler, for bench/lib/trace-tasks.mjs; else only the top-level tasks with their CPU time, which
// costs the page next to nothing.
import { writeFile } from "node:fs/promises";

const light = ["toplevel"];
const full = [
  "toplevel",
  "devtools.timeline",
  "disabled-by-default-devtools.timeline",
  "v8.execute",
  "disabled-by-default-v8.cpu_profiler",
];

/** Starts tracing; the returned function stops it and returns the trace's events. */
export async function startTrace(browser, { detailed = false } = {}) {
  const cdp = await browser.newBrowserCDPSession();
  await cdp.send("Tracing.start", {
    transferMode: "ReturnAsStream",
    traceConfig: {
      recordMode: "recordContinuously",
      traceBufferSizeInKb: 400_000,
      includedCategories: detailed ? full : light,
    },
  });
  return async () => {
    const done = new Promise((resolve) => cdp.once("Tracing.tracingComplete", resolve));
    await cdp.send("Tracing.end");
    const { stream } = await done;
    const parts = [];
    for (;;) {
      const { data, eof, base64Encoded } = await cdp.send("IO.read", { handle: stream, size: 1 << 22 });
      parts.push(base64Encoded ? Buffer.from(data, "base64") : Buffer.from(data));
      if (eof) break;
    }
    await cdp.send("IO.close", { handle: stream });
    await cdp.detach();
    return Buffer.concat(parts);
  };
}

/**
 * The events of a trace as returned by the stop function. Chromium writes one event per line, and a long
 * run's trace is larger than the longest string V8 makes (512 MB), so each line is parsed on its own; a
 * trace in another layout (one line) is parsed whole.
 */
export function traceEvents(buffer) {
  if (buffer.indexOf(10) < 0) {
    const raw = JSON.parse(buffer.toString("utf8"));
    return Array.isArray(raw) ? raw : raw.traceEvents;
  }
  const events = [];
  for (let start = 0; start < buffer.length; ) {
    const newline = buffer.indexOf(10, start);
    const end = newline < 0 ? buffer.length : newline;
    // An event line ends with "," or, the last one, with '],"metadata":'.
    const line = buffer
      .toString("utf8", start, end)
      .trim()
      .replace(/(\],"metadata":|,)$/, "");
    start = end + 1;
    // The opening line ({"traceEvents":[) and the metadata after the events are not events.
    if (!line.startsWith('{"') || line.startsWith('{"traceEvents"')) continue;
    const event = parseEvent(line);
    if (event) events.push(event);
  }
  return events;
}

function parseEvent(line) {
  try {
    const event = JSON.parse(line);
    return typeof event.ph === "string" ? event : undefined;
  } catch {
    return undefined; // the metadata's last line closes the whole document as well
  }
}

export async function saveTrace(buffer, path) {
  await writeFile(path, buffer);
}
