import {
  type ImageShareSettings,
  type ImagesSnapshot,
  imageMimes,
  imageShareSettingsSchema,
  type ShareImage,
  shareImageSchema,
  type VideoShareSettings,
  type VideosSnapshot,
  videoJobStates,
  videoShareSettingsSchema,
} from "@/lib/schemas/share";

/** Images above this many base64 characters in total are left out (the snapshot keeps the settings). */
export const DEFAULT_IMAGE_CAP = 4 * 1024 * 1024;

export interface ImageInput {
  mime: string;
  /** Standard base64 of the file (see blobToBase64). */
  base64: string;
  width?: number;
  height?: number;
  revisedPrompt?: string;
}

/** The images tab's batch: its settings, and its images when they fit under `cap`. */
export function imagesSnapshotFrom(input: {
  title?: string;
  settings: ImageShareSettings;
  images: readonly ImageInput[];
  cap?: number;
}): ImagesSnapshot {
  const settings = imageShareSettingsSchema.parse(input.settings);
  const total = input.images.reduce((sum, img) => sum + img.base64.length, 0);
  const allowed = (mime: string) => (imageMimes as readonly string[]).includes(mime);
  const images: ShareImage[] = [];
  let omitted = total > (input.cap ?? DEFAULT_IMAGE_CAP);
  if (!omitted) {
    for (const img of input.images) {
      const parsed = shareImageSchema.safeParse({
        mime: img.mime,
        data: img.base64,
        width: img.width,
        height: img.height,
        revisedPrompt: img.revisedPrompt,
      });
      if (parsed.success && allowed(img.mime)) images.push(parsed.data);
      else omitted = true;
    }
  }
  const title = input.title?.trim() || settings.prompt.slice(0, 80) || undefined;
  return {
    v: 1,
    kind: "images",
    ...(title ? { title } : {}),
    settings,
    images: omitted ? [] : images,
    imagesOmitted: omitted,
  };
}

export async function blobToBase64(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = "";
  // Chunks keep String.fromCharCode under the engine's argument limit.
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

const statusWords: Record<string, VideosSnapshot["job"]["status"]> = {
  queued: "queued",
  pending: "queued",
  submitted: "queued",
  not_start: "queued",
  in_progress: "in_progress",
  processing: "in_progress",
  running: "in_progress",
  completed: "completed",
  succeeded: "completed",
  success: "completed",
  failed: "failed",
  failure: "failed",
  error: "failed",
  cancelled: "failed",
};

/** The videos tab's job: settings and status only, never URLs or the job id (the server adds the video). */
export function videosSnapshotFrom(input: {
  title?: string;
  settings: VideoShareSettings;
  status: string | undefined;
  progress?: number;
  error?: { code?: string; message?: string };
}): VideosSnapshot {
  const settings = videoShareSettingsSchema.parse(input.settings);
  const word = (input.status ?? "").toLowerCase();
  const status =
    statusWords[word] ?? (videoJobStates as readonly string[]).find((s) => s === word) ?? "unknown";
  const progress =
    input.progress !== undefined && Number.isFinite(input.progress)
      ? Math.min(100, Math.max(0, input.progress))
      : undefined;
  const title = input.title?.trim() || settings.prompt.slice(0, 80) || undefined;
  return {
    v: 1,
    kind: "videos",
    ...(title ? { title } : {}),
    settings,
    job: {
      status: status as VideosSnapshot["job"]["status"],
      ...(progress !== undefined ? { progress } : {}),
      ...(input.error?.code ? { errorCode: input.error.code.slice(0, 100) } : {}),
      ...(input.error?.message ? { errorMessage: input.error.message.slice(0, 2000) } : {}),
    },
  };
}
