// Which models take images. Neither /v1/models nor new-api's /api/pricing says so (model/pricing.go
// lists endpoint types and admin-written tags, no modality), so the picker goes by the model's name:
// the families documented by their vendors as taking image input. The UI says it is a name rule.

const visionName =
  /(^|[/-])(gpt-4o|gpt-4\.1|gpt-4\.5|gpt-4-turbo|gpt-5|chatgpt-4o|o1(?!-mini)|o3(?!-mini)|o4|claude-(3|opus|sonnet|haiku)|gemini|gemma-3|pixtral|llava|llama-4|grok-4|glm-4(\.\d)?v)|vision|[-_]vl([-_]|$)|qwen[\d.]*-?vl|omni/i;

/** The rule in words, for the picker's tooltip. */
export const visionRule =
  "GPT-4o/4.1/5, o1/o3/o4, Claude 3+, Gemini, Llama 4, Grok 4, or vision/VL in the name";

export const takesImages = (model: string) => visionName.test(model);
