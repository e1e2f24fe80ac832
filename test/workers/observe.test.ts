/**
 * Operations: a real `protokoll worker` and `protokoll watch` with --metrics-port serve /healthz
 * and Prometheus /metrics (documents processed and failed, extraction seconds, queue depth), and
 * log one JSON line per event through pino, one per failure, names escaped, no document text.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger, prettyLine } from '../../src/observe/log.js';
import { Metrics } from '../../src/observe/metrics.js';
import { startObserveServer } from '../../src/observe/server.js';
import { envFor, startWorker, type Worker } from '../faults/support/processes.js';
import { freePort } from '../faults/support/redis-server.js';
import { CORRUPT_DOCX, REPO, SAMPLES, removeDir, tempDir } from '../pipelines/support.js';
import { collector } from '../hardening/support/streams.js';
import { CLI, REDIS_URL, ensureBuilt, removePrefix, runCli, testPrefix } from './support.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
async function get(port: number, route: string): Promise<{ status: number; body: string }> {
  const res = await fetch(`http://127.0.0.1:${port}${route}`);
  return { status: res.status, body: await res.text() };
}
/** A metric's value from Prometheus text, by its name with labels as written. */
function value(text: string, series: string): number {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line ? Number(line.slice(series.length + 1)) : NaN;
}

describe('the observe server and the logger', () => {
  it('serves /healthz as the check says, /metrics as Prometheus text, and nothing else', async () => {
    const metrics = new Metrics({ defaults: false, queueDepths: async () => ({ extract: { waiting: 3, active: 1 } }) });
    let ok = true;
    const server = await startObserveServer({ port: 0, host: '127.0.0.1', metrics, health: async () => ({ ok, checks: { redis: ok ? 'ok' : 'does not answer' } }) });
    try {
      expect(await get(server.port, '/healthz')).toEqual({ status: 200, body: '{"status":"ok","redis":"ok"}' });
      ok = false;
      expect(await get(server.port, '/healthz')).toEqual({ status: 503, body: '{"status":"failing","redis":"does not answer"}' });
      metrics.observe('processed', 0.3);
      metrics.observe('failed', 1.2);
      const text = (await get(server.port, '/metrics')).body;
      expect(value(text, 'protokoll_documents_processed_total{outcome="processed"}')).toBe(1);
      expect(value(text, 'protokoll_documents_processed_total{outcome="skipped"}')).toBe(0);
      expect(value(text, 'protokoll_documents_failed_total')).toBe(1);
      expect(value(text, 'protokoll_extraction_seconds_count')).toBe(2);
      expect(value(text, 'protokoll_extraction_seconds_bucket{le="0.5"}')).toBe(1);
      expect(value(text, 'protokoll_queue_depth{queue="extract",state="waiting"}')).toBe(3);
      expect((await get(server.port, '/etc/passwd')).status).toBe(404);
    } finally {
      await server.close();
    }
  });

  it('writes JSON lines in services and a short readable line on a terminal, escaped', () => {
    const out = collector();
    const logger = createLogger({ service: 'watch', format: 'json', stream: out.stream, env: {} });
    logger.warn({ file: 'a\nb.txt' }, 'failed a\nb.txt: damaged');
    logger.debug('not shown at info');
    const lines = out.text().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toMatchObject({ level: 40, service: 'watch', file: 'a\nb.txt', msg: 'failed a\nb.txt: damaged' });
    expect(prettyLine(lines[0]!)).toMatch(/^\d\d:\d\d:\d\d WARN  failed a\\nb\.txt: damaged file=a\\nb\.txt$/);
    expect(() => createLogger({ service: 'x', env: { PROTOKOLL_LOG_LEVEL: 'loud' } })).toThrow(/PROTOKOLL_LOG_LEVEL must be one of/);
  });
});

describe('a worker and a watcher with --metrics-port', { timeout: 120_000 }, () => {
  const prefix = testPrefix('observe');
  let base = '';
  const workers: Worker[] = [];
  beforeAll(async () => {
    await ensureBuilt();
    base = tempDir('observe');
  }, 180_000);
  afterAll(async () => {
    await Promise.all(workers.map((w) => w.stop('SIGKILL')));
    await removePrefix(prefix);
    removeDir(base);
  });

  it('the worker counts what it processed and failed, times extraction, shows the queues, and logs each failure once', async () => {
    const port = await freePort();
    const w = await startWorker(envFor(REDIS_URL, prefix), ['--concurrency', '1', '--metrics-port', String(port)]);
    workers.push(w);
    const health = await get(port, '/healthz');
    expect(health.status).toBe(200);
    expect(JSON.parse(health.body)).toEqual({ status: 'ok', redis: 'ok', workers: 'running' });

    const input = path.join(base, 'in');
    mkdirSync(input);
    copyFileSync(path.join(SAMPLES, 'text', '000_7b52d196786977c7.txt'), path.join(input, 'bra.txt'));
    writeFileSync(path.join(input, 'trasig.docx'), CORRUPT_DOCX);
    const run = await runCli(['import', input, '--out', path.join(base, 'records')], envFor(REDIS_URL, prefix), 60_000);
    expect(run.stdout).toMatch(/^processed 1, unchanged 0, failed 1$/m);

    const text = (await get(port, '/metrics')).body;
    expect(value(text, 'protokoll_documents_processed_total{outcome="processed"}')).toBe(1);
    expect(value(text, 'protokoll_documents_failed_total')).toBe(1);
    expect(value(text, 'protokoll_extraction_seconds_count')).toBe(2);
    expect(value(text, 'protokoll_queue_depth{queue="extract",state="waiting"}')).toBe(0);
    expect(text).toMatch(/^protokoll_process_resident_memory_bytes \d+/m);

    // JSON lines; the failure once (not once by the extract job and again by the store job)
    const lines = w.log().trim().split('\n').map((l) => JSON.parse(l) as { level: number; msg: string; service: string });
    expect(lines.every((l) => l.service === 'worker')).toBe(true);
    expect(lines.filter((l) => l.msg.includes('trasig.docx'))).toEqual([expect.objectContaining({ level: 40, msg: expect.stringMatching(/^failed .*trasig\.docx: the file is named \.docx but is not a Word document/) })]);
    // no document text at info: the minutes' words are nowhere in the log
    const minutesWords = readFileSync(path.join(input, 'bra.txt'), 'utf8').split(/\s+/).filter((word) => word.length > 12);
    for (const word of minutesWords.slice(0, 20)) expect(w.log()).not.toContain(word);
  });

  it('the watcher answers /healthz while its folder is there, and counts what it read', async () => {
    const port = await freePort();
    const drop = path.join(base, 'drop');
    mkdirSync(drop);
    const env = envFor(REDIS_URL, prefix);
    delete env.REDIS_URL; // in-process
    const child = spawn(process.execPath, [CLI, 'watch', drop, '--out', path.join(base, 'records-watch'), '--settle', '200', '--metrics-port', String(port), '--concurrency', '1'], { cwd: REPO, env });
    let log = '';
    child.stderr.on('data', (d: Buffer) => (log += d.toString()));
    try {
      const end = Date.now() + 30_000;
      while (!log.includes('/healthz and /metrics on port')) {
        if (Date.now() > end) throw new Error(`watch did not start:\n${log}`);
        await sleep(50);
      }
      expect(JSON.parse((await get(port, '/healthz')).body)).toEqual({ status: 'ok', folder: 'ok', redis: 'not used' });
      copyFileSync(path.join(SAMPLES, 'text', '000_7b52d196786977c7.txt'), path.join(drop, 'bra.txt'));
      writeFileSync(path.join(drop, 'anteckning.md'), '# inte protokoll');
      while (!/processed .*bra\.txt/.test(log)) {
        if (Date.now() > end) throw new Error(`nothing processed:\n${log}`);
        await sleep(50);
      }
      const text = (await get(port, '/metrics')).body;
      expect(value(text, 'protokoll_documents_processed_total{outcome="processed"}')).toBe(1);
      expect(value(text, 'protokoll_documents_processed_total{outcome="skipped"}')).toBe(1);
      expect(value(text, 'protokoll_extraction_seconds_count')).toBe(1);
      removeDir(drop);
      expect((await get(port, '/healthz')).status).toBe(503);
    } finally {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    }
  });
});
