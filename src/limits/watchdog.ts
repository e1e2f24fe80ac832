/**
 * The memory watchdog: the backstop that stops extraction at its memory limit wherever the bytes
 * live. A thread's resourceLimits bound only its V8 heap; pdf.js's decoded streams and images,
 * zlib's and the readers' buffers are ArrayBuffers outside it. The watchdog samples the process's
 * resident memory from the main thread (which is idle while threads parse) and, when it passes
 * what the extraction threads are allowed, calls `onBreach` so the busy threads are stopped.
 *
 * Allowed: the process's memory before any thread started, plus, for each live extraction
 * thread, the memory limit and what a loaded thread takes before it reads anything (its code,
 * pdf.js; measured 115-140 MB resident, of which the heap part, the Swedish word list, already counts against the limit: THREAD_BASE_MB). With N threads the
 * threads together may use N times that, which is what the machine was sized for.
 */

/** What a loaded extraction thread takes outside its heap limit (its code, pdf.js, buffers): 100 MB. */
export const THREAD_BASE_MB = 100;

export interface WatchdogOptions {
  /** the limit per extraction thread, in MiB */
  limitMb: number;
  /** live extraction threads (each is allowed limitMb) */
  threads: () => number;
  /** documents being read right now: no breach is called while there are none */
  busy: () => number;
  onBreach: (rssMb: number, allowedMb: number) => void;
  /** ms between samples (default 100: pdf.js inflates about 1 GB/s, so overshoot is ~100 MB) */
  intervalMs?: number;
  /** resident memory in bytes (default: this process's) */
  sample?: () => number;
  /** what a loaded thread takes on top of the limit, in MiB (default THREAD_BASE_MB) */
  threadBaseMb?: number;
}

const MIB = 1024 * 1024;

export class MemoryWatchdog {
  private timer: NodeJS.Timeout | undefined;
  private readonly baselineMb: number;
  /** the highest resident memory seen, in MiB (measurements) */
  peakMb = 0;

  constructor(private readonly opts: WatchdogOptions) {
    this.baselineMb = this.sampleMb();
  }

  private sampleMb(): number {
    return (this.opts.sample ?? process.memoryUsage.rss)() / MIB;
  }

  get allowedMb(): number {
    return this.baselineMb + Math.max(1, this.opts.threads()) * (this.opts.limitMb + (this.opts.threadBaseMb ?? THREAD_BASE_MB));
  }

  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => this.check(), this.opts.intervalMs ?? 100);
    // the watchdog never keeps a process alive on its own
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  /** One look (the timer calls it; tests may too). True when it called onBreach. */
  check(): boolean {
    const rssMb = this.sampleMb();
    this.peakMb = Math.max(this.peakMb, rssMb);
    if (this.opts.busy() === 0) return false;
    const allowed = this.allowedMb;
    if (rssMb <= allowed) return false;
    this.opts.onBreach(rssMb, allowed);
    return true;
  }
}
