// Runs jobs with two limits: at most `concurrency` at once, and at most `perGroup` of one group (a
// vendor) at once. Jobs start in the order they were added, skipping one whose group is full.

export interface Job {
  key: string;
  group: string;
}

export interface Limits {
  concurrency: number;
  perGroup: number;
}

/** A job that resolves "again" is queued again (first in line): it was cut while the queue was held. */
export type RunJob = (job: Job, signal: AbortSignal) => Promise<unknown>;

export class LimitQueue {
  readonly #queue: Job[] = [];
  /** The keys in #queue: `has` is asked for each of the 600 cells a run queues. */
  readonly #queued = new Set<string>();
  readonly #active = new Map<string, { job: Job; controller: AbortController }>();
  readonly #limits: () => Limits;
  readonly #run: RunJob;
  readonly #onIdle: () => void;
  #held = false;

  /** `limits` is read each time a job could start, so a change applies to the next start. */
  constructor(limits: () => Limits, run: RunJob, onIdle: () => void = () => undefined) {
    this.#limits = limits;
    this.#run = run;
    this.#onIdle = onIdle;
  }

  get busy(): boolean {
    return this.#active.size > 0 || this.#queue.length > 0;
  }

  has(key: string): boolean {
    return this.#active.has(key) || this.#queued.has(key);
  }

  /** Queues jobs not already queued or running. */
  add(jobs: readonly Job[]) {
    for (const job of jobs) {
      if (this.has(job.key)) continue;
      this.#queue.push(job);
      this.#queued.add(job.key);
    }
    this.#pump();
  }

  /** No job starts until release() (the page is being left); a job cut meanwhile waits queued. */
  get held(): boolean {
    return this.#held;
  }

  hold = () => {
    this.#held = true;
  };

  release = () => {
    if (!this.#held) return;
    this.#held = false;
    this.#pump();
  };

  /** Drops the queue and aborts every running job. */
  stop() {
    this.#queue.length = 0;
    this.#queued.clear();
    for (const { controller } of this.#active.values()) controller.abort();
    if (this.#active.size === 0) this.#onIdle();
  }

  #groupCount(group: string): number {
    let n = 0;
    for (const { job } of this.#active.values()) if (job.group === group) n++;
    return n;
  }

  #pump() {
    const { concurrency, perGroup } = this.#limits();
    const max = Math.max(1, Math.floor(concurrency));
    const maxGroup = Math.max(1, Math.floor(perGroup));
    while (!this.#held && this.#active.size < max) {
      const index = this.#queue.findIndex((j) => this.#groupCount(j.group) < maxGroup);
      if (index < 0) break;
      const [job] = this.#queue.splice(index, 1);
      if (!job) continue;
      this.#queued.delete(job.key);
      this.#start(job);
    }
    if (!this.busy) this.#onIdle();
  }

  #start(job: Job) {
    const controller = new AbortController();
    this.#active.set(job.key, { job, controller });
    void this.#run(job, controller.signal)
      .catch(() => undefined)
      .then((result) => {
        this.#active.delete(job.key);
        if (result === "again" && !controller.signal.aborted) {
          this.#queue.unshift(job);
          this.#queued.add(job.key);
        }
        this.#pump();
      });
  }
}
