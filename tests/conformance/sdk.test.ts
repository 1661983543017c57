import { beforeAll, describe, expect, it } from "vitest";
import { setEnv } from "@/tests/server";
import { runAll } from "./sdk-runs";
import { conformanceServers } from "./servers";

// The official SDKs must not be able to tell the simulator from the simulator behind our proxy.
// Each run gets a fresh simulator: its prompt cache would otherwise report cached tokens on a rerun.
const servers = conformanceServers();
let direct: Awaited<ReturnType<typeof runAll>>;

beforeAll(async () => {
  direct = await runAll({ openaiBase: `${servers.sim.url}/v1`, anthropicBase: servers.sim.url });
}, 60_000);

describe("official SDKs through the proxy", () => {
  it("sanity: the direct run produced real content", () => {
    expect(direct.chat.text?.length).toBeGreaterThan(0);
    expect(direct.chat.usage?.total_tokens).toBeGreaterThan(0);
    expect(direct.chatStream.chunks).toBeGreaterThan(3);
    expect(direct.chatStream.usage).toBeTruthy();
    expect(direct.messagesStream.content.some((b) => "thinking" in b)).toBe(true);
    expect(direct.messages.stop).toBe("end_turn");
    expect(direct.imageB64).toMatch(/^[1-9]\d{2,}:/);
    expect(direct.imageUrlBytes).toMatch(/^[1-9]\d{2,}:/);
    expect(direct.video.status).toBe("completed");
    expect(direct.video.contentType).toMatch(/^video\/mp4/);
    expect(direct.video.bytes).toMatch(/^[1-9]\d{3,}:/);
  });

  it("gives identical results through the proxy to a remote upstream (APIGO_BASE_URL)", async () => {
    setEnv({ APIGO_BASE_URL: servers.simBehindProxy.url });
    const through = await runAll({
      openaiBase: `${servers.proxy.url}/api/apigo/v1`,
      anthropicBase: `${servers.proxy.url}/api/apigo`,
    });
    expect(through).toEqual(direct);
  }, 60_000);

  it("gives identical results through the proxy to the embedded simulator", async () => {
    setEnv({
      APIGO_BASE_URL: "simulator",
      SIM_FIRST_TOKEN_MS: "0",
      SIM_TOKENS_PER_SEC: "0",
      SIM_VIDEO_SECONDS: "2",
    });
    const through = await runAll({
      openaiBase: `${servers.proxy.url}/api/apigo/v1`,
      anthropicBase: `${servers.proxy.url}/api/apigo`,
    });
    expect(through).toEqual(direct);
  }, 60_000);
});
