import { describe, expect, it } from "vitest";
import { documentedVendors, vendorSuggestions } from "./vendors";

describe("vendor suggestions", () => {
  it("lists the values used or seen first, then the documented ones, once each", () => {
    expect(documentedVendors).toContain("ClaudeCode");
    expect(vendorSuggestions([" acme ", "", "ClaudeCode"], documentedVendors)).toEqual([
      "acme",
      "ClaudeCode",
    ]);
    expect(vendorSuggestions([], documentedVendors)).toEqual(["ClaudeCode"]);
  });
});
