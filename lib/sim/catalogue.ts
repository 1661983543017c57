export type ModelKind = "chat" | "image" | "video";

export interface CatalogueModel {
  id: string;
  ownedBy: string;
  endpointTypes: string[];
  kind: ModelKind;
  /** Chat models that stream reasoning before content. */
  reasoning?: boolean;
}

export const MODELS_CREATED = 1626777600;
const CREATED_AT = new Date(MODELS_CREATED * 1000).toISOString().replace(".000Z", "Z");

const openai = (id: string, reasoning = false): CatalogueModel => ({
  id,
  ownedBy: "openai",
  endpointTypes: ["openai"],
  kind: "chat",
  reasoning,
});
const claude = (id: string, reasoning = false): CatalogueModel => ({
  id,
  ownedBy: "custom",
  endpointTypes: ["anthropic", "openai"],
  kind: "chat",
  reasoning,
});
const gemini = (id: string, reasoning = false): CatalogueModel => ({
  id,
  ownedBy: "custom",
  endpointTypes: ["gemini", "openai"],
  kind: "chat",
  reasoning,
});
const other = (id: string, reasoning = false): CatalogueModel => ({
  id,
  ownedBy: "custom",
  endpointTypes: ["openai"],
  kind: "chat",
  reasoning,
});
const image = (id: string): CatalogueModel => ({
  id,
  ownedBy: "openai",
  endpointTypes: ["image-generation", "openai"],
  kind: "image",
});
const video = (id: string): CatalogueModel => ({
  id,
  ownedBy: "custom",
  endpointTypes: ["openai-video"],
  kind: "video",
});

export const CATALOGUE: readonly CatalogueModel[] = [
  openai("gpt-4o"),
  openai("gpt-4o-mini"),
  openai("gpt-4.1"),
  openai("gpt-4.1-mini"),
  openai("gpt-5", true),
  openai("gpt-5-mini", true),
  openai("o3", true),
  openai("o4-mini", true),
  // The model of API·GO's own Messages example (docs/Message.md), so the docs' request works as shown.
  claude("claude-sonnet-4-20250514"),
  claude("claude-sonnet-4-5-20250929"),
  claude("claude-sonnet-4-5-20250929-thinking", true),
  claude("claude-opus-4-5-20251101"),
  claude("claude-opus-4-5-20251101-thinking", true),
  claude("claude-haiku-4-5-20251001"),
  gemini("gemini-2.5-pro", true),
  gemini("gemini-2.5-flash"),
  other("deepseek-chat"),
  other("deepseek-reasoner", true),
  other("qwen3-max"),
  other("qwen-plus"),
  other("doubao-seed-1-6-250615"),
  other("kimi-k2-0905-preview"),
  image("dall-e-2"),
  image("dall-e-3"),
  image("gpt-image-1"),
  video("sora-2"),
  video("sora-2-pro"),
];

export function findModel(id: string): CatalogueModel | undefined {
  return CATALOGUE.find((m) => m.id === id);
}

export function openAiModelObject(m: CatalogueModel) {
  return {
    id: m.id,
    object: "model",
    created: MODELS_CREATED,
    owned_by: m.ownedBy,
    supported_endpoint_types: m.endpointTypes,
  };
}

export function openAiModelList() {
  return { success: true, data: CATALOGUE.map(openAiModelObject), object: "list" };
}

export function anthropicModelList() {
  const data = CATALOGUE.map((m) => ({
    id: m.id,
    created_at: CREATED_AT,
    display_name: m.id,
    type: "model",
  }));
  return { data, first_id: data[0]?.id ?? null, has_more: false, last_id: data[data.length - 1]?.id ?? null };
}
