// What each image model accepts, mirroring the gateway's validation (wire spec section 6, lib/sim/images.ts).
// The form offers only these values, so a request it builds is one the gateway takes.

export type ImageModelFamily = "dall-e-2" | "dall-e-3" | "gpt-image" | "other";

export interface ImageModelRules {
  family: ImageModelFamily;
  sizes: readonly string[];
  defaultSize: string;
  /** Any WxH may be typed (models the playground does not know, e.g. third-party image models). */
  customSize: boolean;
  maxN: number;
  qualities: readonly string[];
  styles: readonly string[];
  backgrounds: readonly string[];
  outputFormats: readonly string[];
}

const none: readonly string[] = [];

const rules: Record<ImageModelFamily, ImageModelRules> = {
  "dall-e-2": {
    family: "dall-e-2",
    sizes: ["256x256", "512x512", "1024x1024"],
    defaultSize: "1024x1024",
    customSize: false,
    maxN: 4,
    qualities: none,
    styles: none,
    backgrounds: none,
    outputFormats: none,
  },
  "dall-e-3": {
    family: "dall-e-3",
    sizes: ["1024x1024", "1024x1792", "1792x1024"],
    defaultSize: "1024x1024",
    customSize: false,
    maxN: 1,
    qualities: ["standard", "hd"],
    styles: ["vivid", "natural"],
    backgrounds: none,
    outputFormats: none,
  },
  "gpt-image": {
    family: "gpt-image",
    sizes: ["auto", "1024x1024", "1024x1536", "1536x1024"],
    defaultSize: "1024x1024",
    customSize: false,
    maxN: 4,
    qualities: ["auto", "low", "medium", "high"],
    styles: none,
    backgrounds: ["auto", "transparent", "opaque"],
    outputFormats: ["png", "jpeg", "webp"],
  },
  other: {
    family: "other",
    sizes: ["1024x1024", "512x512", "768x1344", "1344x768"],
    defaultSize: "1024x1024",
    customSize: true,
    maxN: 4,
    qualities: none,
    styles: none,
    backgrounds: none,
    outputFormats: none,
  },
};

export function modelFamily(model: string): ImageModelFamily {
  const id = model.trim().toLowerCase();
  if (id === "dall-e-2") return "dall-e-2";
  if (id === "dall-e-3") return "dall-e-3";
  if (id.startsWith("gpt-image-")) return "gpt-image";
  return "other";
}

export function rulesFor(model: string): ImageModelRules {
  return rules[modelFamily(model)];
}

export const customSizePattern = /^(\d{2,5})x(\d{2,5})$/;
export const maxCustomSide = 4096;

/** Normalises a typed size: "1024 × 768" becomes "1024x768" (the gateway rejects "×"). */
export function normaliseSize(size: string): string {
  return size.trim().toLowerCase().replace(/\s+/g, "").replace(/[×*]/g, "x");
}

/** A typed WxH the form will send (whether the model takes it is the gateway's call). */
export function isWellFormedSize(size: string): boolean {
  const m = customSizePattern.exec(size);
  if (!m) return false;
  const [w, h] = [Number(m[1]), Number(m[2])];
  return w >= 64 && h >= 64 && w <= maxCustomSide && h <= maxCustomSide;
}

/** True when the model is known to take this size as sent. */
export function isSizeAllowed(model: string, size: string): boolean {
  const r = rulesFor(model);
  return r.sizes.includes(size) || (r.customSize && isWellFormedSize(size));
}

/** The value kept when switching models: the same one if the new model takes it, else its default. */
export function pick(value: string, allowed: readonly string[]): string {
  return allowed.length === 0 || allowed.includes(value) ? value : (allowed[0] ?? value);
}

export function clampN(n: number, model: string): number {
  const max = rulesFor(model).maxN;
  return Number.isFinite(n) ? Math.min(max, Math.max(1, Math.round(n))) : 1;
}

/** Pixel size of a size string; "auto" and unparsable values give undefined. */
export function parseSize(size: string): { width: number; height: number } | undefined {
  const m = customSizePattern.exec(size);
  return m ? { width: Number(m[1]), height: Number(m[2]) } : undefined;
}
