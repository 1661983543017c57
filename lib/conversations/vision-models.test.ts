import { describe, expect, it } from "vitest";
import { takesImages } from "./vision-models";

describe("models that take images (name rule)", () => {
  it("marks the vision families and leaves text-only models unmarked", () => {
    for (const id of [
      "gpt-4o-mini",
      "gpt-4.1",
      "gpt-5-mini",
      "o3",
      "o4-mini",
      "claude-sonnet-4-5-20250929",
      "claude-3-5-haiku-20241022",
      "gemini-2.5-flash",
      "qwen2.5-vl-72b-instruct",
      "llama-3.2-90b-vision-instruct",
      "glm-4.5v",
    ])
      expect(takesImages(id), id).toBe(true);
    for (const id of [
      "deepseek-chat",
      "deepseek-reasoner",
      "gpt-3.5-turbo",
      "o1-mini",
      "o3-mini",
      "qwen-max",
      "kimi-k2",
    ])
      expect(takesImages(id), id).toBe(false);
  });
});
