import { create } from "zustand";
import { createJSONStorage, persist } from "zustand/middleware";
import { type StoredVideoJob, storedVideoJobsSchema, type VideoOutcome } from "@/lib/schemas/videos";

/** Oldest jobs beyond this are dropped from the list (their videos stay on the gateway until expiry). */
export const maxStoredJobs = 50;

interface VideoJobsState {
  /** Newest first. What was asked for plus, once known, the terminal outcome; the live status is the query's. */
  jobs: StoredVideoJob[];
  addJob: (job: StoredVideoJob) => void;
  /** Records the terminal status so a reload neither polls the job again nor loses its error. */
  settleJob: (id: string, outcome: VideoOutcome) => void;
  removeJob: (id: string) => void;
  /** Puts a removed job back in its place (undo). */
  restoreJob: (job: StoredVideoJob) => void;
}

export const useVideoJobsStore = create<VideoJobsState>()(
  persist(
    (set) => ({
      jobs: [],
      addJob: (job) =>
        set((s) => ({ jobs: [job, ...s.jobs.filter((j) => j.id !== job.id)].slice(0, maxStoredJobs) })),
      settleJob: (id, outcome) =>
        set((s) => ({
          jobs: s.jobs.map((j) => (j.id === id && !j.outcome ? { ...j, outcome } : j)),
        })),
      removeJob: (id) => set((s) => ({ jobs: s.jobs.filter((j) => j.id !== id) })),
      restoreJob: (job) =>
        set((s) => ({
          jobs: [job, ...s.jobs.filter((j) => j.id !== job.id)]
            .sort((a, b) => b.createdAt - a.createdAt)
            .slice(0, maxStoredJobs),
        })),
    }),
    {
      name: "apigo-playground-videos",
      version: 1,
      storage: createJSONStorage(() => localStorage),
      partialize: (s) => ({ jobs: s.jobs }),
      // localStorage is input like any other: keep the entries that still parse, drop the rest.
      merge: (persisted, current) => {
        const raw = (persisted as { jobs?: unknown } | undefined)?.jobs;
        const parsed = storedVideoJobsSchema.safeParse(raw ?? []);
        const jobs = parsed.success ? parsed.data.filter((j) => j !== null) : [];
        return { ...current, jobs: jobs.sort((a, b) => b.createdAt - a.createdAt) };
      },
      // Rehydrated after mount (see useHydrated in VideosView) so the server render and the first client render agree.
      skipHydration: true,
    },
  ),
);
