import type { PromptSetup } from "./schema";

/** The names of a setup's tools, in either API's wire form. */
export const toolNames = (setup: PromptSetup): string[] =>
  (setup.tools ?? []).map((tool) => ("function" in tool ? tool.function.name : tool.name));
