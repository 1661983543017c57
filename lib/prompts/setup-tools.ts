import { anthropicToolFields } from "@/lib/tools/anthropic-wire";
import { toolSettingsFromBody } from "@/lib/tools/chat-import";
import { chatToolFields } from "@/lib/tools/chat-wire";
import { toolSettingsFromMessagesBody } from "@/lib/tools/messages-import";
import { emptyToolSettings, type ToolSettings } from "@/lib/tools/spec";
import type { PromptSetup } from "./schema";

// A setup's tool set: stored in its API's wire form (`tools`, and `tool_choice` /
// `parallel_tool_calls` in `params`), read back as the tool editor's ToolSettings, and written in
// either API's form (a chat prompt run on Messages, or opened in the Messages tab, keeps its tools).

type Api = PromptSetup["api"];
type Params = PromptSetup["params"];

const toolParamKeys = new Set(["tool_choice", "parallel_tool_calls"]);

/** The parameters without the tool choice fields (they go with the tools). */
export function withoutToolParams(params: Params): Params {
  return Object.fromEntries(Object.entries(params).filter(([key]) => !toolParamKeys.has(key)));
}

/** The setup's tools, choice and parallel calls as the tool editor keeps them. */
export function setupToolSettings(setup: PromptSetup): ToolSettings {
  if (!setup.tools?.length) return emptyToolSettings;
  const body = { ...setup.params, tools: setup.tools };
  return setup.api === "chat" ? toolSettingsFromBody(body) : toolSettingsFromMessagesBody(body);
}

/** `tools` and the tool choice fields in `api`'s wire form (nothing without sendable tools). */
export function toolWireFields(settings: ToolSettings, api: Api): Record<string, unknown> {
  return api === "chat" ? chatToolFields(settings) : anthropicToolFields(settings);
}

/** The setup on `api` carrying `settings` in that API's wire form (tools the editor would not send are left out). */
export function withToolSet(setup: PromptSetup, settings: ToolSettings, api: Api = setup.api): PromptSetup {
  const { tools: _old, ...rest } = setup;
  const { tools, ...choice } = toolWireFields(settings, api);
  // Both come from the wire builders: plain JSON.
  const wire = JSON.parse(JSON.stringify({ tools: tools ?? [], choice })) as {
    tools: NonNullable<PromptSetup["tools"]>;
    choice: Params;
  };
  return {
    ...rest,
    api,
    params: { ...withoutToolParams(setup.params), ...wire.choice },
    ...(wire.tools.length > 0 && { tools: wire.tools }),
  };
}

/** The setup moved to `api`, its tools converted to that API's wire form. */
export function setupOnApi(setup: PromptSetup, api: Api): PromptSetup {
  if (setup.api === api) return setup;
  return withToolSet(setup, setupToolSettings(setup), api);
}
