/**
 * Progress of a pipeline run: a bar (done/total, rate, ETA) on a terminal, one plain line per file
 * otherwise (logs, CI, docker), so a non-interactive run still shows where it is.
 */
import cliProgress from 'cli-progress';
import { shown } from '../src/util/shown.js';
import type { FileResult } from './result.js';

export interface Progress {
  done(result: FileResult): void;
  stop(): void;
}

/** One line for one file; the name and the reason escaped, so neither can forge or wipe a line. */
function describe(result: FileResult): string {
  const name = shown(result.path);
  switch (result.status) {
    case 'processed':
      return `processed ${name} -> ${result.recordId}.json`;
    case 'unchanged':
      return result.known ? `unchanged ${name} (same content as ${result.recordId}.json)` : `unchanged ${name}`;
    case 'failed':
      return `failed    ${name}: ${shown(result.reason)}`;
    case 'gone':
      return `gone      ${name} (deleted or moved before it was read)`;
    case 'queued':
      return `queued    ${name}`;
    case 'skipped':
      return `not read  ${name}: ${shown(result.detail)}`;
  }
}

function shownTail(file: string): string {
  const name = shown(file);
  return name.length > 50 ? `...${name.slice(-47)}` : name;
}

function formatSeconds(s: number): string {
  if (!Number.isFinite(s)) return '?';
  if (s < 90) return `${Math.round(s)}s`;
  if (s < 5400) return `${Math.round(s / 60)}m`;
  return `${(s / 3600).toFixed(1)}h`;
}

export function createProgress(total: number, stream: NodeJS.WriteStream = process.stderr): Progress {
  const started = Date.now();
  let count = 0;
  const rate = () => count / Math.max(0.001, (Date.now() - started) / 1000);

  if (stream.isTTY) {
    const bar = new cliProgress.SingleBar(
      { format: ' {bar} {value}/{total} | {rate} files/s | ETA {eta_formatted} | {last}', stream, etaBuffer: 50, hideCursor: true },
      cliProgress.Presets.shades_classic,
    );
    bar.start(total, 0, { rate: '0.0', last: '' });
    return {
      done(result) {
        count++;
        // failures stay on screen above the bar; the bar only shows the latest file
        if (result.status === 'failed' || result.status === 'skipped') stream.write(`\r\x1b[K${describe(result)}\n`);
        bar.increment(1, { rate: rate().toFixed(1), last: shownTail(result.path) });
      },
      stop: () => bar.stop(),
    };
  }
  return {
    done(result) {
      count++;
      const eta = (total - count) / rate();
      stream.write(`[${count}/${total}] ${describe(result)} (${rate().toFixed(1)} files/s, ETA ${formatSeconds(eta)})\n`);
    },
    stop() {},
  };
}

export { describe as describeResult };
