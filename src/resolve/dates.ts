/**
 * Date parts to EDTF against the meeting (CONTRACT.md): a date without a year is the first such
 * date on or after the meeting date, or in the reference year when the meeting has no date; a
 * month is YYYY-MM, a season YYYY-21..24, a quarter YYYY-33..36, a week the Friday of that ISO
 * week, a weekday the first such day after the meeting, "inom N veckor" the meeting plus N weeks,
 * "inom N månader" the meeting plus N calendar months (9 October + 1 is 9 November; from 31
 * January one month is the last day of February), "nästa vecka" the Friday of the week after the
 * meeting's, "nästa månad" the month after the meeting's, "senast den 20:e" the first 20th on or
 * after the meeting.
 */
import type { DateParts } from '../extract/types.js';

export interface DateAnchor {
  /** the meeting date, ISO, when the document states it */
  date: string | null;
  /** the year for dates written without one, when there is no meeting date */
  referenceYear: number | null;
}

export interface ResolvedDate {
  value: string | null;
  relative: 'next-meeting' | null;
}

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const isRealDay = (y: number, m: number, d: number) => utc(y, m, d).getUTCDate() === d;

/**
 * A week number a few weeks before the meeting is this year's: a follow-up of the last meeting's
 * list ("v. 39 ✓" in October), not a deadline almost a year ahead, which minutes would write with
 * its year. (A day is read forward: "senast den 7 januari" said on 14 January is next year's.)
 */
const RECENT_PAST_DAYS = 42;
const recentlyBefore = (day: Date, meeting: Date) => meeting.getTime() - day.getTime() <= RECENT_PAST_DAYS * 86_400_000;

/** last month of each season, for deciding whether "till våren" said in October means next spring */
const SEASON_LAST_MONTH: Record<number, number> = { 21: 5, 22: 8, 23: 11, 24: 14 };

export function resolveDate(parts: DateParts, anchor: DateAnchor): ResolvedDate {
  if (parts.relative) return { value: null, relative: parts.relative };
  const meeting = anchor.date ? new Date(`${anchor.date}T00:00:00Z`) : null;
  const my = meeting ? meeting.getUTCFullYear() : anchor.referenceYear;
  const mm = meeting ? meeting.getUTCMonth() + 1 : null;
  const none: ResolvedDate = { value: null, relative: null };

  if (parts.day !== undefined && parts.month !== undefined) {
    let y = parts.year ?? my;
    if (y === null || y === undefined) return none;
    if (parts.year === undefined && meeting && utc(y, parts.month, parts.day) < meeting) y += 1;
    return isRealDay(y, parts.month, parts.day) ? { value: `${y}-${pad(parts.month)}-${pad(parts.day)}`, relative: null } : none;
  }
  if (parts.month !== undefined) {
    let y = parts.year ?? my;
    if (y === null || y === undefined) return none;
    if (parts.year === undefined && mm !== null && parts.month < mm) y += 1;
    return { value: `${y}-${pad(parts.month)}`, relative: null };
  }
  if (parts.season !== undefined) {
    let y = parts.year ?? my;
    if (y === null || y === undefined) return none;
    if (parts.year === undefined && mm !== null && mm > SEASON_LAST_MONTH[parts.season]!) y += 1;
    return { value: `${y}-${parts.season}`, relative: null };
  }
  if (parts.quarter !== undefined) {
    let y = parts.year ?? my;
    if (y === null || y === undefined) return none;
    if (parts.year === undefined && mm !== null && mm > parts.quarter * 3) y += 1;
    return { value: `${y}-${32 + parts.quarter}`, relative: null };
  }
  if (parts.week !== undefined) {
    let y = parts.year ?? my;
    if (y === null || y === undefined) return none;
    let friday = isoWeekFriday(y, parts.week);
    if (parts.year === undefined && meeting && friday < meeting && !recentlyBefore(friday, meeting)) friday = isoWeekFriday(y + 1, parts.week);
    // "fredag vecka 12", "måndag i v. 9": that day of the week
    const day = parts.weekday !== undefined ? new Date(friday.getTime() + (parts.weekday - 5) * 86_400_000) : friday;
    return { value: iso(day), relative: null };
  }
  // (a weekday in a named week, "fredag nästa vecka", is that week's: below)
  if (parts.weekday !== undefined && parts.calendarOffset === undefined) {
    if (!meeting) return none;
    const current = ((meeting.getUTCDay() + 6) % 7) + 1;
    // ("Onsdag kl. 16" in a log kept on a Wednesday: that day, at that time)
    const ahead = (parts.weekday - current + 7) % 7 || (parts.sameDayAllowed ? 0 : 7);
    return { value: iso(new Date(meeting.getTime() + ahead * 86_400_000)), relative: null };
  }
  if (parts.offsetDays !== undefined) {
    if (!meeting) return none;
    return { value: iso(new Date(meeting.getTime() + parts.offsetDays * 86_400_000)), relative: null };
  }
  if (parts.day !== undefined && parts.month === undefined) {
    // "senast den 20:e": the first such day of a month on or after the meeting
    if (!meeting) return none;
    let [y, m] = [meeting.getUTCFullYear(), meeting.getUTCMonth() + 1];
    if (parts.day < meeting.getUTCDate()) [y, m] = m === 12 ? [y + 1, 1] : [y, m + 1];
    while (!isRealDay(y, m, parts.day)) [y, m] = m === 12 ? [y + 1, 1] : [y, m + 1];
    return { value: `${y}-${pad(m)}-${pad(parts.day)}`, relative: null };
  }
  if (parts.calendarOffset !== undefined) {
    if (!meeting && parts.calendarOffset.unit !== 'year') return none;
    const { unit, n } = parts.calendarOffset;
    if (unit === 'year') return my === null || my === undefined ? none : { value: String(my + n), relative: null };
    if (unit === 'month') {
      const first = addMonths(new Date(Date.UTC(meeting!.getUTCFullYear(), meeting!.getUTCMonth(), 1)), n);
      return { value: `${first.getUTCFullYear()}-${pad(first.getUTCMonth() + 1)}`, relative: null };
    }
    // a week is its Friday, unless a weekday in it is named ("tisdag nästa vecka")
    const monday = meeting!.getTime() - ((meeting!.getUTCDay() + 6) % 7) * 86_400_000;
    const day = parts.weekday !== undefined ? parts.weekday - 1 : 4;
    return { value: iso(new Date(monday + (n * 7 + day) * 86_400_000)), relative: null };
  }
  if (parts.offsetMonths !== undefined) {
    if (!meeting) return none;
    return { value: iso(addMonths(meeting, parts.offsetMonths)), relative: null };
  }
  if (parts.year !== undefined) return { value: String(parts.year), relative: null };
  return none;
}

/** The same day `months` calendar months later, or the last day of that month where it is shorter. */
export function addMonths(date: Date, months: number): Date {
  const target = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  return utc(target.getUTCFullYear(), target.getUTCMonth() + 1, Math.min(date.getUTCDate(), lastDay));
}

/** The Friday of ISO week `week` of ISO year `year`. */
export function isoWeekFriday(year: number, week: number): Date {
  const jan4 = utc(year, 1, 4);
  const mondayOfWeek1 = new Date(jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * 86_400_000);
  return new Date(mondayOfWeek1.getTime() + ((week - 1) * 7 + 4) * 86_400_000);
}
