import { pickParams } from "@/lib/shares/builders";
import {
  type Prompt,
  type PromptSetup,
  type SharedPrompt,
  sharedChatParamsSchema,
  sharedMessagesParamsSchema,
  sharedPromptSchema,
} from "./schema";
import { chatWireToolSchema, messagesWireToolSchema } from "./wire-tools";

/** A setup's tools that are in its own API's wire form (a share takes no other). */
function ownTools(setup: PromptSetup) {
  const schema = setup.api === "chat" ? chatWireToolSchema : messagesWireToolSchema;
  const tools = (setup.tools ?? []).filter((t) => schema.safeParse(t).success);
  return tools.length > 0 ? { tools } : {};
}

/** The prompt as a share keeps it: each version's parameters narrowed to the share's wire fields, with its tools. */
export function sharedPrompt(prompt: Prompt): SharedPrompt {
  return sharedPromptSchema.parse({
    ...prompt,
    versions: prompt.versions.map((v) => {
      const { tools: _tools, ...setup } = v.setup;
      const params =
        setup.api === "chat"
          ? pickParams(sharedChatParamsSchema, setup.params)
          : pickParams(sharedMessagesParamsSchema, setup.params);
      return { ...v, setup: { ...setup, params, ...ownTools(v.setup) } };
    }),
  });
}
