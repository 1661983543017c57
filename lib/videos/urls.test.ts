import { describe, expect, it } from "vitest";
import { contentPath, externalVideoUrl, resolveVideoUrls } from "./urls";

describe("video URLs", () => {
  it("plays and downloads through our proxy's /content path", () => {
    expect(contentPath("task_abc")).toBe("/api/apigo/v1/videos/task_abc/content");
    expect(resolveVideoUrls("task_abc").playback).toBe("/api/apigo/v1/videos/task_abc/content");
  });

  it("reads the upstream link from url, then metadata.url", () => {
    expect(externalVideoUrl({ url: "https://cdn.example.com/v.mp4" })).toBe("https://cdn.example.com/v.mp4");
    expect(externalVideoUrl({ url: null, metadata: { url: "https://cdn.example.com/m.mp4" } })).toBe(
      "https://cdn.example.com/m.mp4",
    );
    expect(
      externalVideoUrl({ url: "https://a.example/1.mp4", metadata: { url: "https://b.example/2.mp4" } }),
    ).toBe("https://a.example/1.mp4");
  });

  it("falls back to /content only, ignoring links that are not plain http(s)", () => {
    expect(externalVideoUrl({})).toBeUndefined();
    expect(externalVideoUrl({ url: "javascript:alert(1)" })).toBeUndefined();
    expect(externalVideoUrl({ url: "data:video/mp4;base64,AAAA" })).toBeUndefined();
    expect(externalVideoUrl({ url: "/relative/path.mp4", metadata: { url: "ftp://x/y" } })).toBeUndefined();
    expect(externalVideoUrl({ url: "not a url", metadata: { url: "http://ok.example/v.mp4" } })).toBe(
      "http://ok.example/v.mp4",
    );
    const urls = resolveVideoUrls("task_1", { url: "javascript:alert(1)" });
    expect(urls).toEqual({ playback: "/api/apigo/v1/videos/task_1/content", external: undefined });
  });

  it("drops a link on our own origin: /content serves the same video", () => {
    const own = "http://localhost:3100";
    const sim = { url: `${own}/api/sim/v1/videos/task_1/content`, metadata: { url: `${own}/x` } };
    expect(externalVideoUrl(sim, own)).toBeUndefined();
    expect(externalVideoUrl({ url: `${own}/a`, metadata: { url: "https://cdn.example/v.mp4" } }, own)).toBe(
      "https://cdn.example/v.mp4",
    );
    expect(resolveVideoUrls("task_1", sim, own).external).toBeUndefined();
  });

  it("escapes ids in the path", () => {
    expect(contentPath("a/b")).toBe("/api/apigo/v1/videos/a%2Fb/content");
  });
});
