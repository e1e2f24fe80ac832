#!/usr/bin/env node
/**
 * bench-search-owner.mjs: `search --owner` at 10,000 meetings, this build against another one
 * (e.g. the commit before a change), in one run: each build on a store of its own (SQLite in its
 * own copy of the records folder, PostgreSQL in its own schema), the builds taking turns round by
 * round (the order flips every round), so that the machine's load hits both alike.
 *
 *   npm run build && node scripts/bench-search-owner.mjs --compare DIR [--rounds 10] [--repeat 3] [--records DIR] [--no-pg] [--keep DIR]
 *
 * --compare DIR: a checkout with its own build (DIR/dist/src). --records DIR: bench-store's
 * records (`node scripts/bench-store.mjs --index-only --keep DIR`); without it they are made so.
 * The queries are bench-store's `search: owner` kind (a common word for HR-chef, a rarer one for
 * KH, decisions for Stabschef), page of 20, each `--repeat` times per build and round after a
 * warm-up. Both builds must give the same hits (ids, order, scores, snippets): checked once.
 * Prints p50/p95 per build and store, and per query. PostgreSQL: DATABASE_URL or
 * postgresql://127.0.0.1:5432/test; the schemas are dropped afterwards.
 */
import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, fallback) => { const i = args.indexOf(name); return i === -1 ? fallback : args[i + 1]; };
const ROUNDS = Number(opt('--rounds', 10));
const REPEAT = Number(opt('--repeat', 3));
const WITH_PG = !args.includes('--no-pg');
const PG_URL = process.env.DATABASE_URL ?? 'postgresql://127.0.0.1:5432/test';
if (!opt('--compare')) throw new Error('--compare DIR: the checkout to measure against (built)');

const QUERIES = [
  { query: 'uppdrag', owner: 'HR-chef' },
  { query: 'rekrytering', owner: 'KH' },
  { query: 'beslut', owner: 'Stabschef', decisions: true },
];

/** checked for the same hits, not timed: other owners, words and filters */
const CHECKED = [
  { query: 'beslut', owner: 'KH' }, { query: 'information', owner: 'Karolina Håkansson', body: 'FLG' },
  { query: 'förslag', owner: 'HR-chef', from: '2020-01-01', to: '2022-12-31' }, { query: 'uppdrag', owner: 'Socialdirektör', decisions: true },
  { query: '"chef i beredskap"', owner: 'Stabschef' }, { query: 'rekrytering', owner: 'Ekonomichef', decisions: true, body: 'ledningsgrupp' },
  { query: 'arbetsmiljö', owner: 'Anna' },
];

async function load(dir) {
  const dist = (p) => path.join(dir, 'dist', 'src', p);
  await fs.access(dist('store/store.js')).catch(() => { throw new Error(`${dir}: no dist/; run "npm run build" there first`); });
  const [store, sync, search] = await Promise.all(['store/store.js', 'store/sync.js', 'search/search.js'].map((p) => import(dist(p))));
  return { ...store, ...sync, ...search };
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const fmt = (ms) => `${ms.toFixed(1)} ms`.padStart(9);

async function main() {
  const work = opt('--keep') ?? (await fs.mkdtemp(path.join(os.tmpdir(), 'protokoll-owner-bench-')));
  await fs.mkdir(work, { recursive: true });
  let records = opt('--records');
  if (!records) {
    records = path.join(work, 'records');
    process.stdout.write('making the records (bench-store --index-only)\n');
    execFileSync(process.execPath, [path.join(root, 'scripts', 'bench-store.mjs'), '--index-only', '--keep', records], { stdio: 'inherit' });
  }
  const files = (await fs.readdir(records)).filter((f) => f.endsWith('.json'));
  const builds = { after: { dir: root }, before: { dir: path.resolve(opt('--compare')) } };
  const backends = ['sqlite', ...(WITH_PG ? ['postgres'] : [])];
  const stores = [];
  try {
    for (const [name, build] of Object.entries(builds)) {
      build.lib = await load(build.dir);
      build.records = path.join(work, `records-${name}`);
      await fs.mkdir(build.records, { recursive: true });
      for (const f of files) await fs.copyFile(path.join(records, f), path.join(build.records, f));
      build.stores = {};
      for (const backend of backends) {
        const schema = `protokoll_owner_bench_${name}_${process.pid}`;
        const store = await build.lib.openStore({ recordsDir: build.records, databaseUrl: backend === 'postgres' ? PG_URL : null, pgSchema: backend === 'postgres' ? schema : undefined });
        stores.push({ store, schema: backend === 'postgres' ? schema : null });
        const t0 = performance.now();
        const report = await build.lib.syncRecords(store, { full: true });
        // one table a statement: the whole schema at once can run past the store's statement time limit
        if (backend === 'postgres') for (const t of ['owner_keys', 'owners', 'tasks', 'items', 'decisions', 'person_mentions', 'deadlines', 'meetings', 'sources', 'people_stale', 'task_status', 'corrections', 'store_meta']) await store.db.run(`VACUUM ANALYZE ${t}`);
        process.stdout.write(`${name} ${backend}: ${report.indexed} meetings indexed in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
        build.stores[backend] = store;
      }
    }
    // the same hits from both builds: the measured queries and more, pages of 20 and of 500
    for (const backend of backends) {
      let hits = 0;
      for (const q of [...QUERIES, ...CHECKED]) {
        for (const limit of [20, 500]) {
          const [a, b] = await Promise.all(Object.values(builds).map((build) => build.lib.search(build.stores[backend].db, { ...q, limit })));
          if (JSON.stringify(a) !== JSON.stringify(b)) throw new Error(`${backend} ${JSON.stringify(q)}, limit ${limit}: the builds give different hits`);
          hits += a.length;
        }
      }
      process.stdout.write(`${backend}: both builds give the same ${hits} hits for ${QUERIES.length + CHECKED.length} queries, pages of 20 and 500\n`);
    }
    const times = {};
    const run = async (name, backend, record) => {
      const { lib, stores: s } = builds[name];
      for (const q of QUERIES) {
        for (let i = 0; i < REPEAT; i++) {
          const t0 = performance.now();
          await lib.search(s[backend].db, { limit: 20, ...q });
          if (record) (times[`${name}|${backend}|${q.query}`] ??= []).push(performance.now() - t0);
        }
      }
    };
    for (const name of Object.keys(builds)) for (const backend of backends) await run(name, backend, false); // warm-up
    for (let r = 0; r < ROUNDS; r++) {
      const order = r % 2 === 0 ? ['before', 'after'] : ['after', 'before'];
      for (const backend of backends) for (const name of order) await run(name, backend, true);
    }
    process.stdout.write(`\nsearch --owner, page of 20, ${ROUNDS} rounds × ${REPEAT} runs of each query, builds alternating: p50 / p95\n`);
    for (const backend of backends) {
      for (const name of ['before', 'after']) {
        const all = Object.entries(times).filter(([k]) => k.startsWith(`${name}|${backend}|`)).flatMap(([, l]) => l).sort((a, b) => a - b);
        const per = QUERIES.map((q) => {
          const l = [...times[`${name}|${backend}|${q.query}`]].sort((a, b) => a - b);
          return `${q.query}/${q.owner}${q.decisions ? '/decisions' : ''} ${percentile(l, 50).toFixed(1)} / ${percentile(l, 95).toFixed(1)}`;
        });
        process.stdout.write(`  ${backend.padEnd(8)} ${name.padEnd(6)} all ${fmt(percentile(all, 50))} / ${fmt(percentile(all, 95))}   (${per.join('; ')})\n`);
      }
    }
  } finally {
    for (const { store } of stores) await store.close().catch(() => undefined);
    const { openPgDb } = await import(path.join(root, 'dist', 'src', 'store', 'pg-db.js'));
    for (const { schema } of stores.filter((s) => s.schema)) {
      const db = openPgDb(PG_URL, { schema });
      await db.run(`DROP SCHEMA IF EXISTS ${schema} CASCADE`).catch(() => undefined);
      await db.close();
    }
    if (!opt('--keep')) await fs.rm(work, { recursive: true, force: true });
  }
}

main().catch((error) => {
  process.stderr.write(`bench-search-owner: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
