import { describe, expect, it } from "vitest";
import { groupModels } from "@/components/shared/model-picker/group-models";
import { messagesGroupOrder } from "@/lib/messages/models";
import { modelListSchema } from "@/lib/schemas/chat-completions";
import { openAiModelList } from "@/lib/sim/catalogue";
import { chatModelsOf } from "./models";

// The simulator's /v1/models reply: the gateway's endpoint types for every kind of model.
const list = modelListSchema.parse(openAiModelList());

describe("chat models from /v1/models", () => {
  it("keeps chat models only: no image, video or embedding models", () => {
    const ids = chatModelsOf(list).map((m) => m.id);
    expect(ids).toContain("gpt-4o-mini");
    expect(ids).toContain("claude-sonnet-4-5-20250929");
    expect(ids).toContain("deepseek-chat");
    for (const media of ["dall-e-2", "dall-e-3", "gpt-image-1", "sora-2", "sora-2-pro"]) {
      expect(ids).not.toContain(media);
    }
    const embedding = { id: "text-embedding-3-small", supported_endpoint_types: ["embeddings", "openai"] };
    expect(chatModelsOf({ data: [embedding] })).toEqual([]);
  });

  it("offers every model when the gateway does not say its endpoint types", () => {
    expect(chatModelsOf({ data: [{ id: "x" }] })).toEqual([{ id: "x", group: "openai" }]);
  });

  it("groups by wire format: OpenAI first for chat, Anthropic first for Messages", () => {
    const models = chatModelsOf(list);
    const chat = groupModels(models, "");
    expect(chat.map(([group]) => group)).toEqual(["openai", "anthropic", "gemini"]);
    expect(chat[1]?.[1].every((m) => m.id.startsWith("claude-"))).toBe(true);
    expect(chat[2]?.[1].map((m) => m.id)).toEqual(["gemini-2.5-flash", "gemini-2.5-pro"]);
    const messages = groupModels(models, "", messagesGroupOrder);
    expect(messages.map(([group]) => group)).toEqual(["anthropic", "openai", "gemini"]);
    expect(groupModels(models, "opus").flatMap(([, l]) => l.map((m) => m.id))).toEqual([
      "claude-opus-4-5-20251101",
      "claude-opus-4-5-20251101-thinking",
    ]);
  });
});
