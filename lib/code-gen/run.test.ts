// Runs the generated code against the simulator: the snippets users copy must work as printed.
import { describe, expect, it } from "vitest";
import { execAsync, snippetSandbox } from "@/tests/snippet-sandbox";
import { chatCompletionsGenerators, generateCode, toPublicRequest } from "./index";
import { API_KEY_PLACEHOLDER, APIGO_BASE_URL } from "./types";

const sandbox = snippetSandbox("codegen-");

function codeFor(id: string, stream: boolean): string {
  const body = JSON.stringify({
    model: "gpt-4o-mini",
    messages: [
      { role: "system", content: 'It\'s "quoted" \\ and\nmulti-line' },
      { role: "user", content: "Say 'hello' to codegen" },
    ],
    temperature: 0.3,
    stream,
    ...(stream ? { stream_options: { include_usage: true } } : {}),
  });
  const request = toPublicRequest({
    url: "/api/apigo/v1/chat/completions",
    headers: { "content-type": "application/json", accept: "text/event-stream", vendor: "openai" },
    body,
  });
  return generateCode(id, request, chatCompletionsGenerators)
    .replaceAll(APIGO_BASE_URL, sandbox.url)
    .replaceAll(API_KEY_PLACEHOLDER, "sk-demo");
}

const runFile = sandbox.runFile;

const hasCommand = async (cmd: string, arg = "--version") =>
  execAsync(cmd, [arg]).then(
    () => true,
    () => false,
  );

describe("generated code runs against the simulator", () => {
  it.each([true, false])("cURL (stream %s)", async (stream) => {
    const out = await runFile("req.sh", codeFor("curl", stream), "bash", []);
    expect(out).toContain("hello");
    expect(out.includes("data: [DONE]")).toBe(stream);
  });

  it.each([true, false])("Node fetch (stream %s)", async (stream) => {
    const out = await runFile("req.mjs", codeFor("node-fetch", stream), "node", []);
    expect(out).toContain("hello");
    expect(out.includes("data: [DONE]")).toBe(stream);
  });

  it.each([true, false])("OpenAI Node SDK (stream %s)", async (stream) => {
    const out = await runFile("sdk.mjs", codeFor("openai-node", stream), "node", []);
    expect(out).toContain("hello");
    expect(out).not.toContain("data:");
  });

  it("Python requests and the OpenAI Python SDK at least compile", async () => {
    if (!(await hasCommand("python3"))) return;
    for (const id of ["python-requests", "openai-python"]) {
      const out = await runFile(
        `${id}.py`,
        `import ast, sys\nast.parse(${JSON.stringify(codeFor(id, true))})\nprint("ok")`,
        "python3",
        [],
      );
      expect(out.trim()).toBe("ok");
    }
  });

  it("Java runs (single-file launch)", async () => {
    if (!(await hasCommand("java", "-version"))) return;
    const out = await runFile("Main.java", codeFor("java", true), "java", []);
    expect(out).toContain("hello");
    expect(out).toContain("data: [DONE]");
  }, 60_000);
});

describe("generated code content", () => {
  it("never carries a real key and names the vendor header in every language", () => {
    for (const generator of chatCompletionsGenerators) {
      const request = toPublicRequest({
        url: "/api/apigo/v1/chat/completions",
        headers: { vendor: "anthropic", accept: "text/event-stream" },
        body: '{"model":"m","messages":[],"stream":true}',
      });
      const code = generator.generate(request);
      expect(code, generator.id).toContain(API_KEY_PLACEHOLDER);
      expect(code, generator.id).toContain("anthropic");
      expect(code, generator.id).toMatch(/https:\/\/api\.apigo\.ai\/v1/);
      expect(code, generator.id).not.toContain("/api/apigo");
    }
  });

  it("sends gateway extensions through extra_body in the Python SDK", () => {
    const request = toPublicRequest({
      url: "/api/apigo/v1/chat/completions",
      headers: {},
      body: '{"model":"m","messages":[],"temperature":1,"thinking_budget":5}',
    });
    const code = generateCode("openai-python", request, chatCompletionsGenerators);
    expect(code).toContain("    temperature=1,");
    expect(code).toMatch(/extra_body=\{\n\s+"thinking_budget": 5,/);
  });
});
