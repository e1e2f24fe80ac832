#!/usr/bin/env node
/**
 * bench-reindex.mjs: `reindex --full` at 10,000 meetings, run several times on the same store, on
 * SQLite and PostgreSQL, with the time of each stage and of the slowest statements (issue 11: the
 * second full reindex of a PostgreSQL store ran statements past the 15 s statement timeout).
 *
 *   npm run build && node scripts/bench-reindex.mjs --records DIR [--runs 2] [--build DIR] [--no-pg] [--no-sqlite] [--timeout-ms N] [--vacuum]
 *
 * --records DIR: bench-store's records (`node scripts/bench-store.mjs --index-only --keep DIR`),
 * copied to a folder of its own per store. --build DIR: a checkout with its own build (default
 * this one), to measure another commit with the same script. --timeout-ms: the statement timeout
 * (PROTOKOLL_STATEMENT_TIMEOUT_MS; default the store's own, 15 s), so a run shows where it stops;
 * with a larger one it shows how long those statements take. --vacuum: VACUUM ANALYZE the
 * PostgreSQL tables between runs, as autovacuum would have (a server with autovacuum off keeps
 * every run's dead rows, and each run is slower than the one before).
 * Stages: the batches of records (write), what they left to the end: "nästa möte" due dates and,
 * since issue 11, filing --owner's index (settle; before it, due dates only), meetings gone
 * (release), owners resolved (owners; before issue 11 it filed --owner's index too). After each run, the owner_keys rows and the
 * tasks' due dates are summed up in a digest: every run must give the same.
 * PostgreSQL: DATABASE_URL or postgresql://127.0.0.1:5432/test, in a schema that is dropped afterwards.
 */
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, fallback) => { const i = args.indexOf(name); return i === -1 ? fallback : args[i + 1]; };
const RUNS = Number(opt('--runs', 2));
const BUILD = path.resolve(opt('--build', root));
const VACUUM = args.includes('--vacuum');
const PG_URL = process.env.DATABASE_URL ?? 'postgresql://127.0.0.1:5432/test';
if (opt('--timeout-ms')) process.env.PROTOKOLL_STATEMENT_TIMEOUT_MS = opt('--timeout-ms');
if (!opt('--records')) throw new Error('--records DIR: the records (node scripts/bench-store.mjs --index-only --keep DIR)');

async function load(dir) {
  const dist = (p) => path.join(dir, 'dist', 'src', p);
  await fs.access(dist('store/store.js')).catch(() => { throw new Error(`${dir}: no dist/; run "npm run build" there first`); });
  const [store, sync, pgDb] = await Promise.all(['store/store.js', 'store/sync.js', 'store/pg-db.js'].map((p) => import(dist(p))));
  return { ...store, ...sync, ...pgDb };
}

/** A statement's label: its first words, lists and numbers left out. */
const labelOf = (sql) => sql.replace(/\s+/g, ' ').trim().slice(0, 70);

/**
 * The store's db, timing every statement and transaction. A transaction's stage is told by its
 * lock and first statement.
 */
function timed(db, log) {
  const stageOf = (lockKey, sql) => {
    if (lockKey === 'people') return 'owners';
    if (lockKey === 'schema') return 'reset';
    if (/^UPDATE tasks SET due|^DELETE FROM owner_keys WHERE task_id = ANY|^DELETE FROM owner_keys WHERE task_id IN \(SELECT value/.test(sql)) return 'settle';
    if (/^DELETE FROM sources WHERE origin = \?/.test(sql)) return 'release';
    return lockKey === 'write' ? 'write' : 'other';
  };
  const wrap = (inner, tx) => ({
    dialect: inner.dialect,
    async all(sql, params) { return time(tx, sql, () => inner.all(sql, params)); },
    async run(sql, params) { return time(tx, sql, () => inner.run(sql, params)); },
    async exec(script) { return time(tx, script, () => inner.exec(script)); },
    transaction(fn, lockKey) {
      if (tx) return fn(wrap(inner, tx));
      const state = { lockKey, stage: null, statements: [] };
      const t0 = performance.now();
      return inner.transaction((conn) => fn(wrap(conn, state)), lockKey).finally(() => {
        log.push({ stage: state.stage ?? stageOf(lockKey, ''), ms: performance.now() - t0, statements: state.statements });
      });
    },
    close: () => inner.close(),
  });
  const time = async (tx, sql, fn) => {
    const label = labelOf(sql);
    if (tx && tx.stage === null) tx.stage = stageOf(tx.lockKey, label);
    const t0 = performance.now();
    try {
      return await fn();
    } finally {
      const entry = { label, ms: performance.now() - t0 };
      if (tx) tx.statements.push(entry);
      else log.push({ stage: 'outside', ms: entry.ms, statements: [entry] });
    }
  };
  return wrap(db, null);
}

/** owner_keys and the tasks' due dates, summed up: every run on the same records must give the same. */
async function digest(db) {
  const keys = await db.all('SELECT key, due_key, approx_key, item_ordinal, ordinal, task_id, item_id, body_key FROM owner_keys');
  const tasks = await db.all('SELECT id, due, due_key, listed FROM tasks');
  const lines = (rows) => rows.map((r) => JSON.stringify(Object.values(r).map((v) => (v === null ? null : String(v))))).sort();
  const hash = (list) => createHash('sha256').update(list.join('\n')).digest('hex').slice(0, 12);
  return `${keys.length} owner_keys rows ${hash(lines(keys))}, ${tasks.length} tasks' due ${hash(lines(tasks))}`;
}

const s = (ms) => `${(ms / 1000).toFixed(1)} s`;

async function benchStore(lib, backend, records) {
  const schema = `protokoll_reindex_bench_${process.pid}`;
  const store = await lib.openStore({ recordsDir: records, databaseUrl: backend === 'postgres' ? PG_URL : null, pgSchema: backend === 'postgres' ? schema : undefined });
  const digests = [];
  try {
    for (let run = 1; run <= RUNS; run++) {
      const log = [];
      const t0 = performance.now();
      let failure = null;
      let report = null;
      try {
        report = await lib.syncRecords({ ...store, db: timed(store.db, log) }, { full: true });
      } catch (error) {
        failure = error instanceof Error ? error.message : String(error);
      }
      const total = performance.now() - t0;
      process.stdout.write(`\n${backend} reindex --full #${run}: ${failure ? `FAILED after ${s(total)}: ${failure}` : `${report.indexed} meetings in ${s(total)}`}\n`);
      const stages = new Map();
      for (const t of log) {
        const st = stages.get(t.stage) ?? { ms: 0, transactions: 0, statements: new Map() };
        st.ms += t.ms;
        st.transactions++;
        for (const x of t.statements) {
          const e = st.statements.get(x.label) ?? { ms: 0, n: 0, max: 0 };
          e.ms += x.ms; e.n++; e.max = Math.max(e.max, x.ms);
          st.statements.set(x.label, e);
        }
        stages.set(t.stage, st);
      }
      for (const [stage, st] of stages) {
        process.stdout.write(`  ${stage.padEnd(8)} ${s(st.ms).padStart(8)} in ${st.transactions} transaction(s)\n`);
        const top = [...st.statements].sort((a, b) => b[1].ms - a[1].ms).slice(0, stage === 'write' ? 10 : 8);
        for (const [label, e] of top) if (e.ms >= 50) process.stdout.write(`      ${s(e.ms).padStart(8)} total, max ${s(e.max).padStart(7)}, ${String(e.n).padStart(5)}×  ${label}\n`);
      }
      if (failure) break;
      digests.push(await digest(store.db));
      process.stdout.write(`  digest: ${digests.at(-1)}\n`);
      if (VACUUM && backend === 'postgres' && run < RUNS) {
        const t1 = performance.now();
        for (const table of ['owner_keys', 'owners', 'tasks', 'items', 'decisions', 'person_mentions', 'deadlines', 'meetings', 'sources', 'people_stale']) await store.db.run(`VACUUM ANALYZE ${table}`);
        process.stdout.write(`  VACUUM ANALYZE of the tables (as autovacuum would, between runs): ${s(performance.now() - t1)}\n`);
      }
    }
    if (digests.length > 1) process.stdout.write(`  every run gives the same owner_keys and due dates: ${digests.every((d) => d === digests[0]) ? 'yes' : 'NO'}\n`);
  } finally {
    await store.close();
    if (backend === 'postgres') {
      const db = lib.openPgDb(PG_URL, { schema });
      await db.run(`DROP SCHEMA IF EXISTS ${schema} CASCADE`).catch(() => undefined);
      await db.close();
    }
  }
}

async function main() {
  const lib = await load(BUILD);
  const work = await fs.mkdtemp(path.join(os.tmpdir(), 'protokoll-reindex-bench-'));
  try {
    const source = path.resolve(opt('--records'));
    const files = (await fs.readdir(source)).filter((f) => f.endsWith('.json'));
    process.stdout.write(`reindex benchmark: ${files.length} records, build ${BUILD}, ${RUNS} full reindexes per store, statement timeout ${process.env.PROTOKOLL_STATEMENT_TIMEOUT_MS ?? 'default'}\n`);
    for (const backend of ['sqlite', 'postgres']) {
      if (args.includes(`--no-${backend === 'postgres' ? 'pg' : 'sqlite'}`)) continue;
      const records = path.join(work, backend);
      await fs.mkdir(records);
      for (const f of files) await fs.copyFile(path.join(source, f), path.join(records, f));
      await benchStore(lib, backend, records);
    }
  } finally {
    await fs.rm(work, { recursive: true, force: true });
  }
}

main().catch((error) => {
  process.stderr.write(`bench-reindex: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
