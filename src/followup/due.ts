/**
 * When a deadline falls due. A deadline names a day, month, season, quarter or year (EDTF, see
 * CONTRACT.md); a task is due at the end of that period, so "i mars" is not overdue before
 * 31 March. Seasons are the meteorological ones (spring March to May, winter December to February).
 */
import type { Deadline } from '../record/schema.js';

export type DuePrecision = 'day' | 'month' | 'season' | 'quarter' | 'year' | 'next-meeting';

export interface DuePeriod {
  start: string;
  end: string;
  precision: Exclude<DuePrecision, 'next-meeting'>;
}

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
/** last day of month m (1-12) of year y */
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** The period an EDTF value from a record covers; null for values outside the contract's forms. */
export function periodOf(edtf: string): DuePeriod | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(edtf);
  if (!m) return null;
  const year = Number(m[1]);
  if (m[3]) return { start: edtf, end: edtf, precision: 'day' };
  if (!m[2]) return { start: iso(year, 1, 1), end: iso(year, 12, 31), precision: 'year' };
  const code = Number(m[2]);
  if (code >= 1 && code <= 12) return { start: iso(year, code, 1), end: iso(year, code, lastDay(year, code)), precision: 'month' };
  if (code >= 21 && code <= 24) {
    const firstMonth = [3, 6, 9, 12][code - 21]!;
    const endYear = code === 24 ? year + 1 : year;
    const endMonth = code === 24 ? 2 : firstMonth + 2;
    return { start: iso(year, firstMonth, 1), end: iso(endYear, endMonth, lastDay(endYear, endMonth)), precision: 'season' };
  }
  if (code >= 33 && code <= 36) {
    const endMonth = (code - 32) * 3;
    return { start: iso(year, endMonth - 2, 1), end: iso(year, endMonth, lastDay(year, endMonth)), precision: 'quarter' };
  }
  return null;
}

export interface TaskDue {
  /** the day the task falls due (end of its earliest deadline's period); null when undated */
  due: string | null;
  precision: DuePrecision | null;
}

/**
 * A task's due date: the earliest end among its deadlines. "Nästa möte" counts from the date of
 * the next meeting of the same body, when the archive holds one (`nextMeeting`).
 */
export function taskDue(deadlines: { value: Deadline['value']; relative: string | null }[], nextMeeting: string | null): TaskDue {
  let best: TaskDue = { due: null, precision: null };
  const consider = (due: string, precision: DuePrecision) => {
    if (best.due === null || due < best.due) best = { due, precision };
  };
  for (const d of deadlines) {
    const period = d.value ? periodOf(d.value) : null;
    if (period) consider(period.end, period.precision);
    else if (d.relative === 'next-meeting' && nextMeeting) consider(nextMeeting, 'next-meeting');
  }
  return best;
}
