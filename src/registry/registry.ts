/**
 * The registry of processed files: one SQLite file in the records folder that remembers, per path,
 * the size and mtime last seen, the content's sha256, the record made from it and how that went.
 * It lets a rescan skip unchanged files without hashing them, and it is where a document's known
 * paths live: every row with the same sha256 is a path of the same document (a copy or a rename).
 *
 * The enqueuer (import, watch, the nightly rescan) and the store stage (in-process or a BullMQ
 * worker) both write it, possibly from several processes at once: WAL mode and a busy timeout let
 * them take turns instead of failing.
 */
import path from 'node:path';
import { mkdirSync } from 'node:fs';
import Database from 'better-sqlite3';

export const REGISTRY_FILE = '.protokoll-registry.sqlite';

export type FileStatus = 'queued' | 'done' | 'failed';

/** What the enqueuer knows about a file when it decides to process it. */
export interface FileFacts {
  path: string;
  size: number;
  mtimeMs: number;
  sha256: string;
}

export interface FileEntry extends FileFacts {
  recordId: string | null;
  status: FileStatus;
  reason: string | null;
  updatedAt: string;
}

export type Outcome = { recordId: string } | { reason: string };

interface Row {
  path: string;
  size: number;
  mtime_ms: number;
  sha256: string;
  record_id: string | null;
  status: FileStatus;
  reason: string | null;
  updated_at: string;
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS files (
  path       TEXT PRIMARY KEY,
  size       INTEGER NOT NULL,
  mtime_ms   REAL NOT NULL,
  sha256     TEXT NOT NULL,
  record_id  TEXT,
  status     TEXT NOT NULL CHECK (status IN ('queued', 'done', 'failed')),
  reason     TEXT,
  updated_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS files_by_sha256 ON files (sha256);
`;

/**
 * A path as the registry stores it. A name that is not UTF-8 holds stand-ins for its bytes (lone
 * surrogates, src/util/raw-path.ts) that SQLite's text would turn into U+FFFD, losing the name:
 * stored, each stand-in becomes a private-use character of the same byte instead, and back.
 */
const stored = (file: string): string => file.replace(/[\udc80-\udcff]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0xdc00 + 0xf700));
const unstored = (file: string): string => file.replace(/[\uf780-\uf7ff]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0xf700 + 0xdc00));

function toEntry(row: Row): FileEntry {
  return {
    path: unstored(row.path),
    size: row.size,
    mtimeMs: row.mtime_ms,
    sha256: row.sha256,
    recordId: row.record_id,
    status: row.status,
    reason: row.reason,
    updatedAt: row.updated_at,
  };
}

export class Registry {
  /**
   * Called after a path of a document was added, moved or dropped, so that whoever keeps records
   * can make them point to where the files are now (the runners: src/store/relocate.ts).
   */
  onPathsChanged: (() => void) | null = null;

  private constructor(private readonly db: Database.Database) {}

  /** Opens (creating when needed) the registry of a records folder. */
  static open(recordsDir: string): Registry {
    mkdirSync(recordsDir, { recursive: true });
    const db = new Database(path.join(recordsDir, REGISTRY_FILE));
    db.pragma('busy_timeout = 15000');
    db.pragma('journal_mode = WAL');
    db.exec(SCHEMA);
    return new Registry(db);
  }

  get(filePath: string): FileEntry | undefined {
    const row = this.db.prepare('SELECT * FROM files WHERE path = ?').get(stored(filePath)) as Row | undefined;
    return row && toEntry(row);
  }

  /** Every known path of one document (same content), oldest name first. */
  pathsOf(sha256: string): FileEntry[] {
    const rows = this.db.prepare('SELECT * FROM files WHERE sha256 = ? ORDER BY updated_at, path').all(sha256) as Row[];
    return rows.map(toEntry);
  }

  /** The record id when this content has already been made into a record, else null. */
  recordFor(sha256: string): string | null {
    const row = this.db
      .prepare("SELECT record_id FROM files WHERE sha256 = ? AND status = 'done' AND record_id IS NOT NULL LIMIT 1")
      .get(sha256) as { record_id: string } | undefined;
    return row?.record_id ?? null;
  }

  /** The enqueuer hands the file on: remember what it saw so the outcome can be matched to it. */
  noteQueued(facts: FileFacts): void {
    this.upsert(facts, 'queued', null, null, true);
  }

  /** A path whose content is already a record (a copy or a rename): it joins that document. */
  noteKnown(facts: FileFacts, recordId: string): void {
    this.upsert(facts, 'done', recordId, null, true);
    this.onPathsChanged?.();
  }

  /**
   * The store stage's verdict on one content: recorded for the path it was queued from (unless a
   * newer scan has since seen other content there) and for every other path with that content.
   */
  noteOutcome(facts: FileFacts, outcome: Outcome): void {
    const recordId = 'recordId' in outcome ? outcome.recordId : null;
    const reason = 'reason' in outcome ? outcome.reason : null;
    const status: FileStatus = recordId ? 'done' : 'failed';
    this.db.transaction(() => {
      this.upsert(facts, status, recordId, reason, false);
      this.db
        .prepare('UPDATE files SET status = ?, record_id = ?, reason = ?, updated_at = ? WHERE sha256 = ?')
        .run(status, recordId, reason, new Date().toISOString(), facts.sha256);
    })();
  }

  /** The file was moved (by `watch --move-done`, or seen renamed): same document, new path. */
  movePath(from: string, to: string): void {
    this.db.transaction(() => {
      this.db.prepare('DELETE FROM files WHERE path = ?').run(stored(to));
      this.db.prepare('UPDATE files SET path = ?, updated_at = ? WHERE path = ?').run(stored(to), new Date().toISOString(), stored(from));
    })();
    this.onPathsChanged?.();
  }

  forget(filePath: string): void {
    this.db.prepare('DELETE FROM files WHERE path = ?').run(stored(filePath));
    this.onPathsChanged?.();
  }

  /** Does any path still hold this record's content (made into a record, status done)? */
  holdsRecord(recordId: string): boolean {
    return this.db.prepare("SELECT 1 FROM files WHERE record_id = ? AND status = 'done' LIMIT 1").get(recordId) !== undefined;
  }

  /** Where each record's content is now: record id -> its paths, the most recently seen first. */
  currentPaths(): Map<string, string[]> {
    const rows = this.db
      .prepare("SELECT record_id, path FROM files WHERE status = 'done' AND record_id IS NOT NULL ORDER BY updated_at DESC, path")
      .all() as { record_id: string; path: string }[];
    const out = new Map<string, string[]>();
    for (const r of rows) out.set(r.record_id, [...(out.get(r.record_id) ?? []), unstored(r.path)]);
    return out;
  }

  /**
   * After a full scan of `root`: paths under it that the scan did not see are gone (deleted or
   * renamed), so they stop being known paths of their documents. Returns how many were dropped.
   */
  forgetUnseen(root: string, seen: ReadonlySet<string>): number {
    const prefix = stored(root.endsWith(path.sep) ? root : root + path.sep);
    const rows = this.db
      .prepare('SELECT path FROM files WHERE substr(path, 1, ?) = ?')
      .all(prefix.length, prefix) as { path: string }[];
    const gone = rows.map((r) => r.path).filter((p) => !seen.has(unstored(p)));
    const del = this.db.prepare('DELETE FROM files WHERE path = ?');
    this.db.transaction(() => gone.forEach((p) => del.run(p)))();
    if (gone.length) this.onPathsChanged?.();
    return gone.length;
  }

  all(): FileEntry[] {
    return (this.db.prepare('SELECT * FROM files ORDER BY path').all() as Row[]).map(toEntry);
  }

  close(): void {
    this.db.close();
  }

  /**
   * With `overwrite` false, a row whose sha256 differs from `facts` (a newer scan saw other
   * content at that path) is left alone, so a late outcome never hides a newer version.
   */
  private upsert(facts: FileFacts, status: FileStatus, recordId: string | null, reason: string | null, overwrite: boolean): void {
    const guard = overwrite ? '' : 'WHERE files.sha256 = excluded.sha256';
    this.db
      .prepare(
        `INSERT INTO files (path, size, mtime_ms, sha256, record_id, status, reason, updated_at)
         VALUES (@path, @size, @mtimeMs, @sha256, @recordId, @status, @reason, @updatedAt)
         ON CONFLICT (path) DO UPDATE SET size = excluded.size, mtime_ms = excluded.mtime_ms,
           sha256 = excluded.sha256, record_id = excluded.record_id, status = excluded.status,
           reason = excluded.reason, updated_at = excluded.updated_at ${guard}`,
      )
      .run({ ...facts, path: stored(facts.path), recordId, status, reason, updatedAt: new Date().toISOString() });
  }
}
