// How the Evaluate run meets a page that goes away (a reload, a closed tab, a link).
// Chromium cuts a leaving page's requests before pagehide while the page's script still runs: the
// queue would count each cut cell as settled and start the next one, which is cut too (a wasted,
// possibly billed request; with concurrency 1 two were seen in flight). So from beforeunload on no cell
// starts and a cut cell waits queued, the run left marked active: the reloaded page resumes it.
// Were the unload called off (pageshow, or the page still alive 10 s later), the run goes on.

export interface Holdable {
  hold: () => void;
  release: () => void;
}

export const RELEASE_AFTER_MS = 10_000;

/** Holds the queue while the page is being left; writes pending setup when the page hides. */
export function watchPageLeave(queue: Holdable, flush: () => void, target: Window = window) {
  target.addEventListener("beforeunload", () => {
    queue.hold();
    setTimeout(queue.release, RELEASE_AFTER_MS);
  });
  target.addEventListener("pageshow", queue.release);
  target.addEventListener("pagehide", flush);
  target.document.addEventListener("visibilitychange", () => {
    if (target.document.visibilityState === "hidden") flush();
  });
}
