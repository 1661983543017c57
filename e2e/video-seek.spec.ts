import { expect, slow, test, urls } from "./fixtures";
import { VideosPage } from "./pages/videos-page";

// new-api's /content ignores Range (controller/video_proxy.go: always 200 with the whole file); the
// simulator does the same for a job made with [sim:no-range]. The proxy then serves Range from its
// per-key disk cache (lib/server/video-cache), so the player can still seek.
test.describe("videos from a gateway that ignores Range (remote app, standalone simulator)", () => {
  test("the player seeks and plays from the middle; the proxy answers 206, the gateway is asked once", async ({
    page,
    simLog,
  }) => {
    const videos = new VideosPage(page);
    const answers: { status: number; range: string | null }[] = [];
    page.on("response", (r) => {
      if (r.url().endsWith("/content"))
        answers.push({ status: r.status(), range: r.headers()["content-range"] ?? null });
    });
    await videos.goto(urls.remote);
    await videos.saveKey("sk-simVideoSeekE2E1");
    const job = await videos.createJob("A heron by a lake [sim:no-range]", { seconds: "4" });
    const id = await videos.jobId(job);
    await videos.waitForPhase(job, "completed", slow(30_000));

    const player = job.getByTestId("video-player");
    // A reply without Range support leaves nothing seekable (0 here with VIDEO_CACHE_MAX_BYTES=0).
    await expect
      .poll(() => player.evaluate((v: HTMLVideoElement) => (v.seekable.length ? v.seekable.end(0) : 0)))
      .toBeCloseTo(4, 0);
    expect(await videos.seek(player, 2.5)).toBeCloseTo(2.5, 1);
    // Plays on from there: the first range it has played starts in the middle.
    const played = await player.evaluate(
      (v: HTMLVideoElement) =>
        new Promise<{ start: number; now: number }>((resolve, reject) => {
          v.muted = true;
          const onTime = () => {
            if (v.currentTime < 2.7) return;
            v.removeEventListener("timeupdate", onTime);
            v.pause();
            resolve({ start: v.played.length ? v.played.start(0) : -1, now: v.currentTime });
          };
          v.addEventListener("timeupdate", onTime);
          v.play().catch(reject);
        }),
    );
    expect(played.start).toBeGreaterThanOrEqual(2.4);
    expect(played.now).toBeGreaterThan(2.5);

    expect(answers.length).toBeGreaterThan(0);
    for (const answer of answers) {
      expect(answer.status).toBe(206);
      expect(answer.range).toMatch(/^bytes \d+-\d+\/\d+$/);
    }
    // The gateway saw a Range request (which it ignored) and was asked for the file only once.
    const fetched = (await simLog()).filter((e) => e.path === `/v1/videos/${id}/content`);
    expect(fetched).toHaveLength(1);
    expect(fetched[0]?.headers.range).toMatch(/^bytes=/);
  });
});
