import { describe, expect, it } from "vitest";
import { defaultImageParams, fitToModel } from "./form-store";
import {
  clampN,
  isSizeAllowed,
  isWellFormedSize,
  modelFamily,
  normaliseSize,
  parseSize,
  rulesFor,
} from "./model-rules";

describe("image size rules", () => {
  it("knows each model's sizes, as the gateway validates them", () => {
    expect(rulesFor("dall-e-2").sizes).toEqual(["256x256", "512x512", "1024x1024"]);
    expect(rulesFor("dall-e-3").sizes).toEqual(["1024x1024", "1024x1792", "1792x1024"]);
    expect(rulesFor("gpt-image-1").sizes).toEqual(["auto", "1024x1024", "1024x1536", "1536x1024"]);
  });

  it("accepts a model's own sizes and refuses the others", () => {
    expect(isSizeAllowed("dall-e-2", "256x256")).toBe(true);
    expect(isSizeAllowed("dall-e-2", "1024x1792")).toBe(false);
    expect(isSizeAllowed("dall-e-3", "512x512")).toBe(false);
    expect(isSizeAllowed("gpt-image-1", "auto")).toBe(true);
    expect(isSizeAllowed("dall-e-3", "auto")).toBe(false);
    expect(isSizeAllowed("gpt-image-1", "800x600")).toBe(false);
  });

  it("takes a custom WxH only for models it does not know, within bounds", () => {
    expect(rulesFor("flux-pro").customSize).toBe(true);
    expect(isSizeAllowed("flux-pro", "800x600")).toBe(true);
    expect(isSizeAllowed("flux-pro", "800×600")).toBe(false);
    expect(isSizeAllowed("flux-pro", "10x600")).toBe(false);
    expect(isSizeAllowed("flux-pro", "9000x600")).toBe(false);
    expect(isSizeAllowed("flux-pro", "800x")).toBe(false);
    expect(isWellFormedSize("300x300")).toBe(true);
    expect(isWellFormedSize("300x30")).toBe(false);
    expect(isSizeAllowed("dall-e-2", "300x300")).toBe(false);
  });

  it("normalises typed sizes so the × the gateway rejects never goes out", () => {
    expect(normaliseSize(" 1024 × 768 ")).toBe("1024x768");
    expect(normaliseSize("512*512")).toBe("512x512");
    expect(parseSize("1792x1024")).toEqual({ width: 1792, height: 1024 });
    expect(parseSize("auto")).toBeUndefined();
  });

  it("maps model ids to families and caps n per model", () => {
    expect(modelFamily("gpt-image-1-mini")).toBe("gpt-image");
    expect(modelFamily("DALL-E-3")).toBe("dall-e-3");
    expect(clampN(3, "dall-e-3")).toBe(1);
    expect(clampN(9, "dall-e-2")).toBe(4);
    expect(clampN(0, "dall-e-2")).toBe(1);
    expect(clampN(Number.NaN, "dall-e-2")).toBe(1);
  });

  it("fits the other fields when the model changes", () => {
    const fromGpt = { ...defaultImageParams, model: "gpt-image-1", size: "1536x1024", n: 3, quality: "high" };
    const toDalle3 = fitToModel({ ...fromGpt, model: "dall-e-3" });
    expect(toDalle3).toMatchObject({ size: "1024x1024", n: 1, quality: "standard", style: "vivid" });
    const toDalle2 = fitToModel({ ...fromGpt, model: "dall-e-2", size: "512x512" });
    expect(toDalle2).toMatchObject({ size: "512x512", n: 3 });
  });
});
