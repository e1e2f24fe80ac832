/**
 * Where to start reviewing: the owners the rules were least sure of. The record does not say
 * which rule found an owner, so the store notes where the owner stands in the task's evidence
 * quote (rows.ts ownerSource): an Ansvarig column or "Ansv:" line is sure; an owner read from a
 * sentence less so; an owner the quote does not hold at all (taken from an earlier sentence, or a
 * table column beside the quoted text) least. Within each, an owner written as a role, group or
 * first name comes before one written as a full name or initials, and newer meetings first.
 * Owners a person already corrected, and tasks dismissed as not decisions, are left out.
 */
import { inList, type SqlDb } from '../store/sql.js';
import { loadOverlay } from './overlay.js';

export interface ReviewOwner {
  taskId: string;
  taskText: string;
  kind: 'decision' | 'action';
  owner: { text: string; name: string | null; initials: string | null; role: string | null };
  /** where the owner was read: "sentence" (free text) or "elsewhere" (not in the quote) */
  source: 'sentence' | 'elsewhere';
  quote: string;
  page: number | null;
  meeting: { id: string; date: string | null; body: string | null; title: string | null };
  item: { id: string; number: string | null; title: string };
}

export interface ReviewPage {
  /** all owners to review, on every page */
  total: number;
  owners: ReviewOwner[];
}

interface Row {
  task_id: string; task_text: string; kind: 'decision' | 'action'; text: string; name: string | null; initials: string | null; role: string | null;
  source: 'sentence' | 'elsewhere'; quote: string; page: number | null;
  meeting_id: string; date: string | null; body: string | null; meeting_title: string | null;
  item_id: string; number: string | null; item_title: string;
}

/** The owners least sure first (see above), `limit` (default 50, at most 500) from `offset`. */
export async function leastSureOwners(db: SqlDb, options: { limit?: number; offset?: number } = {}): Promise<ReviewPage> {
  const limit = Math.max(1, Math.min(Math.floor(options.limit ?? 50), 500));
  const offset = Math.max(0, Math.floor(options.offset ?? 0));
  const overlay = await loadOverlay(db);
  const reviewed = [...overlay.tasks].filter(([, c]) => c.owner || c.dismissed).map(([id]) => id);
  const where = ['o.listed = 1', 'o.review_rank IS NOT NULL'];
  const params: unknown[] = [];
  if (reviewed.length) {
    const list = inList(db, 'o.task_id', reviewed);
    where.push(`NOT (${list.sql})`);
    params.push(list.param);
  }
  // both read the review index alone; the page's rows are then joined to their task, item and meeting
  const [count] = await db.all<{ n: number }>(`SELECT COUNT(*) AS n FROM owners o WHERE ${where.join(' AND ')}`, params);
  const rows = await db.all<Row>(
    `SELECT o.task_id, t.text AS task_text, t.kind, o.text, o.name, o.initials, o.role, o.source, t.quote, t.page,
       m.id AS meeting_id, m.date, m.body, m.title AS meeting_title, i.id AS item_id, i.number, i.title AS item_title
     FROM (SELECT o.task_id, o.ordinal, o.text, o.name, o.initials, o.role, o.source, o.meeting_id, o.review_rank, o.review_date FROM owners o
           WHERE ${where.join(' AND ')} ORDER BY o.review_rank, o.review_date DESC, o.task_id, o.ordinal LIMIT ? OFFSET ?) o
     JOIN tasks t ON t.id = o.task_id JOIN items i ON i.id = t.item_id JOIN meetings m ON m.id = o.meeting_id
     ORDER BY o.review_rank, o.review_date DESC, o.task_id, o.ordinal`, [...params, limit, offset]);
  return {
    total: Number(count?.n ?? 0),
    owners: rows.map((r) => ({
      taskId: r.task_id, taskText: r.task_text, kind: r.kind,
      owner: { text: r.text, name: r.name, initials: r.initials, role: r.role },
      source: r.source, quote: r.quote, page: r.page === null ? null : Number(r.page),
      meeting: { id: r.meeting_id, date: r.date, body: r.body, title: r.meeting_title },
      item: { id: r.item_id, number: r.number, title: r.item_title },
    })),
  };
}
