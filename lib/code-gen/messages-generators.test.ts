// The Messages tab's snippets, run against the simulator: what users copy must work as printed.
import { describe, expect, it } from "vitest";
import { snippetSandbox } from "@/tests/snippet-sandbox";
import { generateCode } from "./index";
import { messagesGenerators, toPublicMessagesRequest } from "./messages-generators";
import { API_KEY_PLACEHOLDER, APIGO_BASE_URL } from "./types";

const sandbox = snippetSandbox("codegen-messages-");

function requestFor(stream: boolean) {
  return toPublicMessagesRequest({
    url: "/api/apigo/v1/messages",
    headers: {
      "content-type": "application/json",
      accept: stream ? "text/event-stream" : "application/json",
      vendor: "ClaudeCode",
      "anthropic-version": "2023-06-01",
    },
    body: JSON.stringify({
      model: "claude-sonnet-4-5-20250929",
      max_tokens: 2048,
      system: [{ type: "text", text: 'It\'s "quoted"\nmulti-line', cache_control: { type: "ephemeral" } }],
      messages: [{ role: "user", content: [{ type: "text", text: "Say 'hello' to codegen" }] }],
      thinking: { type: "enabled", budget_tokens: 1024 },
      stream,
    }),
  });
}

const codeFor = (id: string, stream: boolean) =>
  generateCode(id, requestFor(stream), messagesGenerators)
    .replaceAll(APIGO_BASE_URL, sandbox.url)
    .replaceAll(API_KEY_PLACEHOLDER, "sk-demo");

const runFile = sandbox.runFile;

describe("Messages code generators", () => {
  it("cURL sends x-api-key, anthropic-version and vendor, and streams events", async () => {
    const code = codeFor("curl", true);
    expect(code).toContain(`-H 'x-api-key: sk-demo'`);
    expect(code).toContain(`-H 'Anthropic-Version: 2023-06-01'`);
    expect(code).toContain(`-H 'vendor: ClaudeCode'`);
    const out = await runFile("stream.sh", `set -e\n${code.replace("curl -N", "curl -sSf -N")}`, "bash");
    expect(out).toContain("event: message_start");
    expect(out).toContain("event: message_stop");
  });

  it("Python requests and Node fetch get a 200 reply", async () => {
    const py = await runFile("call.py", codeFor("python-requests", false), "python3");
    expect(py).toContain("'type': 'message'");
    expect(py).toContain("'vendor': 'ClaudeCode'");
    const node = await runFile("call.mjs", codeFor("node-fetch", true), "node");
    expect(node).toContain("event: message_stop");
  });

  it("the Anthropic TypeScript SDK snippet streams and prints the final message", async () => {
    const out = await runFile("sdk.mjs", codeFor("anthropic-typescript", true), "node");
    expect(out).toContain("end_turn");
    expect(out).toMatch(/output_tokens: [1-9]/);
    const once = await runFile("sdk-once.mjs", codeFor("anthropic-typescript", false), "node");
    expect(once).toContain("type: 'thinking'");
  });

  it("the Anthropic Python SDK snippet is valid Python with stream(), headers and no stream kwarg", async () => {
    const code = codeFor("anthropic-python", true);
    expect(code).toContain("with client.messages.stream(");
    expect(code).toContain(`base_url="${sandbox.url}"`);
    expect(code).toContain(`"anthropic-version": "2023-06-01"`);
    expect(code).not.toMatch(/stream=/);
    expect(code).toContain('"cache_control": {');
    await runFile("check.py", code, "python3", ["-m", "py_compile"]);
    await runFile("check-once.py", codeFor("anthropic-python", false), "python3", ["-m", "py_compile"]);
  });
});
