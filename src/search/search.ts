/**
 * `search` over a store: ranked agenda items (or decisions) matching the query, with their
 * meeting, a marked snippet, and the file and page to open. SQLite ranks with bm25 over FTS5,
 * PostgreSQL with ts_rank_cd over tsvector; filters and snippets are shared.
 */
import { tasksOwnedBy } from '../people/lookup.js';
import { inList, type SqlDb } from '../store/sql.js';
import { fts5Match, parseQuery, tsQuery, type QueryTerm } from './query.js';
import { snippet } from './snippet.js';

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
}

interface HitRow {
  id: string; item_id: string; ordinal: number; number: string | null; title: string; text: string; page: number | null;
  decided_by?: string | null; meeting_id: string; date: string | null; reference_year: number | null; meeting_title: string | null;
  body: string | null; path: string; record_file: string; score: number;
}

export class QueryError extends Error {}

export async function search(db: SqlDb, options: SearchOptions): Promise<SearchHit[]> {
  const terms = parseQuery(options.query);
  if (terms.length === 0) throw new QueryError(`"${options.query}" has no words to search for (very common words such as "och" and "att" are not indexed)`);
  const limit = Math.max(1, Math.min(options.limit ?? 20, 1000));
  const decisions = options.decisions ?? false;

  const where: string[] = [];
  const params: unknown[] = [];
  if (options.body) {
    where.push("m.body_key LIKE ? ESCAPE '\\'");
    params.push(`%${options.body.trim().toLowerCase().replace(/\s+/g, ' ').replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  }
  if (options.from) {
    where.push('m.date_hi >= ?');
    params.push(options.from);
  }
  if (options.to) {
    where.push('m.date_lo <= ?');
    params.push(options.to);
  }
  if (options.owner) {
    const owned = await tasksOwnedBy(db, options.owner);
    const taskIds = [...owned.keys()];
    if (taskIds.length === 0) return [];
    const list = inList(db, 't.id', taskIds);
    where.push(decisions ? `d.id IN (SELECT t.id FROM tasks t WHERE ${list.sql})` : `i.id IN (SELECT t.item_id FROM tasks t WHERE ${list.sql})`);
    params.push(list.param);
  }

  const rows = db.dialect === 'sqlite'
    ? await sqliteHits(db, terms, decisions, where, params, limit)
    : await pgHits(db, terms, decisions, where, params, limit);
  return rows.map((r) => toHit(r, terms, decisions));
}

const MEETING_COLUMNS = 'm.id AS meeting_id, m.date, m.reference_year, m.title AS meeting_title, m.body, s.path, s.record_file';
const ITEM_COLUMNS = `i.id, i.id AS item_id, i.ordinal, i.number, i.title, i.search_text AS text, i.page, ${MEETING_COLUMNS}`;
const DECISION_COLUMNS = `d.id, i.id AS item_id, i.ordinal, i.number, i.title, d.text, COALESCE(d.page, i.page) AS page, d.decided_by, ${MEETING_COLUMNS}`;
const DECISION_JOINS = 'JOIN items i ON i.id = d.item_id JOIN meetings m ON m.id = d.meeting_id JOIN sources s ON s.meeting_id = m.id';
const ITEM_JOINS = 'JOIN meetings m ON m.id = i.meeting_id JOIN sources s ON s.meeting_id = m.id';

function sqliteHits(db: SqlDb, terms: QueryTerm[], decisions: boolean, where: string[], params: unknown[], limit: number): Promise<HitRow[]> {
  const filters = where.map((w) => ` AND ${w}`).join('');
  // column weights: item title over meeting title over text; a decision's own text first
  const sql = decisions
    ? `SELECT ${DECISION_COLUMNS}, -bm25(decision_fts, 4.0, 2.0, 1.0) AS score
       FROM decision_fts JOIN decisions d ON d.seq = decision_fts.rowid ${DECISION_JOINS}
       WHERE decision_fts MATCH ?${filters} ORDER BY score DESC, m.approx_date DESC, d.id LIMIT ?`
    : `SELECT ${ITEM_COLUMNS}, -bm25(item_fts, 8.0, 2.0, 1.0) AS score
       FROM item_fts JOIN items i ON i.seq = item_fts.rowid ${ITEM_JOINS}
       WHERE item_fts MATCH ?${filters} ORDER BY score DESC, m.approx_date DESC, i.id LIMIT ?`;
  return db.all<HitRow>(sql, [fts5Match(terms), ...params, limit]);
}

function pgHits(db: SqlDb, terms: QueryTerm[], decisions: boolean, where: string[], params: unknown[], limit: number): Promise<HitRow[]> {
  const filters = where.map((w) => ` AND ${w}`).join('');
  // the query's lexemes are stemmed already (stem-sv.ts stems as PostgreSQL does): cast, don't re-stem
  const sql = decisions
    ? `SELECT ${DECISION_COLUMNS}, ts_rank_cd(d.tsv, q.q) AS score
       FROM (SELECT CAST(? AS tsquery) AS q) q JOIN decisions d ON d.tsv @@ q.q ${DECISION_JOINS}
       WHERE TRUE${filters} ORDER BY score DESC, m.approx_date DESC, d.id LIMIT ?`
    : `SELECT ${ITEM_COLUMNS}, ts_rank_cd(i.tsv, q.q) AS score
       FROM (SELECT CAST(? AS tsquery) AS q) q JOIN items i ON i.tsv @@ q.q ${ITEM_JOINS}
       WHERE TRUE${filters} ORDER BY score DESC, m.approx_date DESC, i.id LIMIT ?`;
  return db.all<HitRow>(sql, [tsQuery(terms), ...params, limit]);
}

function toHit(r: HitRow, terms: QueryTerm[], decisions: boolean): SearchHit {
  return {
    kind: decisions ? 'decision' : 'item',
    id: r.id,
    score: Number(r.score),
    meeting: { id: r.meeting_id, date: r.date, referenceYear: r.reference_year === null ? null : Number(r.reference_year), title: r.meeting_title, body: r.body },
    item: { id: r.item_id, ordinal: Number(r.ordinal), number: r.number, title: r.title },
    decision: decisions ? { text: r.text, decidedBy: r.decided_by ?? null } : null,
    snippet: snippet(r.text || r.title, terms),
    file: r.path,
    page: r.page === null ? null : Number(r.page),
    recordFile: r.record_file,
  };
}
