import "fake-indexeddb/auto";
import { describe, expect, it, vi } from "vitest";
import type { PlaygroundMessage } from "@/lib/conversations/metadata";
import { rememberImages, withKeptImages } from "./image-store";
import { withoutImageData } from "./persist";

const dataUrl = "data:image/png;base64,iVBORw0KGgo=";
const turn = (id: string, urls: string[]): PlaygroundMessage => ({
  id,
  role: "user",
  parts: [
    ...urls.map((url, i) => ({ type: "file" as const, mediaType: "image/png", filename: `p${i}.png`, url })),
    { type: "text", text: "What is this?" },
  ],
});

describe("Messages image store (#19: images survive a reload and a switch of conversation)", () => {
  it("puts a stored turn's images back by turn and place, and leaves unknown ones empty", async () => {
    const sent = [turn("m1", [dataUrl, "data:image/png;base64,AAAA"])];
    await rememberImages(sent);
    // What localStorage holds: the turn without image data.
    const stored = withoutImageData(sent);
    expect(stored[0]?.parts.map((p) => (p.type === "file" ? p.url : p.type))).toEqual(["", "", "text"]);
    expect(await withKeptImages(stored)).toEqual(sent);
    const unknown = [turn("m2", [""])];
    expect(await withKeptImages(unknown)).toEqual(unknown);
  });

  it("reads from IndexedDB what this page did not keep itself, and forgets turns no longer saved", async () => {
    const sent = [turn("m3", [dataUrl])];
    const stored = [turn("m3", [""])];
    await rememberImages(sent);
    // A fresh module (a new page load) has only IndexedDB.
    vi.resetModules();
    const reloaded = await import("./image-store");
    expect(await reloaded.withKeptImages(stored)).toEqual(sent);
    // m3 is read by this page: kept while it lives, even if no conversation holds it.
    await reloaded.forgetImagesExcept(new Set(["other"]));
    vi.resetModules();
    const next = await import("./image-store");
    await next.forgetImagesExcept(new Set(["other"]));
    // The deletes run in the transaction of the key listing; a read after them sees them done.
    vi.resetModules();
    const last = await import("./image-store");
    expect(await last.withKeptImages(stored)).toEqual(stored);
  });
});
