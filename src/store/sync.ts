/**
 * The JSON records are the source of truth; the store follows them. `syncRecords` brings the store
 * in line with the records folder: records that are new or changed since they were indexed (size
 * or modification time) are indexed, meetings whose record file is gone are dropped. With
 * `full`, every record is indexed again (`protokoll reindex --full`).
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { ensureOwnersResolved } from '../people/materialize.js';
import type { MinutesRecord } from '../record/schema.js';
import { recordRows, type RecordRows } from './rows.js';
import { DERIVED_TABLES, resetDerivedTables } from './schema.js';
import { inList } from './sql.js';
import { relativeRecordFile, type Store } from './store.js';
import { releaseMeetings, settleDeferred, writeRecords, type Deferred } from './write.js';

export interface SyncReport {
  indexed: number;
  unchanged: number;
  removed: number;
  /** JSON files that are not minutes records (other tools' files): left alone */
  skipped: string[];
  /** record files that could not be read or do not match the contract */
  failed: { file: string; reason: string }[];
}

/** records per transaction: large enough to be fast, small enough to keep memory flat */
const BATCH = 200;

/** Every *.json under the folder (hidden files and folders skipped), in a stable order. */
export async function listRecordFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (d: string) => {
    const entries = await fs.readdir(d, { withFileTypes: true }).catch(() => []);
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const full = path.join(d, e.name);
      if (e.isDirectory()) await walk(full);
      else if (e.isFile() && e.name.endsWith('.json')) out.push(full);
    }
  };
  await walk(dir);
  return out;
}

interface Indexed { meeting_id: string; record_file: string; record_size: number | null; record_mtime: number | null }

export async function syncRecords(store: Store, options: { full?: boolean; onProgress?: (done: number, total: number) => void } = {}): Promise<SyncReport> {
  const { db, origin, recordsDir } = store;
  const report: SyncReport = { indexed: 0, unchanged: 0, removed: 0, skipped: [], failed: [] };
  const files = await listRecordFiles(recordsDir);
  // a full rebuild of a SQLite store starts from empty tables (it holds this folder only);
  // PostgreSQL holds other folders too, so there each meeting is replaced on its own
  if (options.full && db.dialect === 'sqlite') await resetDerivedTables(db);
  const indexed = new Map(
    (await db.all<Indexed>('SELECT meeting_id, record_file, record_size, record_mtime FROM sources WHERE origin = ?', [origin])).map((r) => [r.record_file, r]),
  );

  const present = new Set<string>();
  let batch: RecordRows[] = [];
  // "nästa möte" due dates and --owner's index are settled once, after every batch is in
  const deferred: Deferred = { due: new Map(), ownerKeys: new Set() };
  const flush = async () => {
    await writeRecords(db, origin, batch, deferred);
    report.indexed += batch.length;
    batch = [];
  };
  let done = 0;
  for (const file of files) {
    const relative = relativeRecordFile(recordsDir, file);
    present.add(relative);
    const stat = await fs.stat(file).catch(() => null);
    const known = indexed.get(relative);
    const same = known && stat && Number(known.record_size) === stat.size && Number(known.record_mtime) === stat.mtimeMs;
    if (same && !options.full) {
      report.unchanged++;
    } else if (stat) {
      const record = await readRecord(file);
      if (record.kind === 'record') {
        batch.push(recordRows(record.record, {
          origin, recordFile: relative, recordSize: stat.size, recordMtime: stat.mtimeMs, indexedAt: new Date().toISOString(),
        }));
        if (batch.length >= BATCH) await flush();
      } else if (record.kind === 'other') {
        report.skipped.push(relative);
      } else {
        report.failed.push({ file: relative, reason: record.reason });
      }
    }
    options.onProgress?.(++done, files.length);
  }
  await flush();
  // the tables changed wholesale: what follows (and the next reindex) plans on their new sizes
  if (report.indexed >= BATCH) await analyze(db);
  await settleDeferred(db, deferred);

  const gone = [...indexed.values()].filter((r) => !present.has(r.record_file)).map((r) => r.meeting_id);
  if (gone.length) {
    // a meeting may meanwhile have been indexed again from another file: only drop it if it was not
    const stillThere = new Set(
      (await db.all<{ meeting_id: string }>(`SELECT meeting_id FROM sources WHERE origin = ? AND ${inList(db, 'meeting_id', gone).sql} AND ${inList(db, 'record_file', [...present]).sql}`,
        [origin, inList(db, 'meeting_id', gone).param, inList(db, 'record_file', [...present]).param])).map((r) => r.meeting_id),
    );
    const drop = gone.filter((id) => !stillThere.has(id));
    // this folder's hold on them goes; a meeting that another folder also holds stays for that folder
    await db.transaction((tx) => releaseMeetings(tx, origin, drop), 'write');
    report.removed = drop.length;
  }
  // who the owners are, once for the whole batch of changes, rather than at the next --owner query
  if (report.indexed > 0 || report.removed > 0) await ensureOwnersResolved(db);
  // a full reindex rewrote every table: VACUUM makes its old rows' room reusable (a server whose
  // autovacuum is off keeps them otherwise, and every full reindex grows the tables by their size)
  // and ANALYZEs; other large writes refresh the statistics of what resolving owners rewrote
  if (report.indexed >= BATCH) await (options.full ? vacuum(db, [...DERIVED_TABLES, 'people_stale']) : analyze(db, ['owners', 'owner_keys']));
  return report;
}

/**
 * PostgreSQL: VACUUM (ANALYZE) of these tables, one statement each, outside any transaction (as
 * VACUUM must be); it blocks no reader or writer. At 10,000 meetings, after a second full reindex
 * (every row of the tables dead once): 16 s in all, each table under 4 s. A table whose VACUUM
 * the statement limit stops is only ANALYZEd: its room waits for autovacuum or the next reindex,
 * and the reindex, whose writes are all in by now, still stands.
 */
async function vacuum(db: Store['db'], tables: readonly string[]): Promise<void> {
  if (db.dialect !== 'postgres') return;
  const { StatementTimeoutError } = await import('./pg-db.js');
  for (const table of tables) {
    try {
      await db.run(`VACUUM (ANALYZE) ${table}`);
    } catch (error) {
      if (!(error instanceof StatementTimeoutError)) throw error;
      await db.run(`ANALYZE ${table}`);
    }
  }
}

/**
 * PostgreSQL: fresh planner statistics of the store's tables after a large write. Without them
 * (a new store, or a server whose autovacuum is off or has not come round yet) PostgreSQL takes a
 * list of 200 meeting ids to match most rows, and answers a batch's delete of its old rows with
 * scans of whole tables. ANALYZE reads a sample of a table (30,000 rows at the default statistics
 * target, whatever the table's size: under a second a table at 10,000 meetings), one statement
 * per table, and blocks no reader or writer. SQLite plans on its indexes without statistics.
 */
async function analyze(db: Store['db'], tables: readonly string[] = DERIVED_TABLES): Promise<void> {
  if (db.dialect !== 'postgres') return;
  for (const table of tables) await db.run(`ANALYZE ${table}`);
}

type ReadResult = { kind: 'record'; record: MinutesRecord } | { kind: 'other' } | { kind: 'failed'; reason: string };

async function readRecord(file: string): Promise<ReadResult> {
  let data: unknown;
  try {
    data = JSON.parse(await fs.readFile(file, 'utf8'));
  } catch (error) {
    return { kind: 'failed', reason: error instanceof SyntaxError ? 'not valid JSON' : String((error as Error).message) };
  }
  // the record schema (zod) loads only when a record file is new or changed: a search on an
  // indexed folder does not pay for it
  const { SCHEMA_ID, validateRecord } = await import('../record/schema.js');
  if (!data || typeof data !== 'object' || (data as { schema?: unknown }).schema !== SCHEMA_ID) return { kind: 'other' };
  try {
    return { kind: 'record', record: validateRecord(data) };
  } catch (error) {
    return { kind: 'failed', reason: (error as Error).message };
  }
}
