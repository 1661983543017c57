import { afterEach, describe, expect, it, vi } from "vitest";
import { AppError } from "@/lib/errors";
import { maskKey, maskSecrets, redactForLog } from "./mask";
import { route } from "./route";

afterEach(() => vi.restoreAllMocks());

describe("route wrapper", () => {
  it("turns an AppError into its JSON response", async () => {
    const res = await route("t", async () => {
      throw new AppError("payload_too_large", "Too big");
    })(new Request("http://x/"));
    expect(res.status).toBe(413);
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    // The unread rest of the body is still on the socket: clients must not reuse the connection.
    expect(res.headers.get("connection")).toBe("close");
    expect(await res.json()).toEqual({
      error: { message: "Too big", type: "playground_error", param: "", code: "payload_too_large" },
    });
  });

  it("answers a generic 500 for unknown errors and logs them without secrets", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const res = await route("t", async () => {
      throw new Error("failed with Bearer sk-live-canary-0123456789 at upstream");
    })(new Request("http://x/"));
    expect(res.status).toBe(500);
    expect(res.headers.get("connection")).toBeNull();
    const text = await res.text();
    expect(text).not.toContain("canary");
    expect(JSON.parse(text).error.code).toBe("internal");
    expect(log).toHaveBeenCalledTimes(1);
    const line = String(log.mock.calls[0]?.[0]);
    expect(line).toContain("[t] unexpected error");
    expect(line).not.toContain("canary-0123456789");
  });
});

describe("masking", () => {
  it("keeps only the last 4 characters, and nothing of short keys", () => {
    expect(maskKey("sk-abcdefgh1234")).toBe("…1234");
    expect(maskKey("short")).toBe("…");
    expect(maskSecrets("key sk-abcdefgh1234 here, sk-abcdefgh1234", ["sk-abcdefgh1234"])).toBe(
      "key …1234 here, …1234",
    );
    expect(redactForLog("token sim_abcdef123456 and sk-zzzzzzzz9999")).not.toMatch(/abcdef|zzzzzzzz/);
  });
});
