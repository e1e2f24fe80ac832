import { describe, expect, it } from 'vitest';
import { foldLine, followupIcs, icsCounts, icsEscape } from '../../src/followup/ics.js';
import { followupTask } from './tasks.js';

function unfold(ics: string): string[] {
  return ics.replace(/\r\n[ \t]/g, '').split('\r\n').filter(Boolean);
}

/** Unescapes a TEXT value (RFC 5545 3.3.11). */
function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

describe('follow-up iCalendar', () => {
  const now = new Date('2025-02-01T08:00:00Z');
  const long = followupTask({ id: 'abc:2:a1', text: 'Återkoppla, med förslag; och «citat» – ett långt åtagande som måste vikas över flera rader i kalenderfilen utan att dela tecken som å, ä och ö.'.repeat(2), due: '2025-03-31', precision: 'month' });
  const undated = followupTask({ id: 'abc:3:a1', due: null, precision: null });
  const ics = followupIcs([followupTask(), long, undated], now);

  it('is CRLF lines of at most 75 octets, folded without splitting characters', () => {
    expect(ics.endsWith('\r\n')).toBe(true);
    const physical = ics.split('\r\n').slice(0, -1);
    for (const line of physical) {
      expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
      expect(line).not.toContain('\uFFFD');
      expect(line).not.toMatch(/\n|\r/);
    }
    expect(physical.some((l) => l.startsWith(' '))).toBe(true);
  });

  it('has one VTODO per dated task with a stable UID, due on its due date', () => {
    const lines = unfold(ics);
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines).toContain('VERSION:2.0');
    expect(lines.at(-1)).toBe('END:VCALENDAR');
    expect(lines.filter((l) => l === 'BEGIN:VTODO')).toHaveLength(2);
    expect(lines.filter((l) => l.startsWith('UID:'))).toEqual(['UID:7b52d196786977c7:4:d1@protokoll', 'UID:abc:2:a1@protokoll']);
    expect(lines).toContain('DUE;VALUE=DATE:20250128');
    expect(lines).toContain('DUE;VALUE=DATE:20250331');
    expect(lines.filter((l) => l === 'STATUS:NEEDS-ACTION')).toHaveLength(2);
    expect(lines.filter((l) => l === 'SEQUENCE:0')).toHaveLength(2);
    expect(lines).toContain('DTSTAMP:20250201T080000Z');
    // the same tasks give the same events
    expect(followupIcs([followupTask()], now)).toBe(followupIcs([followupTask()], now));
  });

  it('escapes text so that it reads back as written', () => {
    const summary = unfold(ics).find((l) => l.startsWith('SUMMARY:') && l.includes('Återkoppla'))!;
    expect(unescapeText(summary.slice('SUMMARY:'.length))).toContain('Återkoppla, med förslag; och «citat»');
    const description = unfold(ics).find((l) => l.startsWith('DESCRIPTION:'))!;
    const text = unescapeText(description.slice('DESCRIPTION:'.length));
    expect(text).toContain('Ansvarig: HR-chef (Karolina Håkansson)');
    expect(text).toContain('Citat: "HR-chef får i uppdrag');
    expect(text.split('\n').length).toBeGreaterThan(4);
  });

  it('escape and fold by the rules', () => {
    expect(icsEscape('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
    const folded = foldLine(`DESCRIPTION:${'ö'.repeat(60)}`);
    expect(folded.split('\r\n ').join('')).toBe(`DESCRIPTION:${'ö'.repeat(60)}`);
    expect(folded.split('\r\n').map((l) => Buffer.byteLength(l))).toEqual([74, 59]) // 12 + 31 × 2 octets; a space + 29 × 2;
  });
});

describe('what the ics export says it wrote', () => {
  it('counts the events in the file, and the tasks left out for want of a date', () => {
    const tasks = [followupTask(), followupTask({ id: 'abc:2:a1', due: null }), followupTask({ id: 'abc:3:a1' })];
    const events = unfold(followupIcs(tasks)).filter((l) => l === 'BEGIN:VTODO').length;
    expect(icsCounts(tasks)).toEqual({ written: events, undated: 1 });
    expect(events).toBe(2);
  });
});

describe('a task done in protokoll is done in the calendar after re-import', () => {
  it('is COMPLETED, with a higher SEQUENCE and LAST-MODIFIED at each change of status', () => {
    const done = unfold(followupIcs([followupTask({ status: 'done', statusChangedAt: '2025-02-03T09:30:00.000Z' })]));
    expect(done).toEqual(expect.arrayContaining(['STATUS:COMPLETED', 'PERCENT-COMPLETE:100', 'COMPLETED:20250203T093000Z', 'LAST-MODIFIED:20250203T093000Z']));
    const reopened = unfold(followupIcs([followupTask({ status: 'open', statusChangedAt: '2025-02-04T10:00:00.000Z' })]));
    expect(reopened).toContain('STATUS:NEEDS-ACTION');
    const seq = (lines: string[]) => Number(lines.find((l) => l.startsWith('SEQUENCE:'))!.slice(9));
    const never = unfold(followupIcs([followupTask()]));
    expect(seq(never)).toBe(0);
    expect(seq(done)).toBeGreaterThan(seq(never));
    expect(seq(reopened)).toBeGreaterThan(seq(done));
    expect(seq(reopened)).toBeLessThan(2 ** 31);
  });
});
