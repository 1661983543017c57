import { z } from "zod";
import { evalRunSchema } from "@/lib/evaluate/schema";
import { sharedPromptSchema } from "@/lib/prompts/schema";
import {
  chatConversationSchema,
  conversationSchema,
  messagesConversationSchema,
  modelIdSchema,
  shareImageSchema,
  titleSchema,
  vendorSchema,
} from "./share-parts";
import { shareToolSettingsSchema } from "./share-tools";

export * from "./share-parts";
export * from "./share-tools";

/**
 * A stored playground snapshot (version 1), one shape per tab. Built in the browser from plain data,
 * parsed again on the server with this schema before anything is stored: unknown fields are dropped.
 */
const base = { v: z.literal(1), title: titleSchema.optional() };

export const imageShareSettingsSchema = z.object({
  prompt: z.string().max(100_000),
  model: modelIdSchema,
  size: z.string().max(32),
  n: z.number().int().min(1).max(16),
  quality: z.string().max(32),
  style: z.string().max(32),
  background: z.string().max(32),
  outputFormat: z.string().max(16),
  vendor: vendorSchema,
});
export type ImageShareSettings = z.infer<typeof imageShareSettingsSchema>;

export const videoShareSettingsSchema = z.object({
  prompt: z.string().max(100_000),
  model: modelIdSchema,
  size: z.string().max(32),
  seconds: z.string().max(8),
  vendor: vendorSchema,
});
export type VideoShareSettings = z.infer<typeof videoShareSettingsSchema>;

export const videoJobStates = ["queued", "in_progress", "completed", "failed", "unknown"] as const;

/**
 * Whether a video share holds its MP4 (served by /api/shares/<id>/video). Set by the server only,
 * from what it fetched upstream: a client's value is dropped before the share is stored.
 */
export const shareVideoSchema = z.discriminatedUnion("state", [
  z.object({ state: z.literal("stored"), bytes: z.number().int().positive() }),
  z.object({
    state: z.literal("too_large"),
    bytes: z.number().int().positive(),
    cap: z.number().int().nonnegative(),
  }),
  z.object({ state: z.literal("unavailable") }),
]);
export type ShareVideo = z.infer<typeof shareVideoSchema>;

/** Video job ids, as the proxy allowlist (lib/server/allowlist.ts) also takes them. */
export const videoJobIdPattern = /^[A-Za-z0-9_-]{1,128}$/;
export const videoJobIdSchema = z.string().regex(videoJobIdPattern, "not a video job id");

export const chatSnapshotSchema = chatConversationSchema.extend({ ...base, kind: z.literal("chat") });
export const messagesSnapshotSchema = messagesConversationSchema.extend({
  ...base,
  kind: z.literal("messages"),
});
export const imagesSnapshotSchema = z.object({
  ...base,
  kind: z.literal("images"),
  settings: imageShareSettingsSchema,
  images: z.array(shareImageSchema).max(16),
  /** The batch's images were over the size cap: only the settings were kept. */
  imagesOmitted: z.boolean(),
});
export const videosSnapshotSchema = z.object({
  ...base,
  kind: z.literal("videos"),
  settings: videoShareSettingsSchema,
  // No job id: the recipient cannot use it. The finished MP4 is stored beside the snapshot.
  job: z.object({
    status: z.enum(videoJobStates),
    progress: z.number().min(0).max(100).optional(),
    errorCode: z.string().max(100).optional(),
    errorMessage: z.string().max(2000).optional(),
  }),
  video: shareVideoSchema.optional(),
});
export const compareSnapshotSchema = z.object({
  ...base,
  kind: z.literal("compare"),
  panes: z.array(conversationSchema).min(2).max(6),
  /** The tool set every pane sent (issue #20), once for the comparison. */
  tools: shareToolSettingsSchema.optional(),
});

/** An Evaluate run (issue #21): settings, cases, finished replies and grades; the server caps its size. */
export const evaluateSnapshotSchema = z.object({
  ...base,
  kind: z.literal("evaluate"),
  run: evalRunSchema,
});

/** A saved prompt with its versions (the prompt library, issue #21). */
export const promptSnapshotSchema = z.object({
  ...base,
  kind: z.literal("prompt"),
  prompt: sharedPromptSchema,
});

export const shareSnapshotSchema = z.discriminatedUnion("kind", [
  chatSnapshotSchema,
  messagesSnapshotSchema,
  imagesSnapshotSchema,
  videosSnapshotSchema,
  compareSnapshotSchema,
  promptSnapshotSchema,
  evaluateSnapshotSchema,
]);
export type ShareSnapshot = z.infer<typeof shareSnapshotSchema>;
export type ShareKind = ShareSnapshot["kind"];
export type ChatSnapshot = z.infer<typeof chatSnapshotSchema>;
export type MessagesSnapshot = z.infer<typeof messagesSnapshotSchema>;
export type ImagesSnapshot = z.infer<typeof imagesSnapshotSchema>;
export type VideosSnapshot = z.infer<typeof videosSnapshotSchema>;
export type CompareSnapshot = z.infer<typeof compareSnapshotSchema>;
export type PromptSnapshot = z.infer<typeof promptSnapshotSchema>;
export type EvaluateSnapshot = z.infer<typeof evaluateSnapshotSchema>;
export const shareKinds = [
  "chat",
  "messages",
  "images",
  "videos",
  "compare",
  "prompt",
  "evaluate",
] as const satisfies ShareKind[];

export const shareExpiries = ["1d", "7d", "30d", "never"] as const;
export type ShareExpiry = (typeof shareExpiries)[number];
export const expiryMs: Record<ShareExpiry, number | null> = {
  "1d": 86_400_000,
  "7d": 7 * 86_400_000,
  "30d": 30 * 86_400_000,
  never: null,
};

/** 22 base64url characters: 16 random bytes (128 bits). Checked before any query. */
export const shareIdPattern = /^[A-Za-z0-9_-]{22}$/;
export const shareIdSchema = z.string().regex(shareIdPattern, "not a share id");

/** `POST /api/shares` body. The snapshot is parsed separately so its size is checked first. */
export const createShareBodySchema = z.object({
  snapshot: z.unknown(),
  expiresIn: z.enum(shareExpiries),
  teamOnly: z.boolean().default(false),
  /** Videos: the finished job whose MP4 the server fetches from the upstream with the caller's key. */
  videoJobId: videoJobIdSchema.optional(),
});

export const createShareResponseSchema = z.object({
  id: shareIdSchema,
  path: z.string(),
  /** Shown once: the creator's browser keeps it to revoke the link. Stored hashed on the server. */
  deleteToken: z.string(),
  kind: z.enum(shareKinds),
  createdAt: z.number(),
  expiresAt: z.number().nullable(),
  teamOnly: z.boolean(),
});
export type CreateShareResponse = z.infer<typeof createShareResponseSchema>;

export const revokeShareBodySchema = z.object({ deleteToken: z.string().regex(/^[A-Za-z0-9_-]{43}$/) });

/** `GET /api/shares/<id>`: what "Open in my playground" reads. */
export const sharedRecordSchema = z.object({
  id: shareIdSchema,
  createdAt: z.number(),
  expiresAt: z.number().nullable(),
  teamOnly: z.boolean(),
  snapshot: shareSnapshotSchema,
});
export type SharedRecord = z.infer<typeof sharedRecordSchema>;
