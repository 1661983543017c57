import { describe, expect, it } from "vitest";
import { testRun } from "@/lib/evaluate/test-helpers";
import type { ToolSettings } from "@/lib/tools/spec";
import { toolTemplates } from "@/lib/tools/templates";
import { diffSetups } from "./diff";
import { type PromptSetup, promptSetupSchema } from "./schema";
import { setupOnApi, setupToolSettings, withToolSet } from "./setup-tools";

const tool = (id: string) => {
  const found = toolTemplates.find((t) => t.id === id)?.tool;
  if (!found) throw new Error(id);
  // The wire form keeps no saved mock answer.
  return { name: found.name, description: found.description, parameters: found.parameters };
};
const settings: ToolSettings = {
  tools: [tool("get_weather"), tool("search_web")],
  choice: "tool:get_weather",
  parallel: "off",
};
const base: PromptSetup = { ...testRun().prompt, params: { temperature: 0.2 } };

describe("a prompt's tool set", () => {
  it("is saved in chat's wire form (tools, tool_choice, parallel_tool_calls) and read back as the editor's", () => {
    const setup = promptSetupSchema.parse(withToolSet(base, settings));
    expect(setup.tools).toEqual([
      {
        type: "function",
        function: {
          name: "get_weather",
          description: "Get the current weather in a given city.",
          parameters: JSON.parse(tool("get_weather").parameters),
        },
      },
      expect.objectContaining({
        type: "function",
        function: expect.objectContaining({ name: "search_web" }),
      }),
    ]);
    expect(setup.params).toEqual({
      temperature: 0.2,
      tool_choice: { type: "function", function: { name: "get_weather" } },
      parallel_tool_calls: false,
    });
    expect(setupToolSettings(setup)).toEqual(settings);
  });

  it("is saved in Messages' wire form (input_schema, tool_choice with disable_parallel_tool_use)", () => {
    const setup = promptSetupSchema.parse(withToolSet({ ...base, api: "messages" }, settings));
    expect(setup.tools?.[0]).toEqual({
      name: "get_weather",
      description: "Get the current weather in a given city.",
      input_schema: JSON.parse(tool("get_weather").parameters),
    });
    expect(setup.params.tool_choice).toEqual({
      type: "tool",
      name: "get_weather",
      disable_parallel_tool_use: true,
    });
    expect(setupToolSettings(setup)).toEqual(settings);
  });

  it("moves between the APIs with the tool set converted, and no tools leaves nothing behind", () => {
    const chat = withToolSet(base, { ...settings, choice: "required", parallel: "default" });
    const messages = setupOnApi(chat, "messages");
    expect(messages.api).toBe("messages");
    expect(messages.params).toEqual({ temperature: 0.2, tool_choice: { type: "any" } });
    expect(setupOnApi(messages, "chat")).toEqual(chat);
    const none = withToolSet(chat, { tools: [], choice: "auto", parallel: "default" });
    expect(none).not.toHaveProperty("tools");
    expect(none.params).toEqual({ temperature: 0.2 });
  });

  it("a changed tool shows in the version diff as its own line", () => {
    const before = withToolSet(base, settings);
    const edited = {
      ...settings,
      tools: [{ ...tool("get_weather"), description: "Weather now." }, tool("search_web")],
    };
    const d = diffSetups(before, withToolSet(base, edited));
    if (!d.ok) throw new Error("diff");
    const changed = d.lines.filter((l) => l.kind !== "same");
    expect(changed).toHaveLength(2);
    expect(changed[0]?.text).toMatch(/^tool: .*"name":"get_weather"/);
    expect(changed[1]?.text).toContain('"description":"Weather now."');
  });
});
