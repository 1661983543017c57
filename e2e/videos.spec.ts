import { readFile } from "node:fs/promises";
import { expect, slow, test, urls } from "./fixtures";
import { VideosPage } from "./pages/videos-page";

/** The standalone simulator's request log, with the timing fields this spec reads. */
interface LoggedRequest {
  method: string;
  path: string;
  startedAt: number;
  endedAt?: number;
}

const statusPath = /^\/v1\/videos\/(task_[A-Za-z0-9]+)$/;
const statusUrl = /\/api\/apigo\/v1\/videos\/task_[A-Za-z0-9]+$/;

test.describe("videos tab (demo: embedded simulator, SIM_VIDEO_SECONDS=4)", () => {
  test("a job's progress rises, its MP4 plays, seeks and downloads the simulator's bytes", async ({
    page,
    request,
  }) => {
    const videos = new VideosPage(page);
    const ranged: number[] = [];
    page.on("response", (r) => {
      if (r.url().endsWith("/content")) ranged.push(r.status());
    });
    await videos.goto();
    const job = await videos.createJob("A fox running through snow", { seconds: "4", size: "720x1280" });
    const id = await videos.jobId(job);
    await expect(job.getByTestId("video-meta")).toContainText("sora-2 · 720x1280 · 4");

    const seen: number[] = [];
    await expect
      .poll(
        async () => {
          seen.push(await videos.progress(job));
          return job.getAttribute("data-phase");
        },
        { timeout: slow(20_000), intervals: [200] },
      )
      .toBe("completed");
    expect(
      seen.some((p) => p > 0 && p < 100),
      `progress seen: ${seen.join(",")}`,
    ).toBe(true);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    await expect(job.getByTestId("video-progress")).toHaveAttribute("aria-valuenow", "100");

    const player = job.getByTestId("video-player");
    await expect(player).toHaveAttribute("src", `/api/apigo/v1/videos/${id}/content`);
    expect(await videos.seek(player, 2.5)).toBeCloseTo(2.5, 1);
    expect(await player.evaluate((v: HTMLVideoElement) => v.duration)).toBeCloseTo(4, 0);
    expect(ranged).toContain(206);

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      job.getByTestId("video-download").click(),
    ]);
    expect(download.suggestedFilename()).toMatch(
      /^apigo-sora-2-a-fox-running-through-snow-[A-Za-z0-9]{8}\.mp4$/,
    );
    const saved = await readFile(await download.path());
    const direct = await request.get(`${urls.demo}/api/apigo/v1/videos/${id}/content`);
    expect(direct.headers()["content-type"]).toBe("video/mp4");
    const expected = await direct.body();
    expect(saved.length).toBeGreaterThan(1000);
    expect(saved.equals(expected)).toBe(true);
  });

  test("reuse fills the form, remix starts a new job from a finished one", async ({ page }) => {
    const videos = new VideosPage(page);
    await videos.goto();
    const first = await videos.createJob("Waves at night", { seconds: "8", size: "1280x720" });
    await videos.prompt.fill("something else");
    await first.getByTestId("video-reuse").click();
    await expect(videos.prompt).toHaveValue("Waves at night");
    await expect(videos.seconds).toHaveValue("8");
    await expect(videos.size).toHaveValue("1280x720");
    await videos.waitForPhase(first, "completed");
    const id = await videos.jobId(first);
    await first.getByTestId("video-remix").click();
    await page.getByTestId("video-remix-prompt").fill("Waves at night, in the rain");
    await page.getByTestId("video-remix-send").click();
    await expect(videos.jobs).toHaveCount(2);
    const remix = videos.jobs.first();
    await expect(remix).toContainText(`Remix of ${id}`);
    await expect(remix.getByTestId("video-meta")).toContainText("1280x720 · 8");
    await videos.waitForPhase(remix, "completed");
  });

  test("a reload mid-job keeps the job and resumes polling until it completes", async ({ page }) => {
    const videos = new VideosPage(page);
    await videos.goto();
    const job = await videos.createJob("Clouds over a mountain");
    const id = await videos.jobId(job);
    await expect.poll(() => videos.progress(job), { timeout: slow(10_000) }).toBeGreaterThan(0);
    const polled = page.waitForRequest((r) => r.url().endsWith(`/api/apigo/v1/videos/${id}`));
    await page.reload();
    await polled;
    const again = videos.job("Clouds over a mountain");
    await expect(again).toHaveAttribute("data-job-id", id);
    await videos.waitForPhase(again, "completed");
    await expect(again.getByTestId("video-player")).toBeVisible();
    // A finished job is not asked about again after the next reload.
    let asked = 0;
    page.on("request", (r) => {
      if (statusUrl.test(r.url())) asked++;
    });
    await page.reload();
    await videos.waitForPhase(videos.job("Clouds over a mountain"), "completed");
    await page.waitForTimeout(1500);
    expect(asked).toBe(0);
  });

  test("a failing job shows the upstream error", async ({ page }) => {
    const videos = new VideosPage(page);
    await videos.goto();
    const job = await videos.createJob("A city at night [sim:fail]");
    await videos.waitForPhase(job, "failed");
    await expect(job.getByTestId("video-status")).toHaveText("Failed");
    await expect(job.getByTestId("video-error")).toContainText("content_policy_violation");
    await expect(job.getByTestId("video-error")).toContainText("blocked by the content policy");
    await expect(job.getByTestId("video-player")).toHaveCount(0);
  });

  test("creation errors stay on the form with status, message, request id and a hint", async ({ page }) => {
    const videos = new VideosPage(page);
    await videos.goto();
    await videos.prompt.fill("Busy gateway [sim:status=503]");
    await videos.create.click();
    await expect(videos.formError).toContainText("HTTP 503");
    await expect(videos.formError).toContainText(/Request id: \S+/);
    await expect(videos.formError).toContainText("retry, or try another model");
    await expect(videos.prompt).toHaveValue("Busy gateway [sim:status=503]");
    await videos.prompt.fill("Slow down [sim:status=429]");
    await videos.create.click();
    await expect(videos.formError).toContainText("HTTP 429");
    // new-api rewrites a task 429 to its own text and sends no retry-after (controller/relay.go).
    await expect(videos.formError).toContainText("当前分组上游负载已饱和");
    await expect(videos.formError).toContainText("wait a moment");
    await expect(videos.jobs).toHaveCount(0);
  });

  test("a failing status request keeps the last state and retries with backoff", async ({ page }) => {
    const videos = new VideosPage(page);
    await videos.goto();
    let failures = 0;
    await page.route(statusUrl, async (route) => {
      if (failures >= 2) return route.continue();
      failures++;
      await route.fulfill({
        status: 503,
        contentType: "application/json",
        headers: { "x-oneapi-request-id": "rid-e2e" },
        body: JSON.stringify({ code: "busy", message: "upstream busy", data: null }),
      });
    });
    const job = await videos.createJob("Retry me");
    await expect(job.getByTestId("video-retrying")).toContainText("HTTP 503: upstream busy · rid-e2e");
    await expect(job).toHaveAttribute("data-phase", "queued");
    await videos.waitForPhase(job, "completed", slow(30_000));
    await expect(job.getByTestId("video-retrying")).toHaveCount(0);
    expect(failures).toBe(2);
  });

  test("a hidden tab stops polling and resumes when visible", async ({ page }) => {
    const videos = new VideosPage(page);
    await videos.goto();
    let asked = 0;
    page.on("request", (r) => {
      if (statusUrl.test(r.url())) asked++;
    });
    const setVisibility = (state: string) =>
      page.evaluate((s) => {
        Object.defineProperty(document, "visibilityState", { value: s, configurable: true });
        document.dispatchEvent(new Event("visibilitychange"));
      }, state);
    // Hidden from the start: the create response arms the timer, whose ticks must then send nothing.
    await setVisibility("hidden");
    const job = await videos.createJob("Quiet while hidden");
    await page.waitForTimeout(5000);
    expect(asked).toBe(0);
    await setVisibility("visible");
    await videos.waitForPhase(job, "completed");
    expect(asked).toBeGreaterThan(0);
  });
});

test.describe("videos against the remote simulator", () => {
  test("ten jobs: one status request per job at a time, fewer than a fixed 1 s poll", async ({
    page,
    request,
  }) => {
    test.setTimeout(slow(90_000));
    const videos = new VideosPage(page);
    await videos.goto(urls.remote);
    await videos.saveKey("sk-simVideos10");
    await request.delete(`${urls.sim}/__sim/log`);
    for (let i = 1; i <= 10; i++) await videos.createJob(`Job number ${i}`, { seconds: "4" });
    for (const job of await videos.jobs.all()) await videos.waitForPhase(job, "completed", slow(30_000));

    const log = (await (await request.get(`${urls.sim}/__sim/log`)).json()) as LoggedRequest[];
    const creates = log.filter((e) => e.method === "POST" && e.path === "/v1/videos");
    const polls = log.filter((e) => e.method === "GET" && statusPath.test(e.path));
    expect(creates).toHaveLength(10);
    const byJob = new Map<string, typeof polls>();
    for (const e of polls) {
      const id = statusPath.exec(e.path)?.[1] ?? "";
      byJob.set(id, [...(byJob.get(id) ?? []), e]);
    }
    expect(byJob.size).toBe(10);
    for (const [id, entries] of byJob) {
      entries.sort((a, b) => a.startedAt - b.startedAt);
      for (let i = 1; i < entries.length; i++) {
        const prev = entries[i - 1];
        expect(entries[i]?.startedAt, `overlapping status requests for ${id}`).toBeGreaterThanOrEqual(
          prev?.endedAt ?? Number.POSITIVE_INFINITY,
        );
      }
    }
    // Tab-wide cap: never more than 4 status requests open at once.
    const edges = polls.flatMap((e) => [
      { t: e.startedAt, d: 1 },
      { t: e.endedAt ?? e.startedAt, d: -1 },
    ]);
    edges.sort((a, b) => a.t - b.t || a.d - b.d);
    let open = 0;
    let peak = 0;
    for (const edge of edges) {
      open += edge.d;
      peak = Math.max(peak, open);
    }
    expect(peak).toBeLessThanOrEqual(4);
    // A fixed 1 s poll asks at least once a second over each job's 4 s: 40 requests or more.
    const fixedPoll = 10 * 4;
    const perJob = [...byJob.values()].map((e) => e.length);
    test.info().annotations.push({
      type: "status requests",
      description: `${polls.length} for 10 jobs (per job ${perJob.join(",")}; peak concurrency ${peak}; fixed 1 s poll ≥ ${fixedPoll})`,
    });
    expect(polls.length).toBeLessThan(fixedPoll);
  });
});
