/**
 * The query parameters of the search and follow-up pages and API, checked as the CLI checks its
 * options: a bad value becomes an InputError in plain words (HTTP 400), never a query.
 */
import type { FollowupOptions } from '../followup/list.js';
import { dateBound, DateOptionError } from '../search/date-bounds.js';
import type { SearchOptions } from '../search/search.js';

export class InputError extends Error {}

type Query = Record<string, unknown>;

/** A single string parameter; repeated or over-long ones are refused. */
export function param(query: Query, name: string, maxLength = 200): string | undefined {
  const value = query[name];
  if (value === undefined || value === '') return undefined;
  if (typeof value !== 'string') throw new InputError(`"${name}" is given more than once`);
  if (value.length > maxLength) throw new InputError(`"${name}" is too long (at most ${maxLength} characters)`);
  return value.trim() || undefined;
}

function date(query: Query, name: string, side: 'from' | 'to'): string | undefined {
  const value = param(query, name, 20);
  if (!value) return undefined;
  try {
    return dateBound(value, side, name);
  } catch (error) {
    if (error instanceof DateOptionError) throw new InputError(error.message);
    throw error;
  }
}

/** A query value as a form field shows it again: the string, or '' (never an array or an object). */
export function formValue(query: Query, name: string): string {
  const v = query[name];
  return typeof v === 'string' ? v : '';
}

/** The page a list request asks for: offset from 0, limit from 1 to `max` (`fallback` when not given). */
export function pageWindow(query: Query, max: number, fallback = max): { offset: number; limit: number } {
  const offset = Number(param(query, 'offset', 7) ?? 0);
  const limit = Number(param(query, 'limit', 5) ?? fallback);
  if (!Number.isInteger(offset) || offset < 0) throw new InputError('"offset" takes a whole number from 0');
  if (!Number.isInteger(limit) || limit < 1 || limit > max) throw new InputError(`"limit" takes a whole number from 1 to ${max}`);
  return { offset, limit };
}

export function flag(query: Query, name: string): boolean {
  const value = param(query, name, 10);
  return value === '1' || value === 'true' || value === 'on' || value === 'yes';
}

export const SEARCH_LIMIT = 50;

export function searchOptions(query: Query): SearchOptions & { query: string } {
  const limitText = param(query, 'limit', 4);
  const limit = limitText === undefined ? SEARCH_LIMIT : Number(limitText);
  if (!Number.isInteger(limit) || limit < 1 || limit > 200) throw new InputError(`"limit" takes a whole number from 1 to 200, not "${limitText}"`);
  return {
    // the search's own bounds (1,000 characters, 16 words) say more than this cut
    query: param(query, 'q', 2000) ?? '',
    body: param(query, 'body'),
    from: date(query, 'from', 'from'),
    to: date(query, 'to', 'to'),
    owner: param(query, 'owner'),
    decisions: flag(query, 'decisions'),
    limit,
  };
}

export const STATUSES = ['open', 'overdue', 'all'] as const;
export type StatusFilter = (typeof STATUSES)[number];

export function followupOptions(query: Query): FollowupOptions & { status: StatusFilter } {
  const status = (param(query, 'status', 10) ?? 'open') as StatusFilter;
  if (!STATUSES.includes(status)) throw new InputError(`"status" takes ${STATUSES.join(', ')}, not "${status}"`);
  return {
    status,
    owner: param(query, 'owner'),
    body: param(query, 'body'),
    open: status === 'open',
    overdue: status === 'overdue',
    dueBefore: date(query, 'due_before', 'from'),
    today: date(query, 'today', 'from'),
  };
}
