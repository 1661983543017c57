import { describe, expect, it } from "vitest";
import {
  buildCreateForm,
  buildRemixBody,
  checkReference,
  downloadFileName,
  pickSize,
  referenceLimits,
  secondsChoices,
  sizesFor,
  supportsRemix,
  vendorHeaders,
} from "./request";

describe("choices per model", () => {
  it("offers the sizes the gateway accepts", () => {
    expect(sizesFor("sora-2")).toEqual(["720x1280", "1280x720"]);
    expect(sizesFor("sora-2-pro")).toEqual(["720x1280", "1280x720", "1024x1792", "1792x1024"]);
    expect(sizesFor("kling-v2")).toHaveLength(4);
    expect(secondsChoices).toEqual(["4", "8", "12"]);
  });

  it("keeps a valid size and replaces one the model refuses", () => {
    expect(pickSize("sora-2-pro", "1792x1024")).toBe("1792x1024");
    expect(pickSize("sora-2", "1792x1024")).toBe("720x1280");
    expect(pickSize("sora-2", "1280x720")).toBe("1280x720");
  });

  it("offers remix for Sora models only", () => {
    expect(supportsRemix("sora-2")).toBe(true);
    expect(supportsRemix("sora-2-pro")).toBe(true);
    expect(supportsRemix("sora-2-pro-max")).toBe(false);
    expect(supportsRemix("kling-v2")).toBe(false);
  });
});

describe("reference image checks", () => {
  it("accepts png, jpeg and webp up to 10 MB", () => {
    for (const type of ["image/png", "image/jpeg", "image/webp"])
      expect(checkReference({ type, size: 1 })).toBe(undefined);
    expect(checkReference({ type: "image/png", size: referenceLimits.maxBytes })).toBe(undefined);
  });

  it("refuses other types and larger files", () => {
    expect(checkReference({ type: "image/gif", size: 10 })).toBe("type");
    expect(checkReference({ type: "image/svg+xml", size: 10 })).toBe("type");
    expect(checkReference({ type: "", size: 10 })).toBe("type");
    expect(checkReference({ type: "image/jpeg", size: referenceLimits.maxBytes + 1 })).toBe("size");
  });
});

describe("create request", () => {
  it("builds the multipart fields the gateway reads", () => {
    const form = buildCreateForm({ prompt: "  a cat  ", model: "sora-2 ", seconds: "8", size: "1280x720" });
    expect([...form.keys()]).toEqual(["prompt", "model", "seconds", "size"]);
    expect(form.get("prompt")).toBe("a cat");
    expect(form.get("model")).toBe("sora-2");
    expect(form.get("seconds")).toBe("8");
    expect(form.get("size")).toBe("1280x720");
  });

  it("attaches the reference image as input_reference with its name and type", async () => {
    const file = new File([new Uint8Array([137, 80, 78, 71])], "ref.png", { type: "image/png" });
    const form = buildCreateForm({
      prompt: "p",
      model: "sora-2",
      seconds: "4",
      size: "720x1280",
      reference: file,
    });
    const sent = form.get("input_reference");
    expect(sent).toBeInstanceOf(File);
    expect((sent as File).name).toBe("ref.png");
    expect((sent as File).type).toBe("image/png");
    expect(new Uint8Array(await (sent as File).arrayBuffer())).toEqual(new Uint8Array([137, 80, 78, 71]));
  });

  it("sends remix as JSON {prompt}", () => {
    expect(JSON.parse(buildRemixBody("  brighter "))).toEqual({ prompt: "brighter" });
  });

  it("adds the vendor header only when set", () => {
    expect(vendorHeaders("openai")).toEqual({ vendor: "openai" });
    expect(vendorHeaders("  ")).toEqual({});
    expect(vendorHeaders(undefined)).toEqual({});
  });
});

describe("download file name", () => {
  it("names the file after model, prompt and id", () => {
    expect(
      downloadFileName({
        id: "task_Q7hV2mK9pX4rT1bN8cZ3dW6yF0sL5aEj",
        model: "sora-2",
        prompt: "A cat, on a skateboard!",
      }),
    ).toBe("apigo-sora-2-a-cat-on-a-skateboard-F0sL5aEj.mp4");
  });

  it("keeps CJK words, drops directives and unsafe characters", () => {
    const name = downloadFileName({
      id: "task_x1",
      model: "sora-2-pro",
      prompt: "../海边的猫 [sim:fail] <b>",
    });
    expect(name).toBe("apigo-sora-2-pro-海边的猫-b-x1.mp4");
    expect(name).not.toMatch(/[/\\<>:"|?*]/);
  });

  it("stays short for long prompts", () => {
    const name = downloadFileName({ id: "task_abc", model: "sora-2", prompt: "word ".repeat(100) });
    expect(name.length).toBeLessThan(80);
    expect(name.endsWith("-abc.mp4")).toBe(true);
  });
});
