/**
 * Dates as users give them on the command line: a day (2024-04-02), a month (2024-04) or a year
 * (2024). As a lower bound a month or year means its first day, as an upper bound its last.
 */
export class DateOptionError extends Error {}

export function dateBound(value: string, side: 'from' | 'to', option: string): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value.trim());
  const year = Number(m?.[1]);
  const month = m?.[2] ? Number(m[2]) : null;
  const day = m?.[3] ? Number(m[3]) : null;
  const last = (y: number, mo: number) => new Date(Date.UTC(y, mo, 0)).getUTCDate();
  if (!m || (month !== null && (month < 1 || month > 12)) || (day !== null && (day < 1 || day > last(year, month!)))) {
    throw new DateOptionError(`${option} takes a date such as 2024-04-02, 2024-04 or 2024, not "${value}"`);
  }
  const p = (n: number) => String(n).padStart(2, '0');
  if (day !== null) return `${year}-${p(month!)}-${p(day)}`;
  if (month !== null) return side === 'from' ? `${year}-${p(month)}-01` : `${year}-${p(month)}-${p(last(year, month))}`;
  return side === 'from' ? `${year}-01-01` : `${year}-12-31`;
}
