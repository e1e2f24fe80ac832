/**
 * A concurrency pool: at most `limit` tasks run at once, the rest wait their turn in order.
 * The in-process pipelines run every file through it, so a folder of thousands of files holds
 * only `limit` files' bytes in memory at a time.
 */
export class ConcurrencyPool {
  private running = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(readonly limit: number) {
    if (!Number.isInteger(limit) || limit < 1) throw new Error(`concurrency must be a whole number of at least 1, not ${limit}`);
  }

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.running >= this.limit) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.running++;
    try {
      return await task();
    } finally {
      this.running--;
      this.waiting.shift()?.();
    }
  }

  get active(): number {
    return this.running;
  }
}
