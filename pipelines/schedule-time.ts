/**
 * The checks and the clock of `protokoll schedule`: a cron pattern and a time zone are checked
 * before anything is registered (a wrong one is a plain sentence, not a Redis or parser error),
 * and the next runs are shown in the chosen zone's local time, as the user thinks of them.
 */
import { CronExpressionParser } from 'cron-parser';

/** null when the zone is one the clock knows (IANA names such as Europe/Stockholm); else why not. */
export function timeZoneProblem(tz: string): string | null {
  try {
    new Intl.DateTimeFormat('sv-SE', { timeZone: tz });
    return null;
  } catch {
    return `"${tz}" is not a time zone; give one such as Europe/Stockholm or UTC`;
  }
}

/** null when the pattern is a cron pattern of 5 fields (or 6, seconds first); else why not. */
export function cronProblem(pattern: string, tz?: string): string | null {
  const fields = pattern.trim().split(/\s+/).filter(Boolean);
  const example = 'e.g. "0 2 * * *" for 02:00 every night (minute hour day-of-month month day-of-week)';
  if (fields.length < 5 || fields.length > 6) return `"${pattern}" is not a cron pattern: it needs 5 fields (or 6, with seconds first), not ${fields.length}; ${example}`;
  try {
    CronExpressionParser.parse(pattern, tz ? { tz } : {});
    return null;
  } catch (error) {
    return `"${pattern}" is not a cron pattern (${error instanceof Error ? error.message : String(error)}); ${example}`;
  }
}

/** The next `count` runs of a valid pattern after `from`, as instants. */
export function nextRuns(pattern: string, tz: string | undefined, count: number, from = new Date()): Date[] {
  const expression = CronExpressionParser.parse(pattern, { currentDate: from, ...(tz ? { tz } : {}) });
  return Array.from({ length: count }, () => expression.next().toDate());
}

/** "2026-12-07 02:00 Europe/Stockholm": the instant on the zone's wall clock (local time when no zone). */
export function localTime(at: Date, tz?: string): string {
  const zone = tz ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  const text = new Intl.DateTimeFormat('sv-SE', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(at);
  return `${text} ${zone}`;
}
