// Building the exact requests the browser sends for videos (wire spec 7.2 and 7.6).

export const secondsChoices = ["4", "8", "12"] as const;

const portraitLandscape = ["720x1280", "1280x720"];
const allSizes = [...portraitLandscape, "1024x1792", "1792x1024"];

/** Sizes the gateway accepts for a model: new-api rejects anything else for sora-2 / sora-2-pro. */
export function sizesFor(model: string): string[] {
  const id = model.trim().toLowerCase();
  if (id === "sora-2") return portraitLandscape;
  // sora-2-pro and models new-api does not validate: OpenAI's four sizes.
  return allSizes;
}

/** The chosen size when the model accepts it, else the model's first (a model switch can strand one). */
export function pickSize(model: string, size: string): string {
  const sizes = sizesFor(model);
  return sizes.includes(size) ? size : (sizes[0] ?? size);
}

/** Remix exists for OpenAI's Sora models (new-api's Sora channel); other vendors have no such call. */
export function supportsRemix(model: string): boolean {
  return /^sora-2(-pro)?$/i.test(model.trim());
}

export const referenceLimits = {
  maxBytes: 10 * 1024 * 1024,
  types: ["image/png", "image/jpeg", "image/webp"],
} as const;

export type ReferenceProblem = "type" | "size";

/** Checked before upload, so a wrong file costs no request. */
export function checkReference(file: { type: string; size: number }): ReferenceProblem | undefined {
  if (!(referenceLimits.types as readonly string[]).includes(file.type)) return "type";
  if (file.size > referenceLimits.maxBytes) return "size";
  return undefined;
}

export interface CreateVideoInput {
  prompt: string;
  model: string;
  seconds: string;
  size: string;
  reference?: File;
}

/** multipart/form-data body of POST /v1/videos; the browser sets the boundary. */
export function buildCreateForm(input: CreateVideoInput): FormData {
  const form = new FormData();
  form.set("prompt", input.prompt.trim());
  form.set("model", input.model.trim());
  form.set("seconds", input.seconds);
  form.set("size", input.size);
  if (input.reference) form.set("input_reference", input.reference, input.reference.name || "reference");
  return form;
}

/** JSON body of POST /v1/videos/{id}/remix. */
export function buildRemixBody(prompt: string): string {
  return JSON.stringify({ prompt: prompt.trim() });
}

/** The `vendor` header when one is chosen; empty lets the gateway decide. */
export function vendorHeaders(vendor: string | undefined): Record<string, string> {
  const value = vendor?.trim();
  return value ? { vendor: value } : {};
}

/** `apigo-sora-2-a-cat-on-a-skateboard-3dW6yF0s.mp4`: model, the prompt's first words, the id's tail. */
export function downloadFileName(job: { id: string; model: string; prompt: string }): string {
  const slug = (text: string, max: number) =>
    text
      .toLowerCase()
      .replace(/\[sim:[^\]]*\]/g, " ")
      .replace(/[^\p{L}\p{N}]+/gu, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, max)
      .replace(/-+$/, "");
  const parts = ["apigo", slug(job.model, 32), slug(job.prompt, 40), job.id.replace(/^task_/, "").slice(-8)];
  return `${parts.filter(Boolean).join("-")}.mp4`;
}
