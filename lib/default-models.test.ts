// No default model is one an official SDK warns about: @anthropic-ai/sdk prints a deprecation warning
// (with its end-of-life date) for every model in its DEPRECATED_MODELS table on each request
// (resources/messages/messages.js). The openai SDK keeps no such table. The table is read from the
// installed package, so an SDK update that deprecates a default fails here.
import { createRequire } from "node:module";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_CHAT_MODEL, DEFAULT_COMPARE_MESSAGES_MODEL } from "@/lib/compare/setup";
import { preferredImageModel } from "@/lib/images/queries";
import { DEFAULT_MESSAGES_MODEL } from "@/lib/messages/config-store";
import { preferredChatModel } from "@/lib/queries/models";
import { findModel } from "@/lib/sim/catalogue";
import { preferredVideoModel } from "@/lib/videos/queries";

// Not in the package's exports map: required by file path.
const table = path.join(process.cwd(), "node_modules/@anthropic-ai/sdk/internal/data/deprecated-models.js");
const { DEPRECATED_MODELS } = createRequire(import.meta.url)(table) as {
  DEPRECATED_MODELS: Record<string, string>;
};

const defaults = {
  preferredChatModel,
  DEFAULT_CHAT_MODEL,
  DEFAULT_MESSAGES_MODEL,
  DEFAULT_COMPARE_MESSAGES_MODEL,
  preferredImageModel,
  preferredVideoModel,
};

describe("default models", () => {
  it("the SDK's table is there to check against", () => {
    expect(Object.keys(DEPRECATED_MODELS).length).toBeGreaterThan(0);
  });

  it.each(Object.entries(defaults))("%s (%s) is not deprecated and the simulator serves it", (_, model) => {
    expect(DEPRECATED_MODELS[model]).toBeUndefined();
    expect(findModel(model)).toBeDefined();
  });
});
