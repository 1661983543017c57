import "@/lib/schemas/zod-no-eval";
import { queryOptions } from "@tanstack/react-query";
import { modelsQueryOptions } from "@/lib/queries/models";
import { imageStore } from "./store";

export const imageKeys = {
  all: ["images"] as const,
  gallery: ["images", "gallery"] as const,
  storage: ["images", "storage"] as const,
};

/** Image models: the shared models query (one request for every tab), filtered on "image-generation". */
export const imageModelsQueryOptions = () =>
  queryOptions({
    ...modelsQueryOptions(),
    select: (list): string[] =>
      list.data
        .filter((m) => m.supported_endpoint_types?.includes("image-generation"))
        .map((m) => m.id)
        .sort((a, b) => a.localeCompare(b)),
  });

export const fallbackImageModels = ["dall-e-2", "dall-e-3", "gpt-image-1"];
export const preferredImageModel = "dall-e-3";

/** The gallery from IndexedDB. It changes only through our own mutations, which invalidate it. */
export const galleryQueryOptions = () =>
  queryOptions({
    queryKey: imageKeys.gallery,
    queryFn: () => imageStore().list(),
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });

export interface StorageUsage {
  usage?: number;
  quota?: number;
}

/** What the browser reports for this origin (all tabs' data, not only images). */
export const storageQueryOptions = () =>
  queryOptions({
    queryKey: imageKeys.storage,
    queryFn: async (): Promise<StorageUsage> => {
      if (typeof navigator === "undefined" || !navigator.storage?.estimate) return {};
      const { usage, quota } = await navigator.storage.estimate();
      return { usage, quota };
    },
    staleTime: 10_000,
  });
