import { describe, expect, it } from "vitest";
import { promptSetupSchema } from "@/lib/prompts/schema";
import { errorMessage, isInvalidSetup } from "./error-message";

describe("prompt library error messages", () => {
  it("names what is over the limits and where, not zod's JSON list of issues", () => {
    const result = promptSetupSchema.safeParse({
      api: "chat",
      model: "gpt-4o-mini",
      system: "",
      messages: [{ role: "user", content: "x".repeat(200_001) }],
      params: {},
    });
    expect(result.success).toBe(false);
    const message = errorMessage(result.error);
    expect(message).toMatch(/Too big/);
    expect(message).toMatch(/^messages\.0\.content: /);
    expect(message).not.toMatch(/[[{]\s*"(code|path)"/);
    expect(isInvalidSetup(result.error)).toBe(true);
  });

  it("keeps other errors' own message, capped", () => {
    expect(errorMessage(new Error("QuotaExceededError"))).toBe("QuotaExceededError");
    expect(errorMessage("x".repeat(500))).toHaveLength(300);
    expect(isInvalidSetup(new Error("x"))).toBe(false);
  });
});
