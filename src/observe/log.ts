/**
 * Structured logs for the long-running services (worker, watch, schedule): pino, JSON lines by
 * default (what docker, journald and a log shipper want), a short readable line on a terminal.
 * Levels from PROTOKOLL_LOG_LEVEL (debug, info, warn, error; default info). Rules, kept by the
 * callers: one line per failure, file names and reasons only, never document content at info.
 */
import { Writable } from 'node:stream';
import { pino, type Logger, type LevelWithSilent } from 'pino';
import { shown } from '../util/shown.js';

export type { Logger } from 'pino';

const LEVELS: readonly LevelWithSilent[] = ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'];

export interface LoggerOptions {
  /** "worker", "watch", "schedule": the `service` field of every line */
  service: string;
  /** default: $PROTOKOLL_LOG_LEVEL or info */
  level?: string;
  /** "json" or "pretty"; default: pretty on a terminal, JSON otherwise ($PROTOKOLL_LOG_FORMAT beats both) */
  format?: 'json' | 'pretty';
  /** default: stderr (stdout stays for a command's own output) */
  stream?: NodeJS.WritableStream & { isTTY?: boolean };
  env?: NodeJS.ProcessEnv;
}

export function logLevelFrom(value: string | undefined): LevelWithSilent {
  const level = (value ?? 'info').trim().toLowerCase();
  if (!(LEVELS as string[]).includes(level)) throw new Error(`PROTOKOLL_LOG_LEVEL must be one of ${LEVELS.join(', ')}, not "${value}"`);
  return level as LevelWithSilent;
}

const LABELS: Record<number, string> = { 10: 'TRACE', 20: 'DEBUG', 30: 'INFO', 40: 'WARN', 50: 'ERROR', 60: 'FATAL' };
const OMITTED = new Set(['level', 'time', 'msg', 'pid', 'hostname', 'service']);

/** One JSON line from pino as "12:03:04 WARN  message key=value", names escaped. */
export function prettyLine(json: string): string {
  let entry: Record<string, unknown>;
  try {
    entry = JSON.parse(json) as Record<string, unknown>;
  } catch {
    return shown(json);
  }
  const time = typeof entry.time === 'number' || typeof entry.time === 'string' ? new Date(entry.time).toISOString().slice(11, 19) : '';
  const label = (LABELS[entry.level as number] ?? String(entry.level)).padEnd(5);
  const extra = Object.entries(entry)
    .filter(([k]) => !OMITTED.has(k))
    .map(([k, v]) => `${k}=${typeof v === 'string' ? v : JSON.stringify(v)}`);
  return shown([time, label, String(entry.msg ?? ''), ...extra].filter(Boolean).join(' '));
}

function prettyStream(out: NodeJS.WritableStream): Writable {
  let rest = '';
  return new Writable({
    write(chunk: Buffer, _encoding, done) {
      const lines = (rest + chunk.toString('utf8')).split('\n');
      rest = lines.pop() ?? '';
      for (const line of lines) if (line) out.write(`${prettyLine(line)}\n`);
      done();
    },
  });
}

export function createLogger(opts: LoggerOptions): Logger {
  const env = opts.env ?? process.env;
  const stream = opts.stream ?? process.stderr;
  const wanted = opts.format ?? (env.PROTOKOLL_LOG_FORMAT === 'json' || env.PROTOKOLL_LOG_FORMAT === 'pretty' ? env.PROTOKOLL_LOG_FORMAT : undefined);
  const format = wanted ?? (stream.isTTY ? 'pretty' : 'json');
  const level = logLevelFrom(opts.level ?? env.PROTOKOLL_LOG_LEVEL);
  const destination = format === 'pretty' ? prettyStream(stream) : stream;
  return pino({ level, base: { service: opts.service, pid: process.pid }, timestamp: pino.stdTimeFunctions.isoTime }, destination);
}
