import { beforeAll, describe, expect, it } from "vitest";
import { setEnv } from "@/tests/server";
import { conformanceServers } from "./servers";
import { runAnthropicTools, runOpenAiTools, WEATHER } from "./tool-runs";

// The SDKs' tool helpers complete a round trip against the simulator, and see the same through the
// proxy (tools, tool_choice and tool messages pass untouched).
const servers = conformanceServers();
const runBoth = async (openaiBase: string, anthropicBase: string) => {
  const t = { openaiBase, anthropicBase };
  return { openai: await runOpenAiTools(t), anthropic: await runAnthropicTools(t) };
};
let direct: Awaited<ReturnType<typeof runBoth>>;

beforeAll(async () => {
  direct = await runBoth(`${servers.sim.url}/v1`, servers.sim.url);
}, 60_000);

describe("SDK tool helpers against the simulator", () => {
  it("openai: runTools (plain and streaming, parallel) and the ChatCompletionStream loop", () => {
    const o = direct.openai;
    // runTools' one call, then the streaming runner's two parallel calls (the manual loop runs none).
    expect(o.seen).toEqual([
      { city: "Paris", unit: expect.any(String) },
      { city: "Tokyo", unit: expect.any(String) },
      expect.objectContaining({ city: expect.any(String) }),
    ]);
    expect(o.runToolsRoles).toEqual(["user", "assistant", "tool", "assistant"]);
    expect(o.runToolsText).toContain(WEATHER("Paris"));
    expect(o.streamedText).toContain("I called 2 tools");
    expect(o.streamedText).toContain(WEATHER("Tokyo"));
    expect(o.streamedDeltas).toBe(true);
    expect(o.manual).toMatchObject({ finish: "tool_calls", name: "get_weather", deltasJoin: true });
    expect(JSON.parse(o.manual.args)).toMatchObject({ city: "Berlin" });
    expect(o.manual.reply).toContain(WEATHER("Berlin"));
  });

  it("anthropic: messages.stream inputJson, a tool_result turn, and beta toolRunner", () => {
    const a = direct.anthropic;
    expect(a.first.stop).toBe("tool_use");
    expect(a.first.content[1]).toMatchObject({ city: "Shanghai" });
    expect(a.inputJson).toEqual({ joined: a.first.content[1], snapshot: a.first.content[1], events: true });
    expect(a.reply.stop).toBe("end_turn");
    expect(String(a.reply.content[0])).toContain(WEATHER("Shanghai"));
    expect(a.runner.ran).toEqual([
      expect.objectContaining({ city: "Paris" }),
      expect.objectContaining({ city: "Tokyo" }),
    ]);
    expect(String(a.runner.content[0])).toContain(WEATHER("Tokyo"));
    expect(a.runner.stop).toBe("end_turn");
  });

  it("gives identical results through the proxy to a remote upstream and to the embedded simulator", async () => {
    setEnv({ APIGO_BASE_URL: servers.simBehindProxy.url });
    expect(await runBoth(`${servers.proxy.url}/api/apigo/v1`, `${servers.proxy.url}/api/apigo`)).toEqual(
      direct,
    );
    setEnv({ APIGO_BASE_URL: "simulator", SIM_FIRST_TOKEN_MS: "0", SIM_TOKENS_PER_SEC: "0" });
    expect(await runBoth(`${servers.proxy.url}/api/apigo/v1`, `${servers.proxy.url}/api/apigo`)).toEqual(
      direct,
    );
  }, 60_000);
});
