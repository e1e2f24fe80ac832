#!/usr/bin/env node
/**
 * bench-store.mjs: index build time and search latency of the store, on SQLite and PostgreSQL.
 *
 *   npm run build && node scripts/bench-store.mjs [--meetings 10000] [--queries 400] [--followup-runs 40] [--no-pg] [--no-sqlite] [--keep DIR] [--index-only]
 *
 * Makes N meetings from the records the real pipeline extracts from samples/pdf: each meeting takes
 * a random mix of the samples' agenda items in random order, a date, a body, and participants
 * drawn from a made-up staff of 400 (names, initials and roles shuffled into the items' owners and
 * texts). The records are written as JSON files to a temporary records folder, then:
 *   - index build: `protokoll reindex` of that folder (read, validate, index), timed;
 *   - search: a fixed mix of queries (words, compounds, phrases, with and without --body, --from/--to,
 *     --decisions, --owner), each run after a warm-up, p50/p95/max in milliseconds;
 *   - followup with each filter (--owner, --overdue, --open, --body, --due-before, none): the first
 *     page of 50 tasks and the count of all (followupPage, what the web page and a paged CLI ask),
 *     p50/p95; the count of each list is printed once;
 *   - with --index-only, only the records and the SQLite store are made (keep them with --keep);
 *   - last, the figures against the goals (issue 11): search and followup p95 < 50 ms on SQLite,
 *     < 100 ms on PostgreSQL.
 * PostgreSQL: DATABASE_URL or postgresql://127.0.0.1:5432/test, in a schema of its own that is
 * dropped afterwards. Deterministic (seeded), so runs compare.
 */
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = (p) => path.join(root, 'dist', 'src', p);

function argValue(name, fallback) {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : fallback;
}
const MEETINGS = Number(argValue('--meetings', '10000'));
const QUERY_RUNS = Number(argValue('--queries', '400'));
const WITH_PG = !process.argv.includes('--no-pg');
const WITH_SQLITE = !process.argv.includes('--no-sqlite');
const KEEP = argValue('--keep', null);

async function load() {
  try {
    await fs.access(dist('store/store.js'));
  } catch {
    process.stderr.write('bench-store: dist/ is missing; run "npm run build" first\n');
    process.exit(2);
  }
  const [pipeline, store, sync, search, followup, pgDb] = await Promise.all(
    ['pipeline.js', 'store/store.js', 'store/sync.js', 'search/search.js', 'followup/list.js', 'store/pg-db.js'].map((p) => import(dist(p))),
  );
  return { ...pipeline, ...store, ...sync, ...search, ...followup, ...pgDb };
}

/** mulberry32: a small seeded generator, so every run makes the same archive */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = random(20250128);
const pick = (list) => list[Math.floor(rand() * list.length)];
const between = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
function shuffled(list) {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

const FIRST = ['Anna', 'Karolina', 'Johan', 'Erik', 'Maria', 'Lars', 'Sara', 'Peter', 'Elin', 'Mikael', 'Lena', 'Anders', 'Ulrika', 'Fredrik', 'Katarina', 'Jonas', 'Sofia', 'Magnus', 'Emma', 'Henrik', 'Ingrid', 'Olof', 'Åsa', 'Björn', 'Märta', 'Göran', 'Ylva', 'Tove', 'Nils', 'Linnea'];
const LAST = ['Andersson', 'Håkansson', 'Lindqvist', 'Skeppstedt', 'Berg', 'Nyström', 'Öberg', 'Ekström', 'Sundberg', 'Johansson', 'Karlsson', 'Nilsson', 'Lückander', 'Strömberg', 'Månsson', 'Olofsson', 'Gustafsson', 'Lind', 'Åberg', 'Holm', 'Wallin', 'Engström', 'Sjöberg', 'Forsberg', 'Dahl', 'Björk', 'Söderberg', 'Hedlund', 'Fransson', 'Lundgren'];
/** roles one person holds at a time, handed on every few years */
const LEAD_ROLES = ['Socialdirektör', 'HR-chef', 'Ekonomichef', 'Kommunikationschef', 'Nämndsekreterare', 'Stabschef', 'Kvalitetschef', 'Fastighetschef', 'Innovationsledare', 'Verksamhetskoordinator', 'Biträdande förvaltningschef', 'Utvecklingschef'];
/** roles many hold */
const STAFF_ROLES = ['Verksamhetschef', 'Enhetschef', 'Utvecklare', 'Controller', 'Handläggare', 'Samordnare', 'HR-konsult', 'Ekonom', 'Verksamhetsutvecklare', 'Avdelningschef'];
const BODIES = ['FLG', 'Förvaltningsledningsgruppen', 'Samverkansgrupp FSG', 'Ledningsgrupp VOF', 'Ledningsgrupp BUF', 'Ledningsgrupp VUX', 'Socialnämndens arbetsutskott', 'Skyddskommittén', 'Kvalitetsrådet', 'Innovationsrådet', 'Ledningsgrupp Myndighet', 'Ledningsgrupp Boende'];
const FIRST_DAY = Date.UTC(2015, 0, 1);
const DAYS = 365 * 11;

function makeStaff(n) {
  const staff = [];
  const used = new Set();
  while (staff.length < n) {
    const name = `${pick(FIRST)} ${pick(LAST)}`;
    if (used.has(name)) continue;
    used.add(name);
    const initials = name.split(' ').map((w) => w[0]).join('').toUpperCase();
    staff.push({ name, initials, role: pick(STAFF_ROLES) });
  }
  // each lead role passes from holder to holder every two to four years
  const terms = LEAD_ROLES.map((role) => {
    const list = [];
    for (let day = 0; day < DAYS; day += between(730, 1460)) list.push({ from: day, person: pick(staff), role });
    return list;
  });
  return { staff, holdersAt: (day) => terms.map((list) => [...list].reverse().find((t) => t.from <= day)) };
}

const iso = (d) => d.toISOString().slice(0, 10);

/** One generated meeting from the pool of sample items. */
function makeRecord(i, pool, { staff, holdersAt }) {
  const id = createHash('sha256').update(`bench-${i}`).digest('hex');
  const recordId = id.slice(0, 16);
  const day = between(0, DAYS);
  const date = new Date(FIRST_DAY + day * 86_400_000);
  const body = pick(BODIES);
  const leads = shuffled(holdersAt(day)).slice(0, between(3, 8)).map((t) => ({ ...t.person, role: t.role }));
  const others = shuffled(staff).slice(0, between(3, 9)).filter((p) => !leads.some((l) => l.name === p.name));
  const participants = [...leads, ...others].map((p) => ({ name: p.name, initials: p.initials, role: p.role, attendance: pick(['present', 'present', 'present', 'absent', 'guest']) }));
  const items = shuffled(pool).slice(0, between(6, 16)).map(({ item, people }, k) => {
    // the sample's people become this meeting's participants, consistently within the item
    const cast = new Map(people.map((name, n) => [name, participants[n % participants.length]]));
    const recast = (s) => {
      let out = s;
      for (const [from, to] of cast) out = out.split(from).join(to.name);
      return out;
    };
    const itemId = `${recordId}:${k + 1}`;
    const task = (t, prefix, n) => ({
      ...t,
      id: `${itemId}:${prefix}${n + 1}`,
      text: recast(t.text),
      owners: t.owners.map((o) => (o.name && cast.has(o.name) ? { text: cast.get(o.name).name, name: cast.get(o.name).name, initials: cast.get(o.name).initials, role: cast.get(o.name).role } : o)),
      evidence: { ...t.evidence, quote: recast(t.evidence.quote) },
    });
    return {
      ...item, id: itemId, ordinal: k + 1, number: String(k + 1), text: recast(item.text),
      decisions: item.decisions.map((d, n) => task(d, 'd', n)),
      actions: item.actions.map((a, n) => task(a, 'a', n)),
    };
  });
  return {
    schema: 'protokoll/minutes@1',
    id: recordId,
    source: { path: `bench/${body.replace(/\W+/g, '-')}-${iso(date)}-${i}.pdf`, fileName: `meeting-${i}.pdf`, sha256: id, format: 'pdf', bytes: 40_000, pages: 4 },
    meeting: {
      title: `${body} den ${iso(date)}`, body, organisation: 'Socialförvaltningen', documentType: 'protokoll', date: iso(date),
      referenceYear: date.getUTCFullYear(), startTime: '09:00', endTime: '12:00', location: null, secretary: null,
    },
    participants,
    items,
    warnings: [],
  };
}

const QUERIES = [
  { query: 'beslut' }, { query: 'rekrytering' }, { query: 'signs of safety' }, { query: 'HR-chef' }, { query: 'innovationsråd' },
  { query: 'arbetsmiljö' }, { query: 'remiss yttrande' }, { query: 'chef i beredskap' }, { query: '"chef i beredskap"' },
  { query: 'planeringsdagar' }, { query: 'lokalfrågan' }, { query: 'ekonomi budget' }, { query: 'delegationsordning' },
  { query: 'beslut', body: 'FLG' }, { query: 'rekrytering', from: '2020-01-01', to: '2021-12-31' },
  { query: 'beslut', decisions: true }, { query: 'uppdrag', decisions: true, body: 'samverkan' },
  { query: 'förslag', from: '2024-01-01' }, { query: 'information' }, { query: 'verksamhetschef' },
  { query: 'uppdrag', owner: 'HR-chef' },
];

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}
const fmt = (ms) => `${ms.toFixed(1)} ms`;

async function timeRuns(label, runs, fn) {
  for (let i = 0; i < Math.min(runs, 20); i++) await fn(i); // warm-up: caches and prepared statements
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn(i);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const line = `  ${label.padEnd(28)} p50 ${fmt(percentile(times, 50)).padStart(9)}   p95 ${fmt(percentile(times, 95)).padStart(9)}   max ${fmt(times[times.length - 1]).padStart(9)}   (${runs} runs)`;
  process.stdout.write(`${line}\n`);
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
}

async function benchStore(lib, name, recordsDir, storeOptions) {
  process.stdout.write(`\n${name}\n`);
  const store = await lib.openStore({ recordsDir, ...storeOptions });
  try {
    const t0 = performance.now();
    const report = await lib.syncRecords(store, { full: true });
    const seconds = (performance.now() - t0) / 1000;
    const [{ items }] = await store.db.all('SELECT COUNT(*) AS items FROM items');
    const [{ tasks }] = await store.db.all('SELECT COUNT(*) AS tasks FROM tasks');
    process.stdout.write(`  index build (reindex)        ${seconds.toFixed(1)} s for ${report.indexed} meetings, ${items} items, ${tasks} tasks (${(report.indexed / seconds).toFixed(0)} meetings/s)\n`);
    // steady state, as a store that has been in use: visibility map set, statistics fresh
    // one table a statement: the whole schema at once can run past the store's statement time limit
    if (store.db.dialect === 'postgres') for (const t of ['owner_keys', 'owners', 'tasks', 'items', 'decisions', 'person_mentions', 'deadlines', 'meetings', 'sources', 'people_stale', 'task_status', 'corrections', 'store_meta']) await store.db.run(`VACUUM ANALYZE ${t}`);
    const search = await timeRuns('search (mixed queries)', QUERY_RUNS, (i) => lib.search(store.db, { limit: 20, ...QUERIES[i % QUERIES.length] }));
    // per kind of query: words only, with body or date filters, decisions, with an owner
    const kindOf = (q) => (q.owner ? 'owner' : q.decisions ? 'decisions' : q.body || q.from || q.to ? 'filters' : 'words');
    const searches = {};
    for (const kind of ['words', 'filters', 'decisions', 'owner']) {
      const list = QUERIES.filter((q) => kindOf(q) === kind);
      const extra = kind === 'owner' ? [{ query: 'rekrytering', owner: 'KH' }, { query: 'beslut', owner: 'Stabschef', decisions: true }] : [];
      const all = [...list, ...extra];
      searches[kind] = await timeRuns(`search: ${kind}`, Math.max(40, QUERY_RUNS / 4), (i) => lib.search(store.db, { limit: 20, ...all[i % all.length] }));
    }
    const runs = Number(argValue('--followup-runs', '40'));
    const page = (options) => lib.followupPage(store.db, { limit: 50, today: '2025-02-01', ...options });
    const kinds = {
      '--owner': (i) => ({ owner: ['HR-chef', 'KH', 'Karolina Håkansson', 'Stabschef'][i % 4] }),
      '--overdue': () => ({ overdue: true }),
      '--open': () => ({ open: true }),
      '--body': (i) => ({ body: ['FLG', 'Skyddskommittén', 'VUX'][i % 3] }),
      '--due-before': () => ({ dueBefore: '2016-01-01' }),
      '(no filter)': () => ({}),
    };
    const followups = {};
    for (const [kind, options] of Object.entries(kinds)) {
      const sizes = [];
      for (let i = 0; i < 4; i++) sizes.push((await page(options(i))).total);
      followups[kind] = await timeRuns(`followup ${kind}`, runs, (i) => page(options(i)));
      process.stdout.write(`    (first page of 50 and the count of ${[...new Set(sizes)].join(' / ')} tasks)\n`);
    }
    return { name: store.db.dialect, seconds, search, searches, followups };
  } finally {
    await store.close();
  }
}

async function main() {
  const lib = await load();
  const sampleDir = path.join(root, 'samples', 'pdf');
  const files = (await fs.readdir(sampleDir)).filter((f) => f.endsWith('.pdf')).sort();
  const samples = await Promise.all(files.map(async (f) => lib.extractRecord({ path: `samples/pdf/${f}`, bytes: await fs.readFile(path.join(sampleDir, f)) })));
  const pool = samples.flatMap((r) => r.items.map((item) => ({ item, people: r.participants.map((p) => p.name).filter((n) => n && n.includes(' ')) })));
  process.stdout.write(`store benchmark: ${MEETINGS} meetings from ${pool.length} agenda items of ${samples.length} sample records\n`);

  const dir = KEEP ?? (await fs.mkdtemp(path.join(os.tmpdir(), 'protokoll-bench-')));
  await fs.mkdir(dir, { recursive: true });
  const people = makeStaff(400);
  const t0 = performance.now();
  for (let i = 0; i < MEETINGS; i++) await fs.writeFile(path.join(dir, `meeting-${String(i).padStart(5, '0')}.json`), JSON.stringify(makeRecord(i, pool, people)));
  process.stdout.write(`  generated ${MEETINGS} record files in ${((performance.now() - t0) / 1000).toFixed(1)} s (${dir})\n`);

  const results = [];
  if (process.argv.includes('--index-only')) {
    const store = await lib.openStore({ recordsDir: dir, databaseUrl: null });
    const t1 = performance.now();
    const report = await lib.syncRecords(store, { full: true });
    process.stdout.write(`  SQLite store: ${report.indexed} meetings in ${((performance.now() - t1) / 1000).toFixed(1)} s${KEEP ? ` (${dir})` : ''}\n`);
    await store.close();
    if (!KEEP) await fs.rm(dir, { recursive: true, force: true });
    return;
  }
  try {
    if (WITH_SQLITE) results.push(await benchStore(lib, 'SQLite (records/protokoll.sqlite)', dir, { databaseUrl: null }));
    if (WITH_PG) {
      const url = process.env.DATABASE_URL ?? 'postgresql://127.0.0.1:5432/test';
      const schema = `protokoll_bench_${process.pid}`;
      try {
        results.push(await benchStore(lib, `PostgreSQL (${url.replace(/\/\/[^@]*@/, '//')}, schema ${schema})`, dir, { databaseUrl: url, pgSchema: schema }));
      } finally {
        const db = lib.openPgDb(url, { schema });
        await db.run(`DROP SCHEMA IF EXISTS ${schema} CASCADE`).catch(() => undefined);
        await db.close();
      }
    }
  } finally {
    if (!KEEP) await fs.rm(dir, { recursive: true, force: true });
  }
  printGoals(results);
}

/** The p95 figures against the goals of issue 11, one line each. */
function printGoals(results) {
  process.stdout.write(`\ngoals at ${MEETINGS} meetings (p95; SQLite < 50 ms, PostgreSQL < 100 ms)\n`);
  for (const r of results) {
    const goal = r.name === 'sqlite' ? 50 : 100;
    const line = (label, p95) => process.stdout.write(`  ${r.name.padEnd(9)} ${label.padEnd(24)} p95 ${fmt(p95).padStart(10)}  ${p95 < goal ? 'meets' : 'MISSES'} the goal (< ${goal} ms)\n`);
    line('search (mixed)', r.search.p95);
    for (const [kind, t] of Object.entries(r.searches)) line(`search: ${kind}`, t.p95);
    for (const [filter, t] of Object.entries(r.followups)) line(`followup ${filter}`, t.p95);
  }
}

main().catch((error) => {
  process.stderr.write(`bench-store: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
