/**
 * The store's tables, the same on SQLite and PostgreSQL except for the full-text parts: SQLite
 * indexes pre-stemmed text in FTS5 tables (unicode61, diacritics kept so å/ä/ö stay letters of
 * their own), PostgreSQL indexes `to_tsvector('swedish', ...)` columns with GIN.
 * Everything except `task_status` and `corrections` is derived from the JSON records and rebuilt
 * by `reindex`; task status (done/reopened) and people's corrections exist only here and survive
 * every rebuild.
 *
 * One meeting, many files (grouping.ts): every record is a meeting row of its own, but copies of
 * the same minutes (PDF, DOCX, text; a corrected version) share a `group_id`, and only one of
 * them, the group's winner, is `listed`. Searches, follow-up lists and the people directory read
 * listed rows only (the SQLite FTS tables hold listed rows only), so a meeting shows once.
 * A record held by several records folders (one PostgreSQL store) is one meeting with a `sources`
 * row per folder (origin); it leaves the store with its last source.
 */
import type { Dialect, SqlDb } from './sql.js';

/** Bump when derived tables change shape: an older store is then rebuilt from the records. */
export const STORE_VERSION = '14';

export const DERIVED_TABLES = ['owner_keys', 'person_mentions', 'deadlines', 'owners', 'tasks', 'decisions', 'items', 'sources', 'meetings'] as const;

function tables(d: Dialect): string {
  const seq = d === 'postgres' ? 'seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY' : 'seq INTEGER PRIMARY KEY';
  const real = d === 'postgres' ? 'DOUBLE PRECISION' : 'REAL';
  // the type of seq, for the columns that copy it
  const int = d === 'postgres' ? 'BIGINT' : 'INTEGER';
  // ordered as bytes, as SQLite and the merge in followup/list.ts order them (PostgreSQL's default collation may not)
  const binary = d === 'postgres' ? ' COLLATE "C"' : '';
  // PostgreSQL: `tsv` holds every searchable part, weighted; `heading_tsv` the heading alone (the
  // item title; a decision's own text), with an index of its own for the first search tier
  const tsv = (weighted: string, heading: string) => (d === 'postgres'
    ? `,\n  tsv tsvector GENERATED ALWAYS AS (${weighted}) STORED,\n  heading_tsv tsvector GENERATED ALWAYS AS (to_tsvector('swedish', coalesce(${heading}, ''))) STORED`
    : '');
  const sv = (col: string, weight: string) => `setweight(to_tsvector('swedish', coalesce(${col}, '')), '${weight}')`;
  return `
CREATE TABLE IF NOT EXISTS store_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

CREATE TABLE IF NOT EXISTS task_status (
  task_id TEXT PRIMARY KEY,
  meeting_id TEXT NOT NULL,
  task_text TEXT NOT NULL,
  status TEXT NOT NULL,
  changed_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS task_status_meeting ON task_status (meeting_id);

-- corrections people made to what extraction found (followup/corrections.ts): like task status,
-- kept here only and never rebuilt; an undone correction stays, with who undid it and when;
-- seq orders them (of two corrections of one value, the later applies)
CREATE TABLE IF NOT EXISTS corrections (
  ${seq},
  id TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL,
  target_id TEXT NOT NULL,
  meeting_id TEXT NOT NULL,
  target_text TEXT NOT NULL,
  value TEXT NOT NULL,
  made_by TEXT NOT NULL,
  made_at TEXT NOT NULL,
  undone_by TEXT,
  undone_at TEXT
);
CREATE INDEX IF NOT EXISTS corrections_meeting ON corrections (meeting_id);
CREATE INDEX IF NOT EXISTS corrections_target ON corrections (target_id);

CREATE TABLE IF NOT EXISTS meetings (
  id TEXT PRIMARY KEY,
  origin TEXT NOT NULL,
  title TEXT, body TEXT, body_key TEXT, organisation TEXT, document_type TEXT,
  date TEXT, reference_year INTEGER,
  date_lo TEXT, date_hi TEXT, approx_date TEXT,
  start_time TEXT, end_time TEXT, location TEXT,
  secretary TEXT, warnings TEXT NOT NULL,
  indexed_at TEXT NOT NULL,
  item_keys TEXT NOT NULL,
  group_id TEXT NOT NULL,
  listed INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS meetings_body_date ON meetings (body_key, date);
CREATE INDEX IF NOT EXISTS meetings_group ON meetings (group_id);
CREATE INDEX IF NOT EXISTS meetings_listed_date ON meetings (listed, approx_date);

CREATE TABLE IF NOT EXISTS sources (
  meeting_id TEXT NOT NULL,
  origin TEXT NOT NULL,
  record_file TEXT NOT NULL,
  record_size INTEGER, record_mtime ${real},
  path TEXT NOT NULL, file_name TEXT NOT NULL, sha256 TEXT NOT NULL, format TEXT NOT NULL,
  bytes INTEGER NOT NULL, pages INTEGER,
  PRIMARY KEY (meeting_id, origin)
);
CREATE INDEX IF NOT EXISTS sources_file ON sources (origin, record_file);
CREATE INDEX IF NOT EXISTS sources_path ON sources (origin, path);

CREATE TABLE IF NOT EXISTS items (
  ${seq},
  id TEXT NOT NULL UNIQUE,
  meeting_id TEXT NOT NULL,
  ordinal INTEGER NOT NULL,
  number TEXT, title TEXT NOT NULL, presenters TEXT NOT NULL, item_types TEXT NOT NULL,
  text TEXT NOT NULL, page INTEGER,
  meeting_title TEXT, search_text TEXT NOT NULL,
  body_key TEXT, date_lo TEXT, date_hi TEXT, listed INTEGER NOT NULL${tsv(`${sv('title', 'A')} || ${sv('meeting_title', 'B')} || ${sv('search_text', 'D')}`, 'title')}
);
CREATE INDEX IF NOT EXISTS items_meeting ON items (meeting_id);
-- body and dates are copied from the meeting so that search filters need no join

CREATE TABLE IF NOT EXISTS decisions (
  ${seq},
  id TEXT NOT NULL UNIQUE,
  meeting_id TEXT NOT NULL,
  item_id TEXT NOT NULL,
  ordinal INTEGER NOT NULL,
  text TEXT NOT NULL, decided_by TEXT, quote TEXT NOT NULL, page INTEGER,
  item_title TEXT NOT NULL, meeting_title TEXT,
  body_key TEXT, date_lo TEXT, date_hi TEXT, listed INTEGER NOT NULL${tsv(`${sv('item_title', 'B')} || ${sv('meeting_title', 'C')} || ${sv('text', 'A')}`, 'text')}
);
CREATE INDEX IF NOT EXISTS decisions_meeting ON decisions (meeting_id);

CREATE TABLE IF NOT EXISTS tasks (
  id TEXT PRIMARY KEY,
  meeting_id TEXT NOT NULL,
  item_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  ordinal INTEGER NOT NULL,
  text TEXT NOT NULL, quote TEXT NOT NULL, page INTEGER,
  due_end TEXT, due_precision TEXT, next_meeting INTEGER NOT NULL,
  body_key TEXT, item_ordinal INTEGER NOT NULL,
  approx_key TEXT${binary} NOT NULL,
  due TEXT, due_key TEXT${binary} NOT NULL,
  listed INTEGER NOT NULL
);
-- the follow-up list is filtered and ordered on tasks alone: due is the task's due date (its
-- earliest deadline, "nästa möte" as the date of the body's next meeting, kept up to date as
-- meetings come and go: write.ts), due_key and approx_key the same with '9999' for none, so that
-- the list's order (due, meeting date, item, task) is an index order
CREATE INDEX IF NOT EXISTS tasks_meeting ON tasks (meeting_id);
CREATE INDEX IF NOT EXISTS tasks_order ON tasks (listed, due_key, approx_key, item_ordinal, ordinal, id);
CREATE INDEX IF NOT EXISTS tasks_body ON tasks (body_key, listed, due_key, approx_key, item_ordinal, ordinal, id);
CREATE INDEX IF NOT EXISTS tasks_next_meeting ON tasks (next_meeting, body_key);

CREATE TABLE IF NOT EXISTS owners (
  task_id TEXT NOT NULL,
  meeting_id TEXT NOT NULL,
  ordinal INTEGER NOT NULL,
  text TEXT NOT NULL, name TEXT, initials TEXT, role TEXT,
  text_key TEXT, name_key TEXT, first_key TEXT, initials_key TEXT, role_key TEXT,
  approx_date TEXT, body_key TEXT,
  source TEXT NOT NULL,
  person_key TEXT, person_first TEXT, person_role TEXT, resolved TEXT,
  review_rank INTEGER, review_date TEXT${binary} NOT NULL,
  listed INTEGER NOT NULL
);
-- the review list (followup/review.ts), least sure first: review_rank 0-3 for owners read from free
-- text (rows.ts reviewRank), null for an Ansvarig column; review_date the meeting's date ('0000' undated)
CREATE INDEX IF NOT EXISTS owners_review ON owners (listed, review_rank, review_date DESC, task_id, ordinal) WHERE review_rank IS NOT NULL;
-- person_key: who the owner is (people/materialize.ts resolves it from the participant lists, as
-- resolve.ts does, after every change to them: see people_stale); person_first the first word of
-- that key; person_role the role that person held nearest the meeting. --owner filters on these in SQL.
CREATE INDEX IF NOT EXISTS owners_person ON owners (person_key, task_id);
CREATE INDEX IF NOT EXISTS owners_person_first ON owners (person_first, task_id);
CREATE INDEX IF NOT EXISTS owners_person_role ON owners (person_role, task_id);
-- source: where the owner was read, as far as the evidence quote tells (rows.ts ownerSource)
CREATE INDEX IF NOT EXISTS owners_task ON owners (task_id);
CREATE INDEX IF NOT EXISTS owners_meeting ON owners (meeting_id);
-- each with the task id: an --owner query reads the indexes alone (people/owner-filter.ts)
CREATE INDEX IF NOT EXISTS owners_text ON owners (text_key, task_id);
CREATE INDEX IF NOT EXISTS owners_name ON owners (name_key, task_id);
CREATE INDEX IF NOT EXISTS owners_first ON owners (first_key, task_id);
CREATE INDEX IF NOT EXISTS owners_initials ON owners (initials_key, task_id);
CREATE INDEX IF NOT EXISTS owners_role ON owners (role_key, task_id);

-- --owner's index (owner-keys.ts): one row per listed task and key an owner of it answers under
-- ('r:hr-chef': written as that role; 'pr:hr-chef': its person held that role then; see
-- OWNER_KEY_COLUMNS), with the follow-up list's order and filter columns, so that an owner's tasks
-- are counted and paged on this table alone, without a lookup of each task; item_seq and
-- decision_seq (a decision's own row; null for an action) are the rows search ranks (the FTS
-- rowids in SQLite), so that search --owner ranks only that owner's items or decisions
CREATE TABLE IF NOT EXISTS owner_keys (
  key TEXT NOT NULL,
  due_key TEXT${binary} NOT NULL, approx_key TEXT${binary} NOT NULL, item_ordinal INTEGER NOT NULL, ordinal INTEGER NOT NULL,
  task_id TEXT NOT NULL, item_id TEXT NOT NULL, body_key TEXT, item_seq ${int} NOT NULL, decision_seq ${int},
  PRIMARY KEY (key, due_key, approx_key, item_ordinal, ordinal, task_id)${d === 'postgres' ? ' INCLUDE (item_id, body_key, item_seq, decision_seq)\n)' : '\n) WITHOUT ROWID'};
CREATE INDEX IF NOT EXISTS owner_keys_task ON owner_keys (task_id);

CREATE TABLE IF NOT EXISTS deadlines (
  task_id TEXT NOT NULL,
  meeting_id TEXT NOT NULL,
  ordinal INTEGER NOT NULL,
  text TEXT NOT NULL, value TEXT, relative TEXT, kind TEXT,
  period_start TEXT, period_end TEXT, precision TEXT
);
CREATE INDEX IF NOT EXISTS deadlines_task ON deadlines (task_id);
CREATE INDEX IF NOT EXISTS deadlines_meeting ON deadlines (meeting_id);

CREATE TABLE IF NOT EXISTS person_mentions (
  meeting_id TEXT NOT NULL,
  ordinal INTEGER NOT NULL,
  name TEXT, initials TEXT, role TEXT, attendance TEXT, secretary INTEGER NOT NULL,
  name_key TEXT, first_key TEXT, initials_key TEXT, role_key TEXT,
  approx_date TEXT, body_key TEXT, meeting_label TEXT NOT NULL, person_key TEXT, listed INTEGER NOT NULL
);
-- the keys (n:name, i:initials, r:role, f:first name; m:meeting id) whose owners must be resolved
-- again because participant lists changed; people/materialize.ts works them off
CREATE TABLE IF NOT EXISTS people_stale (key TEXT PRIMARY KEY);
-- owners and mentions carry their meeting's date and body: resolving people needs no join
CREATE INDEX IF NOT EXISTS mentions_meeting ON person_mentions (meeting_id);
CREATE INDEX IF NOT EXISTS mentions_name ON person_mentions (name_key);
CREATE INDEX IF NOT EXISTS mentions_first ON person_mentions (first_key);
CREATE INDEX IF NOT EXISTS mentions_initials ON person_mentions (initials_key);
CREATE INDEX IF NOT EXISTS mentions_role ON person_mentions (role_key);
CREATE INDEX IF NOT EXISTS mentions_initials_person ON person_mentions (initials_key, listed, person_key);

-- the people directory in SQL (protokoll people builds the fuller one: name variants, roles over time)
${d === 'postgres' ? 'CREATE OR REPLACE VIEW' : 'CREATE VIEW IF NOT EXISTS'} people AS
  SELECT name_key AS person_key, MIN(name) AS name, COUNT(DISTINCT meeting_id) AS meetings,
    MIN(approx_date) AS first_seen, MAX(approx_date) AS last_seen
  FROM person_mentions WHERE name_key IS NOT NULL AND listed = 1 GROUP BY name_key;
${d === 'postgres' ? `
-- partial: only listed rows are ever searched
CREATE INDEX IF NOT EXISTS items_tsv ON items USING GIN (tsv) WHERE listed = 1;
CREATE INDEX IF NOT EXISTS items_heading_tsv ON items USING GIN (heading_tsv) WHERE listed = 1;
CREATE INDEX IF NOT EXISTS decisions_tsv ON decisions USING GIN (tsv) WHERE listed = 1;
CREATE INDEX IF NOT EXISTS decisions_heading_tsv ON decisions USING GIN (heading_tsv) WHERE listed = 1;` : `
CREATE VIRTUAL TABLE IF NOT EXISTS item_fts USING fts5 (title, meeting_title, text, tokenize = 'unicode61 remove_diacritics 0');
CREATE VIRTUAL TABLE IF NOT EXISTS decision_fts USING fts5 (text, item_title, meeting_title, tokenize = 'unicode61 remove_diacritics 0');`}
`;
}

async function dropDerived(tx: SqlDb): Promise<void> {
  await tx.exec('DROP VIEW IF EXISTS people');
  const fts = tx.dialect === 'sqlite' ? ['item_fts', 'decision_fts'] : [];
  await tx.exec('DROP TABLE IF EXISTS people_stale');
  for (const t of [...DERIVED_TABLES, ...fts]) await tx.exec(`DROP TABLE IF EXISTS ${t}`);
}

/** Empties a SQLite store's derived tables by recreating them (a clean full rebuild); task status stays. */
export async function resetDerivedTables(db: SqlDb): Promise<void> {
  await db.transaction(async (tx) => {
    await dropDerived(tx);
    await tx.exec(tables(tx.dialect));
  }, 'schema');
}

/**
 * Creates the tables, or, for a store written by another version, drops the derived ones and
 * creates them anew. Returns true when the store is new or was reset, i.e. needs its records.
 */
export async function ensureSchema(db: SqlDb): Promise<boolean> {
  return db.transaction(async (tx) => {
    await tx.exec('CREATE TABLE IF NOT EXISTS store_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)');
    const [row] = await tx.all<{ value: string }>('SELECT value FROM store_meta WHERE key = ?', ['version']);
    if (row?.value === STORE_VERSION) return false;
    if (row) await dropDerived(tx);
    await tx.exec(tables(tx.dialect));
    await tx.run(
      tx.dialect === 'postgres'
        ? 'INSERT INTO store_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value'
        : 'INSERT OR REPLACE INTO store_meta (key, value) VALUES (?, ?)',
      ['version', STORE_VERSION],
    );
    return true;
  }, 'schema');
}
