import { createAnthropic } from "@ai-sdk/anthropic";
import { createOpenAICompatible } from "@ai-sdk/openai-compatible";
import { generateImage, generateText, jsonSchema, stepCountIs, streamText, tool } from "ai";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type SimServer, startSimServer } from "./server";

let sim: SimServer;
beforeAll(async () => {
  sim = await startSimServer({ firstTokenMs: 0, tokensPerSecond: 0, videoSeconds: 1, port: 0 });
});
afterAll(async () => {
  await sim?.close();
});

describe("Vercel AI SDK providers against startSimServer", () => {
  it("openai-compatible: streamText with reasoning and usage", async () => {
    const provider = createOpenAICompatible({
      name: "apigo",
      apiKey: "sk-demo",
      baseURL: `${sim.url}/v1`,
      includeUsage: true,
    });
    const result = streamText({ model: provider("o4-mini"), prompt: "Hello Vercel", maxRetries: 0 });
    const text = await result.text;
    expect(text).toContain("Hello Vercel");
    expect(await result.reasoningText).toContain("Hello Vercel");
    expect((await result.usage).outputTokens).toBeGreaterThan(10);
    expect(await result.finishReason).toBe("stop");
  });

  it("openai-compatible: generateImage (b64_json)", async () => {
    const provider = createOpenAICompatible({ name: "apigo", apiKey: "sk-demo", baseURL: `${sim.url}/v1` });
    const { image } = await generateImage({
      model: provider.imageModel("dall-e-2"),
      prompt: "x",
      size: "256x256",
    });
    expect(image.uint8Array.length).toBeGreaterThan(100);
    expect(Buffer.from(image.uint8Array.subarray(1, 4)).toString()).toBe("PNG");
  });

  it("anthropic: streamText with thinking and generateText", async () => {
    const provider = createAnthropic({ apiKey: "sk-demo", baseURL: `${sim.url}/v1` });
    const result = streamText({
      model: provider("claude-sonnet-4-5-20250929-thinking"),
      prompt: "Hello Claude via Vercel",
      maxRetries: 0,
    });
    expect(await result.text).toContain("Hello Claude via Vercel");
    expect((await result.reasoningText)?.length ?? 0).toBeGreaterThan(10);
    const plain = await generateText({
      model: provider("claude-haiku-4-5-20251001"),
      prompt: "hi",
      maxRetries: 0,
    });
    expect(plain.text).toContain("hi");
    expect(plain.usage.inputTokens).toBeGreaterThan(0);
  });

  const weather = tool({
    description: "Get the current weather for a city",
    inputSchema: jsonSchema<{ city: string }>({
      type: "object",
      properties: { city: { type: "string" } },
      required: ["city"],
    }),
    execute: async ({ city }) => ({ city, temperature: 19 }),
  });

  it("openai-compatible: streamText parses streamed tool calls and runs the tool loop", async () => {
    const provider = createOpenAICompatible({ name: "apigo", apiKey: "sk-demo", baseURL: `${sim.url}/v1` });
    const result = streamText({
      model: provider("gpt-4o-mini"),
      prompt: "Weather in Paris and Tokyo? [sim:tools=2]",
      tools: { get_weather: weather },
      stopWhen: stepCountIs(3),
      maxRetries: 0,
    });
    const steps = await result.steps;
    expect(steps[0]?.finishReason).toBe("tool-calls");
    expect(steps[0]?.toolCalls.map((c) => c.input)).toEqual([{ city: "Paris" }, { city: "Tokyo" }]);
    expect(await result.text).toContain('{"city":"Tokyo","temperature":19}');
    expect(await result.finishReason).toBe("stop");
  });

  it("anthropic: generateText parses tool_use and sends tool_result back", async () => {
    const provider = createAnthropic({ apiKey: "sk-demo", baseURL: `${sim.url}/v1` });
    const result = await generateText({
      model: provider("claude-haiku-4-5-20251001"),
      prompt: "Weather in Berlin?",
      tools: { get_weather: weather },
      stopWhen: stepCountIs(3),
      maxRetries: 0,
    });
    expect(result.steps[0]?.toolCalls.map((c) => [c.toolName, c.input])).toEqual([
      ["get_weather", { city: "Berlin" }],
    ]);
    expect(result.text).toContain('{"city":"Berlin","temperature":19}');
    expect(result.finishReason).toBe("stop");
  });
});
