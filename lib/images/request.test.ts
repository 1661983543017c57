import { describe, expect, it } from "vitest";
import { defaultImageParams } from "./form-store";
import {
  base64ToBytes,
  buildImageRequest,
  imageFileName,
  pngDimensions,
  safeImageUrl,
  sniffImageType,
} from "./request";

const params = { ...defaultImageParams, prompt: "an otter", model: "dall-e-3", size: "1792x1024" };

describe("buildImageRequest", () => {
  it("sends only the fields the model takes", () => {
    const req = buildImageRequest({ ...params, quality: "hd", style: "natural", background: "transparent" });
    expect(req.url).toBe("/api/apigo/v1/images/generations");
    expect(req.body).toEqual({
      model: "dall-e-3",
      prompt: "an otter",
      n: 1,
      size: "1792x1024",
      quality: "hd",
      style: "natural",
      response_format: "b64_json",
    });
  });

  it("gives gpt-image models background and output format, and dall-e-2 no quality or style", () => {
    const gpt = buildImageRequest({
      ...params,
      model: "gpt-image-1",
      size: "auto",
      quality: "low",
      outputFormat: "webp",
    });
    expect(gpt.body).toMatchObject({
      quality: "low",
      background: "auto",
      output_format: "webp",
      size: "auto",
    });
    expect(gpt.body).not.toHaveProperty("style");
    const d2 = buildImageRequest({
      ...params,
      model: "dall-e-2",
      size: "256x256",
      n: 2,
      responseFormat: "url",
    });
    expect(Object.keys(d2.body)).toEqual(["model", "prompt", "n", "size", "response_format"]);
    expect(d2.body.response_format).toBe("url");
  });

  it("sends the vendor header from the form, else from Settings, else none", () => {
    expect(buildImageRequest({ ...params, vendor: " azure " }, "openai").headers.vendor).toBe("azure");
    expect(buildImageRequest(params, "openai").headers.vendor).toBe("openai");
    expect(buildImageRequest(params).headers).toEqual({ "content-type": "application/json" });
  });
});

describe("image bytes and names", () => {
  const png = base64ToBytes(
    "iVBORw0KGgoAAAANSUhEUgAAAAIAAAADCAIAAAA2iEnWAAAAEUlEQVR4nGP4z8DAwMDAwMAAAB7wAf8Qm2gRAAAAAElFTkSuQmCC",
  );

  it("decodes base64 to the exact bytes and reads PNG dimensions", () => {
    expect(sniffImageType(png)).toBe("image/png");
    expect(pngDimensions(png)).toEqual({ width: 2, height: 3 });
    expect(sniffImageType(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBe("image/jpeg");
    expect(pngDimensions(new Uint8Array([0xff, 0xd8, 0xff]))).toBeUndefined();
  });

  it("names downloads apigo-<model>-<yyyymmdd-hhmmss>-<n>.<ext> in local time", () => {
    const at = new Date(2026, 0, 5, 9, 7, 3).getTime();
    expect(imageFileName("dall-e-3", at, 0, "image/png")).toBe("apigo-dall-e-3-20260105-090703-1.png");
    expect(imageFileName("vendor/model:x", at, 2, "image/jpeg")).toBe(
      "apigo-vendor-model-x-20260105-090703-3.jpg",
    );
    expect(imageFileName("../..", at, 0, "image/webp")).toBe("apigo-image-20260105-090703-1.webp");
  });

  it("keeps only http(s) image links", () => {
    expect(safeImageUrl("https://cdn.example/a.png")).toBe("https://cdn.example/a.png");
    expect(safeImageUrl("/api/sim/files/images/a.png", "http://localhost:3100")).toBe(
      "http://localhost:3100/api/sim/files/images/a.png",
    );
    expect(safeImageUrl("javascript:alert(1)")).toBeUndefined();
    expect(safeImageUrl("data:image/png;base64,AAAA")).toBeUndefined();
    expect(safeImageUrl("")).toBeUndefined();
  });
});
