#!/usr/bin/env node
/**
 * bench-web.mjs: response times of the web app's pages and JSON API at 10,000 meetings on SQLite.
 *
 *   npm run build && node scripts/bench-web.mjs [--meetings 10000] [--runs 60] [--records DIR] [--only TEXT]
 *
 * The archive is bench-store.mjs's (the same seeded generator: the samples' agenda items mixed
 * into N meetings with made-up staff): without --records, bench-store is run once with --keep to
 * write and index it into a temporary folder. Then `protokoll serve`'s app is started on that
 * store and each page and API call is requested over HTTP, the kinds taking turns in every round
 * (so a noisy moment hits them all alike), after a warm-up; p50/p95/max per kind in milliseconds,
 * then the p95s against the goal (issue 8: < 150 ms).
 */
import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = (p) => path.join(root, 'dist', 'src', p);
const GOAL_MS = 150;

function argValue(name, fallback) {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : fallback;
}
const MEETINGS = Number(argValue('--meetings', '10000'));
const RUNS = Number(argValue('--runs', '60'));
/** only the kinds whose name holds this text ("Sök", "api:") */
const ONLY = argValue('--only', null);

async function archive() {
  const given = argValue('--records', null);
  if (given) return { dir: path.resolve(given), made: false };
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'protokoll-bench-web-'));
  process.stdout.write(`writing ${MEETINGS} meetings with bench-store.mjs's generator into ${dir} ...\n`);
  await promisify(execFile)(process.execPath, [path.join(root, 'scripts', 'bench-store.mjs'), '--meetings', String(MEETINGS), '--no-pg', '--keep', dir, '--queries', '20', '--followup-runs', '1'], { maxBuffer: 1 << 24 });
  return { dir, made: true };
}

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}
const fmt = (ms) => `${ms.toFixed(1)} ms`;

async function main() {
  await fs.access(dist('web/start.js')).catch(() => {
    process.stderr.write('bench-web: dist/ is missing; run "npm run build" first\n');
    process.exit(2);
  });
  const [{ openStore }, { syncRecords }, { createWebApp }] = await Promise.all([import(dist('store/store.js')), import(dist('store/sync.js')), import(dist('web/start.js'))]);
  const { dir, made } = await archive();
  const store = await openStore({ recordsDir: dir, databaseUrl: null });
  // as `protokoll serve` does: a store of an older version is rebuilt from the records first
  const t0 = performance.now();
  const synced = await syncRecords(store);
  if (synced.indexed) process.stdout.write(`indexed ${synced.indexed} records in ${((performance.now() - t0) / 1000).toFixed(0)} s\n`);
  const { app } = await createWebApp({ store, host: '127.0.0.1', uploadsDir: false });
  try {
    await app.listen({ host: '127.0.0.1', port: 0 });
    const base = `http://127.0.0.1:${app.server.address().port}`;
    const [{ n }] = await store.db.all('SELECT COUNT(*) AS n FROM meetings WHERE listed = 1');
    const meetingIds = (await store.db.all('SELECT id FROM meetings WHERE listed = 1 ORDER BY id LIMIT 50')).map((r) => r.id);
    process.stdout.write(`web benchmark: ${n} meetings in ${path.join(dir, 'protokoll.sqlite')}, ${RUNS} rounds\n`);

    const words = ['beslut', 'budget', 'arbetsmiljö', 'rekrytering', '"signs of safety"', 'lokaler', 'uppdrag', 'internannons'];
    const owners = ['HR-chef', 'KH', 'Stabschef', 'Karolina Håkansson'];
    const kinds = {
      'page: Sök (empty)': () => '/',
      'page: Sök with query': (i) => `/?q=${encodeURIComponent(words[i % words.length])}`,
      'page: Sök, filters': (i) => `/?q=${encodeURIComponent(words[i % words.length])}&body=FLG&from=2020&decisions=1`,
      'page: Sök with owner': (i) => `/?q=${encodeURIComponent(words[i % words.length])}&owner=${encodeURIComponent(owners[i % owners.length])}`,
      'page: Uppföljning open': () => '/followup?status=open',
      'page: Uppföljning owner': (i) => `/followup?status=all&owner=${encodeURIComponent(owners[i % owners.length])}`,
      'page: Uppföljning overdue': () => '/followup?status=overdue&today=2025-02-01',
      'page: Möte': (i) => `/meetings/${meetingIds[i % meetingIds.length]}`,
      'api: search': (i) => `/api/search?q=${encodeURIComponent(words[i % words.length])}`,
      'api: search with owner': (i) => `/api/search?q=${encodeURIComponent(words[i % words.length])}&owner=${encodeURIComponent(owners[i % owners.length])}`,
      'api: followup owner': (i) => `/api/followup?owner=${encodeURIComponent(owners[i % owners.length])}&status=all`,
      'api: followup overdue': () => '/api/followup?status=overdue&today=2025-02-01',
      'api: meeting': (i) => `/api/meetings/${meetingIds[i % meetingIds.length]}`,
    };
    for (const kind of Object.keys(kinds)) if (ONLY && !kind.includes(ONLY)) delete kinds[kind];
    const times = Object.fromEntries(Object.keys(kinds).map((k) => [k, []]));
    const bytes = Object.fromEntries(Object.keys(kinds).map((k) => [k, 0]));
    for (let round = -5; round < RUNS; round++) {
      for (const [kind, url] of Object.entries(kinds)) {
        const t0 = performance.now();
        const response = await fetch(base + url(Math.max(0, round)), { headers: { 'accept-language': 'sv' } });
        const body = await response.arrayBuffer();
        const ms = performance.now() - t0;
        if (!response.ok) throw new Error(`${url(0)} answered ${response.status}`);
        if (round >= 0) {
          times[kind].push(ms);
          bytes[kind] = body.byteLength;
        }
      }
    }
    const results = [];
    for (const [kind, list] of Object.entries(times)) {
      list.sort((a, b) => a - b);
      const r = { kind, p50: percentile(list, 50), p95: percentile(list, 95), max: list[list.length - 1] };
      results.push(r);
      process.stdout.write(`  ${kind.padEnd(28)} p50 ${fmt(r.p50).padStart(9)}   p95 ${fmt(r.p95).padStart(9)}   max ${fmt(r.max).padStart(9)}   (${(bytes[kind] / 1024).toFixed(0)} KiB)\n`);
    }
    process.stdout.write(`\ngoal at ${n} meetings: p95 < ${GOAL_MS} ms\n`);
    for (const r of results) process.stdout.write(`  ${r.kind.padEnd(28)} p95 ${fmt(r.p95).padStart(9)}  ${r.p95 < GOAL_MS ? 'meets' : 'MISSES'} the goal\n`);
  } finally {
    await app.close();
    await store.close();
    if (made) await fs.rm(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  process.stderr.write(`bench-web: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
