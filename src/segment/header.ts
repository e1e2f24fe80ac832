/**
 * The meeting header: what the opening of the minutes says about the meeting (title, body,
 * organisation, type, date, times, place, secretary, participants). Reads the lines before the
 * first agenda item; form tables ("Sekreterare | Mötesdatum | Klockslag" over their values) are
 * turned into "label value" lines first.
 */
import { BODY_PATTERN, DOCUMENT_TYPES, HEADER_LABELS, MONTHS, ORGANISATION_PATTERN, PAGE_FURNITURE } from '../lexicon/index.js';
import type { Block } from '../model/document.js';
import type { Person } from '../record/schema.js';
import { parsePersonEntry, readParticipants } from './participants.js';
import type { MeetingHeader } from './types.js';

const LABEL_WORDS = Object.values(HEADER_LABELS);
const isLabel = (s: string) => LABEL_WORDS.some((re) => re.test(s.replace(/:$/, '').trim()));

/** Header blocks as lines; a row of labels over a row of values becomes "label value" lines. */
export function headerLines(blocks: Block[]): string[] {
  const lines: string[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.kind !== 'table-row') {
      if (!PAGE_FURNITURE.some((re) => re.test(b.text))) lines.push(b.text);
      continue;
    }
    const next = blocks[i + 1];
    const labels = b.cells.map((c) => c.text);
    if (next?.kind === 'table-row' && labels.filter(Boolean).length > 0 && labels.every((l) => !l || isLabel(l)) && next.cells.length === b.cells.length) {
      b.cells.forEach((c, k) => { if (c.text) lines.push(`${c.text}: ${next.cells[k]!.text}`); });
      i++;
      continue;
    }
    for (const c of b.cells) lines.push(...c.lines.filter(Boolean));
  }
  return lines;
}

const MONTH_NAMES = Object.keys(MONTHS).filter((m) => m.length > 3).join('|');
const ISO_DATE = /(?<![\d-])((?:19|20)\d\d)-(\d\d)-(\d\d)(?![\d-])/;
const WRITTEN_DATE = new RegExp(`(?<![\\d])(\\d{1,2})\\s+(${MONTH_NAMES})\\s+((?:19|20)\\d\\d)`, 'iu');
const TIME_RANGE = /(?<![\d-])(?:kl\.?\s*)?(\d{1,2})(?:[.:](\d{2}))?\s*[-–]\s*(\d{1,2})(?:[.:](\d{2}))?(?![\d-])/iu;

const pad = (n: number | string) => String(n).padStart(2, '0');

function dateIn(line: string): string | null {
  const iso = ISO_DATE.exec(line);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const w = WRITTEN_DATE.exec(line);
  if (w) return `${w[3]}-${pad(MONTHS[w[2]!.toLowerCase()]!)}-${pad(w[1]!)}`;
  return null;
}

function timesIn(line: string): { start: string; end: string | null } | null {
  const t = TIME_RANGE.exec(line.replace(ISO_DATE, ' '));
  if (!t) {
    // a start time alone: "kl. 18.30"
    const k = /(?<![\p{L}])kl\.?\s*(\d{1,2})[.:](\d{2})(?!\d)/iu.exec(line);
    return k && Number(k[1]) < 24 ? { start: `${pad(k[1]!)}:${k[2]}`, end: null } : null;
  }
  const [h1, m1, h2, m2] = [Number(t[1]), t[2] ?? '00', Number(t[3]), t[4] ?? '00'];
  if (h1 > 23 || h2 > 23 || h2 < h1) return null;
  return { start: `${pad(h1)}:${m1}`, end: `${pad(h2)}:${m2}` };
}

/** "Lokal: Johans kontor" -> ["Lokal", "Johans kontor"]. */
function labelled(line: string): [string, string] | null {
  const m = /^([\p{L} ]{2,30}?)\s*:\s*(.+)$/u.exec(line);
  return m ? [m[1]!.trim(), m[2]!.trim()] : null;
}

export function readHeader(blocks: Block[]): MeetingHeader {
  const lines = headerLines(blocks);
  const header: MeetingHeader = {
    title: null, body: null, organisation: null, documentType: null, date: null,
    startTime: null, endTime: null, location: null, secretary: null, participants: [],
  };

  // labelled values first: they say what they are
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const lv = labelled(line);
    const label = lv?.[0] ?? line.trim();
    const value = lv?.[1] ?? '';
    if (HEADER_LABELS.location.test(label) && value && !header.location) header.location = value;
    if (HEADER_LABELS.date.test(label) && !header.date) header.date = dateIn(value) ?? dateIn(lines[i + 1] ?? '');
    if (HEADER_LABELS.time.test(label) && !header.startTime) {
      const t = timesIn(value) ?? timesIn(lines[i + 1] ?? '');
      if (t) { header.startTime = t.start; header.endTime = t.end; }
    }
    if (HEADER_LABELS.secretary.test(label) && !header.secretary) header.secretary = secretaryFrom(value || lines[i + 1] || '');
    // a line of labels ("Sekreterare Mötesdatum Klockslag") over a line of values
    const words = line.split(/\s+/);
    if (!lv && words.length >= 2 && words.every((w) => isLabel(w))) {
      const values = lines[i + 1] ?? '';
      if (!header.date) header.date = dateIn(values);
      const t = timesIn(values);
      if (t && !header.startTime) { header.startTime = t.start; header.endTime = t.end; }
      if (words.some((w) => HEADER_LABELS.secretary.test(w)) && !header.secretary) header.secretary = secretaryFrom(values);
    }
  }

  // the title: a line naming the meeting with its date ("FLG den 2 april 2024"), else the first heading
  const isLabelled = (t: string) => labelled(t) !== null && isLabel(labelled(t)![0]);
  const titleBlock = blocks.find((b) => b.kind === 'heading' && /\p{L}{3}/u.test(b.text))
    ?? blocks.find((b) => b.kind === 'paragraph' && b.style.bold && /\p{L}{3}/u.test(b.text) && !isLabelled(b.text) && b.text.split(' ').length >= 2)
    ?? blocks.find((b) => b.kind !== 'table-row' && dateIn(b.text) && b.text.length < 140 && !/^\d{4}-\d\d-\d\d$/.test(b.text) && /\p{L}{3}/u.test(b.text) && !isLabelled(b.text));
  header.title = titleBlock?.text ?? null;
  if (!header.date) header.date = (header.title && dateIn(header.title)) || lines.map(dateIn).find(Boolean) || null;
  if (!header.startTime) {
    const t = lines.map((l) => (/\bkl\b|\btid\b/i.test(l) ? timesIn(l) : null)).find(Boolean);
    if (t) { header.startTime = t.start; header.endTime = t.end; }
  }

  const candidates = [header.title ?? '', ...lines];
  for (const line of candidates) {
    if (!header.documentType) header.documentType = DOCUMENT_TYPES.find((d) => d.pattern.test(line))?.type ?? null;
    if (!header.organisation) {
      const org = line.split(/\s+[–-]\s+|\s*\/\s*|,\s*/).map((s) => s.trim().replace(/\s+den\s.*$/, '')).find((s) => ORGANISATION_PATTERN.test(s));
      if (org) header.organisation = org;
    }
  }
  for (const line of candidates) {
    const m = BODY_PATTERN.exec(line);
    if (m && !/^(?:närvarande|frånvarande|gäster)/i.test(line)) { header.body = bodyPhrase(line, m); break; }
  }

  header.participants = readParticipants(lines);
  if (header.secretary?.name) {
    const p = header.participants.find((x) => x.name === header.secretary!.name);
    if (p && !p.role) p.role = 'Sekreterare';
    if (p) header.secretary = { ...header.secretary, initials: p.initials, attendance: p.attendance };
  }
  return header;
}

/** "samverkansgrupp FSG" keeps its short name; "Förvaltningsledningsgruppen" stands alone. */
function bodyPhrase(line: string, m: RegExpExecArray): string {
  const after = line.slice(m.index + m[0].length);
  const short = /^\s+(\p{Lu}{2,5})(?![\p{L}])/u.exec(after);
  const word = m[0];
  const phrase = short ? `${word} ${short[1]}` : word;
  return phrase.charAt(0).toUpperCase() + phrase.slice(1);
}

function secretaryFrom(value: string): Person | null {
  const text = value.replace(ISO_DATE, ' ').replace(TIME_RANGE, ' ').trim();
  const p = parsePersonEntry(text, null);
  return p ? { ...p, role: 'Sekreterare' } : null;
}
