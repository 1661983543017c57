// Issue #16 item 6: a key the upstream echoes is masked in every relayed byte, not only in error
// bodies: a 200 body, an error event in the middle of a stream (chat, Messages, compare panes), even
// when the key arrives split across two upstream writes. The stream keeps its framing and pace.
import { describe, expect, it } from "vitest";
import { chatBody, jsonHeaders, onePaneCompareBody, readTimed, server, sseData } from "./helpers";
import { secrets } from "./servers";

const bare = secrets.userKey.slice(3);
const masked = `${"*".repeat(secrets.userKey.length - 7)}…41c7`;
const proxy = (path: string) => `${server("hostileApp")}/api/apigo/v1/${path}`;

describe("a key echoed by the upstream outside an error status", () => {
  it("is masked in a 200 JSON body", async () => {
    const res = await fetch(proxy("chat/completions"), {
      method: "POST",
      headers: jsonHeaders(secrets.userKey),
      body: chatBody("[hostile:echo-key-ok]", { stream: false }),
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { choices: { message: { content: string } }[] };
    expect(JSON.stringify(body)).not.toContain(bare);
    expect(body.choices[0]?.message.content).toBe(`your key is ${masked}`);
  });

  it("is masked in an error event mid-stream (chat), split across two writes, events intact and on time", async () => {
    const res = await fetch(proxy("chat/completions"), {
      method: "POST",
      headers: jsonHeaders(secrets.userKey),
      body: chatBody("[hostile:echo-key-stream]"),
    });
    expect(res.status).toBe(200);
    const chunks = await readTimed(res);
    const text = chunks.map((c) => c.text).join("");
    expect(text).not.toContain(bare);
    expect(text).toContain(`event: error\ndata: {"error":{"message":"Incorrect API key provided: ${masked}"`);
    expect(text.endsWith("data: [DONE]\n\n")).toBe(true);
    // The first event is not held back for the key that follows 30 ms later.
    expect(chunks[0]?.text).toBe('data: {"choices":[{"index":0,"delta":{"content":"hostile"}}]}\n\n');
    const last = chunks.at(-1)?.at ?? 0;
    expect(last - (chunks[0]?.at ?? 0)).toBeGreaterThan(50);
  });

  it("is masked in a Messages stream sent with x-api-key", async () => {
    const res = await fetch(proxy("messages"), {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "x-api-key": secrets.userKey,
        "anthropic-version": "2023-06-01",
      },
      body: JSON.stringify({
        model: "claude-sonnet-4-5-20250929",
        max_tokens: 16,
        stream: true,
        messages: [{ role: "user", content: "[hostile:echo-key-stream]" }],
      }),
    });
    const text = await res.text();
    expect(text).not.toContain(bare);
    expect(text).toContain(masked);
  });

  it("is masked in a compare pane's stream", async () => {
    const res = await fetch(`${server("hostileApp")}/api/compare`, {
      method: "POST",
      headers: jsonHeaders(secrets.userKey),
      body: onePaneCompareBody("[hostile:echo-key-stream]"),
    });
    expect(res.status).toBe(200);
    // What the pane's transport reads: its chunks joined (a key split over two events is still a key).
    const pane = sseData(await res.text())
      .map((d) => JSON.parse(d) as { t: string; data?: string })
      .filter((e) => e.t === "chunk")
      .map((e) => e.data)
      .join("");
    expect(pane).not.toContain(bare);
    expect(pane).toContain(`Incorrect API key provided: ${masked}`);
  });
});
