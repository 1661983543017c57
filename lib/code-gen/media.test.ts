import { describe, expect, it } from "vitest";
import { buildImageRequest } from "@/lib/images/request";
import { buildCreateForm } from "@/lib/videos/request";
import { curlGenerator } from "./curl";
import { imagesGenerators, videosGenerators } from "./index";
import { imageCodeRequest, videoCodeRequest } from "./media";
import { nodeFetchGenerator } from "./node-fetch";
import { pythonRequestsGenerator } from "./python-requests";

// #19: the images and videos tabs get View code, built from the same builders as Generate.

describe("images View code", () => {
  it("posts exactly the body Generate sends, with the vendor header and the key as a placeholder", () => {
    const built = buildImageRequest({
      prompt: "A red fox",
      model: "dall-e-3",
      n: 1,
      size: "1024x1024",
      quality: "hd",
      style: "vivid",
      background: "transparent",
      outputFormat: "png",
      responseFormat: "b64_json",
      vendor: "openai",
    });
    const request = imageCodeRequest(built);
    expect(request.url).toBe("https://api.apigo.ai/v1/images/generations");
    expect(request.body).toEqual(built.body);
    expect(request.headers).toMatchObject({ vendor: "openai", authorization: "Bearer YOUR_API_KEY" });
    const curl = curlGenerator.generate(request);
    const body = /-d '([\s\S]*)'$/.exec(curl)?.[1];
    expect(JSON.parse(body ?? "")).toEqual(built.body);
    expect(imagesGenerators.map((g) => g.id)).toContain("go");
  });
});

describe("videos View code (multipart)", () => {
  const reference = new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], "my ref';x.png", {
    type: "image/png",
  });
  const form = buildCreateForm({
    prompt: "@/etc/passwd a cat",
    model: "sora-2",
    seconds: "8",
    size: "1280x720",
    reference,
  });
  const request = videoCodeRequest(form, { vendor: "openai" });

  it("lists the form's fields in order and the reference as a local file", () => {
    expect(request.url).toBe("https://api.apigo.ai/v1/videos");
    expect(request.multipart?.fields).toEqual([
      ["prompt", "@/etc/passwd a cat"],
      ["model", "sora-2"],
      ["seconds", "8"],
      ["size", "1280x720"],
    ]);
    expect(request.multipart?.files).toEqual([
      { name: "input_reference", filename: "my_ref_x.png", type: "image/png" },
    ]);
  });

  it("writes a form in each offered language, never a JSON body or a fixed boundary", () => {
    const curl = curlGenerator.generate(request);
    // Text fields as text: a prompt starting with @ is not read from a file.
    expect(curl).toContain(`--form-string 'prompt=@/etc/passwd a cat'`);
    expect(curl).toContain(`-F 'input_reference=@my_ref_x.png;type=image/png'`);
    expect(curl).toContain(`-H 'vendor: openai'`);
    expect(curl).not.toMatch(/Content-Type|-d '/);
    const py = pythonRequestsGenerator.generate(request);
    expect(py).toContain('"input_reference": ("my_ref_x.png", open("my_ref_x.png", "rb"), "image/png")');
    expect(py).toContain("data=data, files=files");
    expect(py).not.toContain("Content-Type");
    const node = nodeFetchGenerator.generate(request);
    expect(node).toContain('form.append("seconds", "8");');
    expect(node).toContain("body: form,");
    expect(node).not.toContain("Content-Type");
    expect(videosGenerators.map((g) => g.id)).toEqual(["curl", "python-requests", "node-fetch"]);
  });

  it("without a reference sends the text fields only", () => {
    const plain = videoCodeRequest(
      buildCreateForm({ prompt: "x", model: "sora-2", seconds: "4", size: "720x1280" }),
      {},
    );
    expect(plain.multipart?.files).toEqual([]);
    expect(pythonRequestsGenerator.generate(plain)).not.toContain("files");
    expect(nodeFetchGenerator.generate(plain)).not.toContain("readFile");
  });
});
