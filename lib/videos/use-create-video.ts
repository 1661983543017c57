import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { VideoObject } from "@/lib/schemas/videos";
import { createVideo, remixVideo } from "./api";
import { videoStatusKey } from "./queries";
import type { CreateVideoInput } from "./request";
import { useVideoJobsStore } from "./store";

export interface CreateVariables extends CreateVideoInput {
  vendor: string;
  /** Set for a remix: the id of the finished job it starts from (only `prompt` is sent). */
  remixOf?: string;
}

/**
 * Creates a job (or a remix), records it in the job list and seeds its status query with the create
 * response, so the first status request comes one polling interval later, not at once.
 */
export function useCreateVideo() {
  const queryClient = useQueryClient();
  const addJob = useVideoJobsStore((s) => s.addJob);
  return useMutation({
    mutationFn: (v: CreateVariables): Promise<VideoObject> =>
      v.remixOf ? remixVideo(v.remixOf, v.prompt, v.vendor) : createVideo(v, v.vendor),
    onSuccess: (video, v) => {
      addJob({
        id: video.id,
        prompt: v.prompt.trim(),
        model: video.model ?? v.model,
        size: video.size ?? v.size,
        seconds: String(video.seconds ?? v.seconds),
        vendor: v.vendor,
        createdAt: Date.now(),
        remixOf: v.remixOf,
        hadReference: Boolean(v.reference),
      });
      queryClient.setQueryData(videoStatusKey(video.id), video);
    },
  });
}
