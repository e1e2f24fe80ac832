/**
 * `search` over a store: ranked agenda items (or decisions) matching the query, with their
 * meeting, a marked snippet, and the file and page to open. SQLite ranks with bm25 over FTS5,
 * PostgreSQL with ts_rank_cd over tsvector; filters and snippets are shared.
 */
import { loadOverlay, type Overlay } from '../followup/overlay.js';
import { bodyKeyPattern } from '../store/rows.js';
import { filesOfMeetings, type MeetingFiles } from '../store/sources.js';
import { inList, type SqlDb } from '../store/sql.js';
import { ownedRows } from './owned-rows.js';
import { fts5Match, parseQuery, stemMatches, tsQuery, type QueryTerm } from './query.js';
import { snippet } from './snippet.js';
import { isStopWord, tokenize } from './tokens.js';

export interface SearchOptions {
  query: string;
  /** meeting body, matched as a case-insensitive part: "FLG", "samverkansgrupp" */
  body?: string;
  /** meeting dates, ISO yyyy-mm-dd, inclusive; an undated meeting counts as its whole reference year */
  from?: string;
  to?: string;
  /** only items (decisions) with a task owned by this name, initials or role */
  owner?: string;
  /** hits are decisions rather than agenda items */
  decisions?: boolean;
  limit?: number;
  /** the asking records folder's origin: a meeting several folders hold points to this folder's file */
  origin?: string;
}

export interface SearchHit {
  kind: 'item' | 'decision';
  /** item id, or decision id */
  id: string;
  /** higher is better; comparable within one result list only */
  score: number;
  meeting: { id: string; date: string | null; referenceYear: number | null; title: string | null; body: string | null };
  item: { id: string; ordinal: number; number: string | null; title: string };
  decision: { text: string; decidedBy: string | null } | null;
  snippet: string;
  /** the minutes document the record came from, and the page of the hit (pdf) */
  file: string;
  page: number | null;
  recordFile: string;
  /** every document of the meeting (copies in other formats, older versions), the hit's file first */
  copies: string[];
}

export class QueryError extends Error {}

/** Bounds on a query, so that no search can keep a database busy (a query from outside is hostile). */
export const MAX_QUERY_CHARS = 1000;
export const MAX_QUERY_TERMS = 16;
export const MAX_QUERY_WORDS = 32;

/** The query's terms, repeated ones once, within the bounds; else a QueryError in plain words. */
export function boundedTerms(query: string): QueryTerm[] {
  if (query.length > MAX_QUERY_CHARS) {
    throw new QueryError(`the search is too long (${query.length.toLocaleString('en')} characters; at most ${MAX_QUERY_CHARS.toLocaleString('en')}): search for a few words`);
  }
  const seen = new Set<string>();
  const terms = parseQuery(query).filter((t) => {
    const key = `${t.prefix ? '*' : ''}${t.stems.join(' ')}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const words = terms.reduce((n, t) => n + t.stems.length, 0);
  if (terms.length > MAX_QUERY_TERMS || words > MAX_QUERY_WORDS) {
    throw new QueryError(`the search has too many different words (${words}; at most ${MAX_QUERY_TERMS} words or phrases of ${MAX_QUERY_WORDS} words in all): every word must match, so a few well-chosen ones find more`);
  }
  return terms;
}

/**
 * Hits come in two tiers: first those whose own heading matches (the item title; for decisions,
 * the decision's words), then the rest (text, meeting title; the item title for decisions), each
 * tier ranked by relevance. Besides reading well, this keeps common words fast: a word in half of
 * all items ranks only the items it heads until the page is full.
 */
const TIERS = ['heading', 'rest'] as const;
type Tier = (typeof TIERS)[number];

/**
 * `where`: conditions on the searched table, aliased `t`; `owned`: with --owner, the seqs of the
 * only rows that may be hits (owned-rows.ts), checked before anything else is read of a row.
 */
interface Filters { where: string[]; params: unknown[]; owned: number[] | null }
interface Ranked { key: number; score: number }

export async function search(db: SqlDb, options: SearchOptions): Promise<SearchHit[]> {
  const terms = boundedTerms(options.query);
  if (terms.length === 0) throw new QueryError(`"${options.query}" has no words to search for (very common words such as "och" and "att" are not indexed)`);
  const limit = Math.max(1, Math.min(options.limit ?? 20, 1000));
  const decisions = options.decisions ?? false;
  const table = decisions ? 'decisions' : 'items';

  const filters: Filters = { where: [], params: [], owned: null };
  if (options.body) {
    filters.where.push("t.body_key LIKE ? ESCAPE '\\'");
    filters.params.push(bodyKeyPattern(options.body));
  }
  if (options.from) {
    filters.where.push('t.date_hi >= ?');
    filters.params.push(options.from);
  }
  if (options.to) {
    filters.where.push('t.date_lo <= ?');
    filters.params.push(options.to);
  }
  // people's corrections (followup/overlay.ts): a decision marked as not a decision is no hit,
  // an added task's words find its item, corrected owners count for --owner
  const overlay = await loadOverlay(db);
  if (options.owner) {
    filters.owned = await ownedRows(db, table, options.owner, overlay);
    if (filters.owned.length === 0) return [];
  }
  if (decisions && overlay.notDecisions.size > 0) {
    const list = inList(db, 't.id', [...overlay.notDecisions.keys()]);
    filters.where.push(`NOT (${list.sql})`);
    filters.params.push(list.param);
  }
  const addedText = decisions ? new Map<string, string[]>() : addedTextByItem(overlay);
  const addedHits = addedText.size ? await itemsWithAddedText(db, addedText, terms, filters) : [];

  const ranked: Ranked[] = [];
  const seen = new Set<number>();
  const take = (rows: Ranked[]) => {
    for (const r of rows) {
      const key = Number(r.key);
      if (seen.has(key) || ranked.length >= limit) continue;
      seen.add(key);
      ranked.push({ key, score: Number(r.score) });
    }
  };
  for (const tier of TIERS) {
    // items found by a task people added come after those headed by the words, before the rest
    if (tier === 'rest') take(addedHits);
    if (ranked.length >= limit) break;
    const rows = db.dialect === 'sqlite'
      ? await sqliteRanked(db, table, terms, tier, filters, limit - ranked.length + addedHits.length)
      : await pgRanked(db, table, terms, tier, filters, limit - ranked.length + addedHits.length);
    take(rows);
    if (ranked.length >= limit) break;
  }
  if (ranked.length === 0) return [];
  const rows = await hitDetails(db, decisions, ranked.map((r) => r.key));
  const details = new Map(rows.map((r) => [Number(r.key), r]));
  const files = await filesOfMeetings(db, rows.map((r) => r.meeting_id), options.origin);
  return ranked
    .filter((r) => details.has(r.key) && files.has(details.get(r.key)!.meeting_id))
    .map((r) => {
      const row = details.get(r.key)!;
      const extra = addedText.get(row.item_id);
      return toHit({ ...row, text: extra ? [row.text, ...extra].join('\n') : row.text, score: r.score }, files.get(row.meeting_id)!, terms, decisions);
    });
}

/** The texts of tasks people added, by item. */
function addedTextByItem(overlay: Overlay): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const a of overlay.added) out.set(a.itemId, [...(out.get(a.itemId) ?? []), a.text]);
  return out;
}

/** Does the text hold every term (a phrase as consecutive words, stop words aside)? As the index matches. */
export function textMatches(text: string, terms: QueryTerm[]): boolean {
  const stems = tokenize(text).filter((t) => !isStopWord(t.word)).map((t) => t.stem);
  return terms.every((term) => stems.some((_, at) => term.stems.every((__, p) => at + p < stems.length && stemMatches(stems[at + p]!, term, p))));
}

/** Items (within the filters) whose added tasks hold the query; score 0, they are ranked by position. */
async function itemsWithAddedText(db: SqlDb, added: Map<string, string[]>, terms: QueryTerm[], filters: Filters): Promise<Ranked[]> {
  const ids = [...added].filter(([, texts]) => texts.some((t) => textMatches(t, terms))).map(([id]) => id);
  if (ids.length === 0) return [];
  const list = inList(db, 't.id', ids);
  const owned = filters.owned ? inList(db, 't.seq', filters.owned) : null;
  const rows = await db.all<{ key: number }>(
    `SELECT t.seq AS key FROM items t WHERE t.listed = 1 AND ${[list.sql, ...(owned ? [owned.sql] : []), ...filters.where].join(' AND ')} ORDER BY t.seq DESC`,
    [list.param, ...(owned ? [owned.param] : []), ...filters.params]);
  return rows.map((r) => ({ key: Number(r.key), score: 0 }));
}

/** FTS5 columns that head a row: the item title, or the decision's own text. */
const HEADING_COLUMN = { items: 'title', decisions: 'text' } as const;
/** column weights for bm25, in the FTS tables' column order (schema.ts) */
const BM25 = { items: 'bm25(item_fts, 8.0, 2.0, 1.0)', decisions: 'bm25(decision_fts, 4.0, 2.0, 1.0)' } as const;

function sqliteRanked(db: SqlDb, table: 'items' | 'decisions', terms: QueryTerm[], tier: Tier, filters: Filters, limit: number): Promise<Ranked[]> {
  const fts = table === 'items' ? 'item_fts' : 'decision_fts';
  const all = fts5Match(terms);
  const heading = `{${HEADING_COLUMN[table]}} : (${all})`;
  const match = tier === 'heading' ? heading : `(${all}) NOT (${heading})`;
  // --owner: each match's rowid is looked up in the owner's rows before its row is read or ranked.
  // The unary + keeps the lookup out of FTS5: handed `rowid IN (...)`, FTS5 evaluates the whole
  // query once per listed rowid (seconds for a prefix query), where here the match is read once.
  const owned = filters.owned ? inList(db, `+${fts}.rowid`, filters.owned) : null;
  const matchSql = `${fts} MATCH ?${owned ? ` AND ${owned.sql}` : ''}`;
  const matchParams = [match, ...(owned ? [owned.param] : [])];
  // without filters the FTS table ranks alone; with them, rows are joined (by integer key) first
  const sql = filters.where.length === 0
    ? `SELECT rowid AS key, -${BM25[table]} AS score FROM ${fts} WHERE ${matchSql} ORDER BY score DESC, rowid DESC LIMIT ?`
    : `SELECT t.seq AS key, -${BM25[table]} AS score FROM ${fts} JOIN ${table} t ON t.seq = ${fts}.rowid
       WHERE ${matchSql} AND ${filters.where.join(' AND ')} ORDER BY score DESC, t.seq DESC LIMIT ?`;
  return db.all<Ranked>(sql, [...matchParams, ...filters.params, limit]);
}

function pgRanked(db: SqlDb, table: 'items' | 'decisions', terms: QueryTerm[], tier: Tier, filters: Filters, limit: number): Promise<Ranked[]> {
  // the query's lexemes are stemmed already (stem-sv.ts stems as PostgreSQL does): cast, don't re-stem
  // only listed rows (one copy of each meeting); the GIN indexes are partial on the same condition
  const match = tier === 'heading' ? 't.listed = 1 AND t.heading_tsv @@ q.q' : 't.listed = 1 AND t.tsv @@ q.q AND NOT t.heading_tsv @@ q.q';
  // --owner: the owner's rows as an array the planner can count
  const owned = filters.owned ? inList(db, 't.seq', filters.owned) : null;
  const sql = `SELECT t.seq AS key, ts_rank_cd(t.tsv, q.q) AS score
    FROM (SELECT CAST(? AS tsquery) AS q) q JOIN ${table} t ON ${match}${owned ? ` AND ${owned.sql}` : ''}
    ${filters.where.map((w) => ` AND ${w}`).join('')} ORDER BY score DESC, t.seq DESC LIMIT ?`;
  const params = [tsQuery(terms), ...(owned ? [owned.param] : []), ...filters.params, limit];
  if (!owned) return db.all<Ranked>(sql, params);
  // Left to itself, PostgreSQL reads each of the owner's rows by primary key and tests the match on
  // it (its cost model rates that the same as the bitmaps, and prefers the index's order). Reading
  // a row costs more than it thinks: intersecting the text index's bitmap with the primary key's
  // reads only the rows that match (1,600 instead of 5,700 for a word and an owner common at
  // 10,000 meetings: 10 ms instead of 24). With few owner rows it still reads them by key, as a bitmap.
  return db.transaction(async (tx) => {
    await tx.run('SET LOCAL enable_indexscan = off');
    return tx.all<Ranked>(sql, params);
  });
}

interface HitRow {
  key: number; id: string; item_id: string; ordinal: number; number: string | null; title: string; text: string; page: number | null;
  decided_by?: string | null; meeting_id: string; date: string | null; reference_year: number | null; meeting_title: string | null;
  body: string | null; score: number;
}

const MEETING_COLUMNS = 'm.id AS meeting_id, m.date, m.reference_year, m.title AS meeting_title, m.body';

function hitDetails(db: SqlDb, decisions: boolean, keys: number[]): Promise<HitRow[]> {
  const list = inList(db, decisions ? 'd.seq' : 'i.seq', keys);
  const sql = decisions
    ? `SELECT d.seq AS key, d.id, i.id AS item_id, i.ordinal, i.number, i.title, d.text, COALESCE(d.page, i.page) AS page, d.decided_by, ${MEETING_COLUMNS}
       FROM decisions d JOIN items i ON i.id = d.item_id JOIN meetings m ON m.id = d.meeting_id WHERE ${list.sql}`
    : `SELECT i.seq AS key, i.id, i.id AS item_id, i.ordinal, i.number, i.title, i.search_text AS text, i.page, ${MEETING_COLUMNS}
       FROM items i JOIN meetings m ON m.id = i.meeting_id WHERE ${list.sql}`;
  return db.all<HitRow>(sql, [list.param]);
}

function toHit(r: HitRow, files: MeetingFiles, terms: QueryTerm[], decisions: boolean): SearchHit {
  return {
    kind: decisions ? 'decision' : 'item',
    id: r.id,
    score: Number(r.score),
    meeting: { id: r.meeting_id, date: r.date, referenceYear: r.reference_year === null ? null : Number(r.reference_year), title: r.meeting_title, body: r.body },
    item: { id: r.item_id, ordinal: Number(r.ordinal), number: r.number, title: r.title },
    decision: decisions ? { text: r.text, decidedBy: r.decided_by ?? null } : null,
    snippet: snippet(r.text || r.title, terms),
    file: files.path,
    page: r.page === null ? null : Number(r.page),
    recordFile: files.recordFile,
    copies: files.copies,
  };
}
