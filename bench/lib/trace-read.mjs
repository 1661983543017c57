// Reading a Chromium trace (bench/lib/trace.mjs): the page's main thread and its top-level tasks, each
// with a wall time (`dur`) and the thread's own CPU time (`tdur`). On a loaded machine the renderer is
// preempted mid-task, so wall times swing with the load; CPU times much less.

/** The page's main thread: of the renderers' main threads (a trace can hold several), the busiest. */
export function pageMainThread(events) {
  const mains = events.filter(
    (e) => e.ph === "M" && e.name === "thread_name" && e.args?.name === "CrRendererMain",
  );
  const counts = new Map(mains.map((m) => [`${m.pid}:${m.tid}`, 0]));
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    if (e.ph === "X" && counts.has(key)) counts.set(key, counts.get(key) + 1);
  }
  const main = mains.sort((a, b) => counts.get(`${b.pid}:${b.tid}`) - counts.get(`${a.pid}:${a.tid}`))[0];
  if (!main) throw new Error("no CrRendererMain thread in the trace");
  return main;
}

export const isTask = (e) => e.name === "RunTask" || e.name === "ThreadControllerImpl::RunTask";
/** A task's CPU time in µs (its wall time where the trace has none). */
export const cpuOf = (e) => e.tdur ?? e.dur;

/** Complete events of the main thread in time order, and its top-level tasks (nested ones dropped). */
export function mainThreadTasks(events) {
  const main = pageMainThread(events);
  const onMain = events
    .filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === "X" && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const tasks = [];
  for (const t of onMain.filter(isTask)) {
    const last = tasks.at(-1);
    if (!last || t.ts >= last.ts + last.dur) tasks.push(t);
  }
  return { main, onMain, tasks };
}

/** CPU figures of the tasks that start in [from, to] (µs, trace clock; all when not given). */
export function cpuSummary(tasks, from = -Infinity, to = Infinity) {
  const inRange = tasks.filter((t) => t.ts >= from && t.ts <= to);
  const cpu = inRange.map(cpuOf);
  return {
    tasks: inRange.length,
    cpuMs: cpu.reduce((s, c) => s + c, 0) / 1000,
    longestCpuMs: cpu.reduce((m, c) => Math.max(m, c), 0) / 1000,
    over50CpuMs: cpu.filter((c) => c > 50_000).length,
  };
}
