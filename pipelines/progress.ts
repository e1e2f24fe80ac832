/**
 * Progress of a pipeline run: a bar (done/total, rate, ETA) on a terminal, one plain line per file
 * otherwise (logs, CI, docker), so a non-interactive run still shows where it is.
 */
import cliProgress from 'cli-progress';
import type { FileResult } from './result.js';

export interface Progress {
  done(result: FileResult): void;
  stop(): void;
}

function describe(result: FileResult): string {
  switch (result.status) {
    case 'processed':
      return `processed ${result.path} -> ${result.recordId}.json`;
    case 'unchanged':
      return result.known ? `unchanged ${result.path} (same content as ${result.recordId}.json)` : `unchanged ${result.path}`;
    case 'failed':
      return `failed    ${result.path}: ${result.reason}`;
    case 'gone':
      return `gone      ${result.path} (deleted or moved before it was read)`;
    case 'queued':
      return `queued    ${result.path}`;
  }
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
        if (result.status === 'failed') stream.write(`\r\x1b[K${describe(result)}\n`);
        bar.increment(1, { rate: rate().toFixed(1), last: result.path.length > 50 ? `...${result.path.slice(-47)}` : result.path });
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
