import { type ChildProcess, spawn } from "node:child_process";
import { openSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

export interface Started {
  name: string;
  child: ChildProcess;
  pid: number;
  log: string;
}

const started: Started[] = [];
// Kernel clock ticks per second (`getconf CLK_TCK`), 100 on every Linux this runs on.
const CLK_TCK = 100;

/** Starts a long-running server in its own process group (so stopping it stops its children too). */
export function startProcess(
  name: string,
  cmd: string,
  args: string[],
  opts: { cwd?: string; env?: Record<string, string>; logDir: string },
): Started {
  const log = join(opts.logDir, `${name}.log`);
  const fd = openSync(log, "w");
  const child = spawn(cmd, args, {
    cwd: opts.cwd,
    env: { ...process.env, ...opts.env },
    stdio: ["ignore", fd, fd],
    detached: true,
  });
  if (child.pid === undefined) throw new Error(`could not start ${name}`);
  const s: Started = { name, child, pid: child.pid, log };
  started.push(s);
  return s;
}

export async function stopProcess(s: Started): Promise<void> {
  const i = started.indexOf(s);
  if (i >= 0) started.splice(i, 1);
  if (s.child.exitCode !== null || s.child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => s.child.once("exit", () => resolve()));
  try {
    process.kill(-s.pid, "SIGTERM");
  } catch {
    return;
  }
  const timer = setTimeout(() => {
    try {
      process.kill(-s.pid, "SIGKILL");
    } catch {
      // already gone
    }
  }, 5000);
  await exited;
  clearTimeout(timer);
}

export async function stopAll(): Promise<void> {
  await Promise.all([...started].reverse().map((s) => stopProcess(s)));
}

/** Polls a URL until it answers (any status below 500) or the timeout passes. */
export async function waitForUrl(url: string, timeoutMs = 120_000, s?: Started): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    if (s && s.child.exitCode !== null) throw new Error(`${s.name} exited early; see ${s.log}`);
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
      await res.body?.cancel();
      if (res.status < 500) return;
    } catch {
      // not up yet
    }
    if (Date.now() > until) throw new Error(`${url} did not come up within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

function descendants(pid: number): number[] {
  const out = [pid];
  try {
    for (const task of readdirSync(`/proc/${pid}/task`)) {
      const kids = readFileSync(`/proc/${pid}/task/${task}/children`, "utf8").trim();
      for (const k of kids ? kids.split(/\s+/) : []) out.push(...descendants(Number(k)));
    }
  } catch {
    // process gone
  }
  return out;
}

/**
 * The process that serves HTTP: `next start` forks a `next-server` child (its title), so prefer that
 * one; other servers are the process itself.
 */
export function serverPid(pid: number): number {
  for (const p of descendants(pid)) {
    try {
      if (readFileSync(`/proc/${p}/cmdline`, "utf8").startsWith("next-server")) return p;
    } catch {
      // exited
    }
  }
  return pid;
}

/** User + system CPU time of a process tree in ms, from /proc/<pid>/stat (10 ms ticks). */
export function cpuMs(pid: number): number {
  let ticks = 0;
  for (const p of descendants(pid)) {
    try {
      const stat = readFileSync(`/proc/${p}/stat`, "utf8");
      // Fields after the parenthesised command name: state is field 3, utime 14, stime 15.
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // exited between listing and reading
    }
  }
  return (ticks * 1000) / CLK_TCK;
}

/** Resident memory of a process tree in MB, from VmRSS in /proc/<pid>/status. */
export function rssMb(pid: number): number {
  let kb = 0;
  for (const p of descendants(pid)) {
    try {
      const m = /VmRSS:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${p}/status`, "utf8"));
      kb += Number(m?.[1] ?? 0);
    } catch {
      // exited
    }
  }
  return kb / 1024;
}

/** 1-minute load average and core count, to print next to every figure. */
export function machine(): { cores: number; load1: number; memGb: number; cpu: string } {
  const load1 = Number(readFileSync("/proc/loadavg", "utf8").split(" ")[0]);
  const cpuinfo = readFileSync("/proc/cpuinfo", "utf8");
  const cpu = /model name\s*:\s*(.+)/.exec(cpuinfo)?.[1]?.trim() ?? "unknown CPU";
  const cores = (cpuinfo.match(/^processor\s*:/gm) ?? []).length;
  const memKb = Number(/MemTotal:\s+(\d+)/.exec(readFileSync("/proc/meminfo", "utf8"))?.[1] ?? 0);
  return { cores, load1, memGb: Math.round(memKb / 1024 / 1024), cpu };
}
