/**
 * The follow-up list as iCalendar (RFC 5545): one VTODO due on the due date of each dated task,
 * so that a task done in protokoll is COMPLETED in Outlook after the next import. UIDs come from
 * task ids, and SEQUENCE and LAST-MODIFIED from the time its status or a correction last changed it, so importing
 * again updates the task instead of doubling or ignoring it. (Google Calendar ignores VTODO on
 * import; Outlook and Thunderbird take it.)
 * Lines are folded at 75 octets without splitting a UTF-8 character; text is escaped.
 */
import type { FollowupTask } from './list.js';
import { correctedWords, lastChanged } from './corrected-words.js';
import { ownerNames, PRECISION_WORDS } from './csv.js';

export function icsEscape(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

/** Folds a content line: at most 75 octets per line, continuation lines start with a space. */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = Buffer.byteLength(ch, 'utf8');
    const limit = out.length === 0 ? 75 : 74; // continuation lines lose one octet to the leading space
    if (octets + size > limit) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

const compact = (isoDate: string) => isoDate.replace(/-/g, '');


/**
 * A task's revision: 0 until its status is first changed, then the minutes from 2020 to the last
 * change, so every later change (done, reopened) has a higher number than the one before.
 */
export function sequenceOf(changedAt: string | null): number {
  if (!changedAt) return 0;
  const ms = Date.parse(changedAt);
  return Number.isFinite(ms) ? Math.max(1, Math.floor((ms - Date.UTC(2020, 0, 1)) / 60_000)) : 0;
}

function utcStamp(now: Date): string {
  return now.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}


/** How many of the tasks the calendar holds (those with a due date), and how many it leaves out. */
export function icsCounts(tasks: FollowupTask[]): { written: number; undated: number } {
  const written = tasks.filter((t) => t.due).length;
  return { written, undated: tasks.length - written };
}

export function followupIcs(tasks: FollowupTask[], now = new Date()): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//protokoll//follow-up//SV', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', 'X-WR-CALNAME:Protokoll uppföljning'];
  for (const t of tasks) {
    if (!t.due) continue;
    const owners = ownerNames(t.owners);
    const who = owners.people || owners.written;
    const meeting = [t.meeting.body, t.meeting.date ?? t.meeting.referenceYear].filter(Boolean).join(' ');
    const description = [
      t.text,
      `Ansvarig: ${owners.written || '-'}${owners.people && owners.people !== owners.written ? ` (${owners.people})` : ''}`,
      `Senast: ${t.due} (${PRECISION_WORDS[t.precision ?? 'day'] ?? t.precision}${t.deadlines[0] ? `: "${t.deadlines.map((d) => d.text).join('", "')}"` : ''})`,
      `Möte: ${meeting || t.meeting.title || '-'}, punkt ${t.item.number ?? t.item.ordinal} ${t.item.title}`,
      ...(t.quote ? [`Citat: "${t.quote}"`] : []),
      ...(t.corrected ? [`Rättad: ${correctedWords(t)}`] : []),
      `Källa: ${t.file}${t.page ? ` s. ${t.page}` : ''}`,
      `Uppgift: ${t.id}`,
    ].join('\n');
    const summary = `${who ? `${who}: ` : ''}${t.text}`;
    const last = lastChanged(t);
    const changed = last ? utcStamp(new Date(last)) : null;
    const completed = t.statusChangedAt && Number.isFinite(Date.parse(t.statusChangedAt)) ? utcStamp(new Date(t.statusChangedAt)) : null;
    lines.push(
      'BEGIN:VTODO',
      `UID:${t.id}@protokoll`,
      `DTSTAMP:${utcStamp(now)}`,
      `SEQUENCE:${sequenceOf(last)}`,
      ...(changed ? [`LAST-MODIFIED:${changed}`] : []),
      `DUE;VALUE=DATE:${compact(t.due)}`,
      `SUMMARY:${icsEscape(summary.length > 200 ? `${summary.slice(0, 199)}…` : summary)}`,
      `DESCRIPTION:${icsEscape(description)}`,
      `CATEGORIES:${icsEscape(t.meeting.body ?? 'Protokoll')}`,
      ...(t.status === 'done'
        ? ['STATUS:COMPLETED', 'PERCENT-COMPLETE:100', ...(completed ? [`COMPLETED:${completed}`] : [])]
        : ['STATUS:NEEDS-ACTION']),
      'END:VTODO',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
