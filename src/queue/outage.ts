/**
 * Redis going away, said once in plain words. BullMQ and ioredis reconnect on their own; without
 * a listener each failed attempt of each connection printed a Node error dump (thirty in one
 * `import`). Every connection's errors come here instead: the first says "Redis at … does not
 * answer; retrying …", the rest of that outage are silent, and "answers again" ends it.
 * `waitUntilReachable` is the same at start: one line, then retries, for services for ever and for
 * one-off commands up to a time limit. A refused password or certificate is no outage: it fails
 * at once, since retrying cannot help.
 */
import { redactUrl } from './config.js';

/** Errors that mean "not there (yet)": worth waiting for. Anything else (WRONGPASS, TLS) is not. */
const TRANSIENT = /ECONNREFUSED|ECONNRESET|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|ENOTFOUND|EAI_AGAIN|EPIPE|Connection is closed|connect ETIMEDOUT|Socket closed|LOADING|max retries per request/i;

export function isOutage(error: unknown): boolean {
  return TRANSIENT.test(error instanceof Error ? `${(error as NodeJS.ErrnoException).code ?? ''} ${error.message}` : String(error));
}

function reasonOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  const message = error instanceof Error ? error.message : String(error);
  return code && !message.includes(code) ? `${code}: ${message}` : message;
}

export class RedisOutage {
  private down = false;
  private lastOther = '';
  private probing: NodeJS.Timeout | undefined;

  constructor(
    private readonly url: string,
    private readonly say: (line: string, level: 'warn' | 'info') => void,
    /** asks Redis once (a PING on a connection of its own); during an outage, every 2 s */
    private readonly probe?: () => Promise<void>,
  ) {}

  private startProbing(): void {
    if (!this.probe || this.probing) return;
    this.probing = setInterval(() => {
      this.probe!().then(this.onReady, () => undefined);
    }, 2000);
    this.probing.unref();
  }

  stop(): void {
    clearInterval(this.probing);
    this.probing = undefined;
  }

  /** The listener every Queue, Worker, FlowProducer and QueueEvents gets for 'error'. */
  readonly onError = (error: unknown): void => {
    if (isOutage(error)) {
      if (this.down) return;
      this.down = true;
      this.startProbing();
      this.say(`Redis at ${redactUrl(this.url)} does not answer (${reasonOf(error)}); retrying in 1 s, then up to every 20 s, until it does`, 'warn');
      return;
    }
    // other errors (a script error, a refused command) once each, not once per retry
    const line = `Redis at ${redactUrl(this.url)}: ${reasonOf(error)}`;
    if (line === this.lastOther) return;
    this.lastOther = line;
    this.say(line, 'warn');
  };

  /** Called when a connection is ready again (or a command succeeded after an outage). */
  readonly onReady = (): void => {
    if (!this.down) return;
    this.down = false;
    this.stop();
    this.say(`Redis at ${redactUrl(this.url)} answers again`, 'info');
  };

  get isDown(): boolean {
    return this.down;
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface WaitOptions {
  say: (line: string, level: 'warn' | 'info') => void;
  /** give up after this long (ms); default: never (services) */
  giveUpAfterMs?: number;
  /** first wait between tries (ms), doubled up to maxDelayMs */
  delayMs?: number;
  maxDelayMs?: number;
}

/**
 * Resolves once `check` succeeds. A transient failure is said once, then retried quietly with
 * growing waits; a permanent one (wrong password, bad certificate) or the time running out
 * rejects with the check's own plain error.
 */
export async function waitUntilReachable(url: string, check: () => Promise<void>, opts: WaitOptions): Promise<void> {
  const started = Date.now();
  let delay = opts.delayMs ?? 1000;
  let said = false;
  for (;;) {
    try {
      await check();
      if (said) opts.say(`Redis at ${redactUrl(url)} answers now`, 'info');
      return;
    } catch (error) {
      if (!isOutage(error)) throw error;
      const left = (opts.giveUpAfterMs ?? Infinity) - (Date.now() - started);
      if (left <= 0) throw error;
      if (!said) {
        const until = Number.isFinite(left) ? `for up to ${Math.round(left / 1000)} s` : 'until it does';
        opts.say(`Redis at ${redactUrl(url)} does not answer (${reasonOf(error).replace(/^cannot reach Redis at \S+: /, '')}); retrying in ${Math.round(delay / 1000)} s, ${until}`, 'warn');
        said = true;
      }
      await sleep(Math.min(delay, left));
      delay = Math.min(delay * 2, opts.maxDelayMs ?? 10_000);
    }
  }
}

/** How long one-off commands (import, schedule) wait for Redis: $PROTOKOLL_REDIS_WAIT_SECONDS or 30 s. */
export function redisWaitMs(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.PROTOKOLL_REDIS_WAIT_SECONDS?.trim();
  if (!raw) return 30_000;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < 0) throw new Error(`PROTOKOLL_REDIS_WAIT_SECONDS must be a number of seconds, not "${raw}"`);
  return n * 1000;
}
