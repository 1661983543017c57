import "fake-indexeddb/auto";
import { describe, expect, it } from "vitest";
import { attachmentDb } from "./attachment-db";
import {
  attachmentIdOf,
  attachmentIdsIn,
  dropUnreferenced,
  resolveAttachments,
  withAttachmentRefs,
} from "./attachments";
import type { PlaygroundMessage } from "./metadata";
import type { TabConversations } from "./schema";

const png = "data:image/png;base64,iVBORw0KGgo=";
const user = (id: string, url: string): PlaygroundMessage => ({
  id,
  role: "user",
  parts: [
    { type: "file", mediaType: "image/png", filename: "a.png", url },
    { type: "text", text: "what is this?" },
  ],
});
const tabs = (messages: PlaygroundMessage[]): Record<string, TabConversations> => ({
  chat: { items: [{ id: "c1", title: "", createdAt: 0, updatedAt: 0, messages, settings: {} }] },
});
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

describe("attachments", () => {
  it("saves data URLs by reference and reads them back after a reload", async () => {
    const live = [user("m1", png), { id: "m2", role: "assistant", parts: [{ type: "text", text: "ok" }] }];
    const stored = withAttachmentRefs(live as PlaygroundMessage[]);
    const part = stored[0]?.parts[0];
    expect(part?.type === "file" && attachmentIdOf(part.url)).toMatch(/^a-/);
    expect(stored[1]).toBe(live[1]);
    // Saving again writes no second copy.
    expect(withAttachmentRefs(live as PlaygroundMessage[])).toEqual(stored);
    await settle();
    const resolved = await resolveAttachments(stored);
    expect(resolved).toEqual(live);
  });

  it("an image that is gone resolves to an empty URL; one no message refers to is deleted", async () => {
    const stored = withAttachmentRefs([user("m1", "data:image/png;base64,AAAA")]);
    await settle();
    const ids = attachmentIdsIn(stored);
    expect(ids).toHaveLength(1);
    expect(dropUnreferenced(tabs(stored), tabs(stored))).toEqual([]);
    expect(dropUnreferenced(tabs(stored), tabs([]))).toEqual(ids);
    await settle();
    expect((await attachmentDb().get(ids)).size).toBe(0);
    const [gone] = await resolveAttachments(stored);
    expect(gone?.parts[0]).toMatchObject({ type: "file", url: "" });
  });
});
