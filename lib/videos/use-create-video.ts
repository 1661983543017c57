import { useMutation, useQueryClient } from "@tanstack/react-query";
import { fileExchanges, recordedFetch } from "@/lib/inspector/lazy-exchanges";
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

const owners = new WeakMap<CreateVariables, string>();

/**
 * Under which owner a create request is recorded for the inspector: a token per attempt until the reply
 * names the job (then its exchanges move to the job's id); a failed attempt keeps its token.
 */
export function exchangeOwnerOf(v: CreateVariables): string {
  let owner = owners.get(v);
  if (!owner) {
    owner = crypto.randomUUID();
    owners.set(v, owner);
  }
  return owner;
}

/**
 * Creates a job (or a remix), records it in the job list and seeds its status query with the create
 * response, so the first status request comes one polling interval later, not at once.
 */
export function useCreateVideo() {
  const queryClient = useQueryClient();
  const addJob = useVideoJobsStore((s) => s.addJob);
  return useMutation({
    mutationFn: (v: CreateVariables): Promise<VideoObject> => {
      const doFetch = recordedFetch("videos", exchangeOwnerOf(v));
      return v.remixOf
        ? remixVideo(v.remixOf, v.prompt, v.vendor, doFetch)
        : createVideo(v, v.vendor, doFetch);
    },
    onSuccess: (video, v) => {
      void fileExchanges("videos", exchangeOwnerOf(v), video.id);
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
