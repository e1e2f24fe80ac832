/**
 * The meeting header: what the opening of the minutes says about the meeting (title, body,
 * organisation, type, date, times, place, secretary, participants). Reads the lines before the
 * first agenda item; form tables ("Sekreterare | Mötesdatum | Klockslag" over their values) are
 * turned into "label value" lines first.
 */
import { ATTENDANCE_LABELS, BODY_PATTERN, DOCUMENT_TYPES, HEADER_LABELS, MAIL_LABELS, MONTHS, ORGANISATION_PATTERN, PAGE_FURNITURE, PAST_WEEKDAY, WEEKDAYS, fullYearOf } from '../lexicon/index.js';
import type { Block, TableRowBlock } from '../model/document.js';
import type { Person } from '../record/schema.js';
import { participantTable } from './participant-table.js';
import { attendanceLabel, parsePersonEntry, readParticipants } from './participants.js';
import type { MeetingHeader } from './types.js';

const LABEL_WORDS = Object.values(HEADER_LABELS);
const isLabel = (s: string) => LABEL_WORDS.some((re) => re.test(s.replace(/:$/, '').trim()));

/**
 * "… kl. 08.30–11.30, Centralköket Lärkan Närvarande: Eva Nordin (EN), …": a PDF may run the
 * line before an attendance list into it; the list starts a line of its own at its label.
 */
function atAttendanceLabels(text: string): string[] {
  const cuts = [...text.matchAll(/(?<=\S)\s+(?=(\p{Lu}[\p{L} ]{2,40}?):\s)/gu)].filter((m) => ATTENDANCE_LABELS.some((l) => l.pattern.test(m[1]!)));
  if (!cuts.length) return [text];
  const out: string[] = [];
  let from = 0;
  for (const c of cuts) { out.push(text.slice(from, c.index).trim()); from = c.index + c[0].length; }
  out.push(text.slice(from).trim());
  return out.filter(Boolean);
}

/**
 * Header blocks as lines; a row of labels over a row of values becomes "label value" lines. The
 * people of a participant table are read at once, by its columns.
 */
export function headerLines(blocks: Block[]): { lines: string[]; tablePeople: Person[]; parties: string[] } {
  const lines: string[] = [];
  const tablePeople: Person[] = [];
  const parties: string[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.kind !== 'table-row') {
      if (!PAGE_FURNITURE.some((re) => re.test(b.text))) lines.push(...atAttendanceLabels(b.text));
      continue;
    }
    // "Namn | Företräder" over one person a row
    const above = lines.length ? lines[lines.length - 1]! : '';
    const people = participantTable(blocks, i, attendanceLabel(above) ? above.replace(/:.*$/u, '') : null);
    if (people) {
      tablePeople.push(...people.people);
      parties.push(...people.parties);
      i = people.end - 1;
      continue;
    }
    const next = blocks[i + 1];
    const labels = b.cells.map((c) => c.text);
    if (next?.kind === 'table-row' && labels.filter(Boolean).length > 0 && labels.every((l) => !l || isLabel(l)) && next.cells.length === b.cells.length) {
      b.cells.forEach((c, k) => { if (c.text) lines.push(`${c.text}: ${next.cells[k]!.text}`); });
      i++;
      continue;
    }
    // "Kommunen | Polisen | Regionen" over the people each side sent, one a line: who came
    // (a "Förhinder:" line in a cell goes for the lines after it in that cell only)
    if (next?.kind === 'table-row' && next.table === b.table && isSidesRow(b) && namesPeople(next)) {
      tablePeople.push(...next.cells.flatMap((c) => peopleOfCell(c.lines)));
      i++;
      continue;
    }
    // a form grid's row: "Antecknare | Cecilia Ahl" is the label of the lines beside it
    const [label, value] = b.cells;
    if (b.cells.length === 2 && label && value?.text && /^[\p{L} /-]{2,30}$/u.test(label.text.trim()) && label.text.trim().split(/\s+/u).length <= 4) {
      lines.push(`${label.text.trim()}:`, ...value.lines.filter(Boolean));
      continue;
    }
    for (const c of b.cells) lines.push(...c.lines.filter(Boolean));
  }
  return { lines, tablePeople, parties };
}

/** "Kommunen | Polisen | Regionen": short names over columns, no labels and no numbers */
const isSidesRow = (row: TableRowBlock) => row.cells.length >= 2 && row.cells.every((c) => /^\p{Lu}[\p{L} &-]{1,40}$/u.test(c.text.trim()) && c.text.trim().split(/\s+/u).length <= 4 && !isLabel(c.text.trim()));
/** A row whose cells list people a line each ("Sofia Olander (SO), trygghetssamordnare"), most lines a full name. */
function namesPeople(row: TableRowBlock): boolean {
  const entries = row.cells.flatMap((c) => c.lines.filter(Boolean));
  const people = entries.filter((l) => (parsePersonEntry(l, null)?.name ?? '').split(/\s+/u).length >= 2);
  return entries.length >= 2 && people.length >= 0.6 * entries.length;
}

/** A cell's people, one a line, there unless a label in the cell says otherwise ("Förhinder: Anders Qvist, lokalpolisområdeschef"). */
function peopleOfCell(cellLines: string[]): Person[] {
  let attendance: Person['attendance'] = 'present';
  return cellLines.filter(Boolean).flatMap((line) => {
    const label = attendanceLabel(line);
    if (label) attendance = label.attendance;
    // ("Tobias Wärn, fältsekreterare": the comma after the name sets off the role)
    const person = parsePersonEntry((label ? label.rest : line).replace(/^(\p{Lu}[^,()]*?)\s*,\s*/u, '$1 '), attendance);
    return person ? [person] : [];
  });
}

// full month names ("maj" is one, three letters long); abbreviations are too often something else
const MONTH_NAMES = Object.keys(MONTHS).filter((m) => m.length > 3 || m === 'maj').join('|');
const ISO_DATE = /(?<![\d-])((?:19|20)\d\d)-(\d\d)-(\d\d)(?![\d-])/;
const WRITTEN_DATE = new RegExp(`(?<![\\d])(\\d{1,2})\\s+(${MONTH_NAMES})\\s+((?:19|20)\\d\\d)`, 'iu');
const TIME_RANGE = /(?<![\d-])(?:kl\.?\s*)?(\d{1,2})(?:[.:](\d{2}))?\s*[-–]\s*(\d{1,2})(?:[.:](\d{2}))?(?![\d-])/iu;

const pad = (n: number | string) => String(n).padStart(2, '0');

/** "14/1 2025", "14.1.2025", "14/01/2025": day, month and year in numbers */
const NUMERIC_DATE = /(?<![\d/.])(\d{1,2})[/.](\d{1,2})(?:[/.]|\s+)((?:19|20)\d\d)(?![\d])/u;
const SHORT_YEAR_DATE = /(?<![\d/.])(\d{1,2})\/(\d{1,2})-(\d\d)(?![\d])/u;
const TWO_DIGIT_YEAR_DATE = /(?<![\d-])(\d\d)-(\d\d)-(\d\d)(?![\d])/u;

/** A day (1–31) and a month (1–12) as written in numbers. */
const isDayOfMonth = (day: string, month: string) => Number(month) >= 1 && Number(month) <= 12 && Number(day) >= 1 && Number(day) <= 31;

function dateIn(line: string): string | null {
  const iso = ISO_DATE.exec(line);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const w = WRITTEN_DATE.exec(line);
  if (w) return `${w[3]}-${pad(MONTHS[w[2]!.toLowerCase()]!)}-${pad(w[1]!)}`;
  const n = NUMERIC_DATE.exec(line);
  if (n && isDayOfMonth(n[1]!, n[2]!)) return `${n[3]}-${pad(n[2]!)}-${pad(n[1]!)}`;
  // "tis 12/5-26": day, month and the year's last two digits
  const short = SHORT_YEAR_DATE.exec(line);
  if (short && isDayOfMonth(short[1]!, short[2]!)) {
    const yy = Number(short[3]);
    return `${fullYearOf(yy)}-${pad(short[2]!)}-${pad(short[1]!)}`;
  }
  // "Datum: 93-04-19": a typed protocol's date, the year in two digits first
  const typed = TWO_DIGIT_YEAR_DATE.exec(line);
  if (typed && isDayOfMonth(typed[3]!, typed[2]!)) return `${fullYearOf(Number(typed[1]))}-${typed[2]}-${typed[3]}`;
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

/** "Sammanträdesdatum 2019-03-12", "Mötesdatum: 12 mars 2019" inside a line */
const DATE_LABEL_IN_LINE = /(?<![\p{L}])(?:sammanträdesdatum|mötesdatum|sammanträdesdag|mötesdag)\s*:?\s+/iu;

/** "4 mars", "den 12 maj": a day and a month, the year left to the reader */
const DAY_AND_MONTH = new RegExp(`(?<![\\d])(\\d{1,2})\\s+(${MONTH_NAMES})(?![\\p{L}])(?!\\s+(?:19|20)\\d\\d)`, 'iu');
/** "den 5 mars 2026 10:14", "2026-03-05 10:14": a date stamped with the minute, as a mail client writes when it was sent */
const STAMPED = /\d\s+\d{1,2}:\d{2}(?!\d)/u;

/** "Anteckningar presidiet 14/11": a day and a month in numbers, no year */
const DAY_SLASH_MONTH = /(?<![\d/.,-])(\d{1,2})\/(\d{1,2})(?![\d/])/u;

/** A day and month ("03-04") on or before the day a letter was sent: in its year, else the year before. */
const onOrBeforeSent = (month: number, day: number, sent: string) => {
  const md = `${pad(month)}-${pad(day)}`;
  const year = Number(sent.slice(0, 4));
  return `${md > sent.slice(5) ? year - 1 : year}-${md}`;
};

/** The weekday's date last before the day a letter was sent ("i tisdags" in one sent on Thursday 16 November). */
function weekdayBefore(weekday: number, sent: string): string {
  const day = new Date(`${sent}T12:00:00Z`);
  const back = ((day.getUTCDay() || 7) - weekday + 7) % 7 || 7;
  day.setUTCDate(day.getUTCDate() - back);
  return day.toISOString().slice(0, 10);
}

/**
 * The head of an e-mail ("Från:", "Skickat: den 5 mars 2026 10:14", "Ämne: Anteckningar från KPR
 * 4 mars"): minutes sent as a letter. The meeting's date is the one the subject or the letter
 * names ("4 mars", "14/11", the year the letter was sent in, or the year before for a later
 * month; "Vi sågs i tisdags": the Tuesday before it was sent), not when it was sent. Returns null
 * for no e-mail; `meeting` is null where the letter names no date.
 * (pdftotext may print the labels first and their values after them.)
 */
function mailDates(lines: string[]): { meeting: string | null } | null {
  const labelOf = (l: string) => (labelled(l)?.[0] ?? l.replace(/:\s*$/u, '')).trim();
  const labels = lines.filter((l) => MAIL_LABELS.any.test(labelOf(l)));
  if (labels.length < 3 || !labels.some((l) => MAIL_LABELS.sent.test(labelOf(l))) || !labels.some((l) => MAIL_LABELS.subject.test(labelOf(l)))) return null;
  const sentLine = lines.find((l) => MAIL_LABELS.sent.test(labelOf(l)) && dateIn(l)) ?? lines.find((l) => dateIn(l) && STAMPED.test(l));
  const sent = sentLine ? dateIn(sentLine) : null;
  for (const line of lines) {
    if (line === sentLine) continue;
    const full = dateIn(line);
    if (full) return { meeting: full };
    if (!sent) continue;
    const dm = DAY_AND_MONTH.exec(line);
    if (dm) return { meeting: onOrBeforeSent(MONTHS[dm[2]!.toLowerCase()]!, Number(dm[1]), sent) };
    const slash = DAY_SLASH_MONTH.exec(line);
    if (slash && isDayOfMonth(slash[1]!, slash[2]!)) return { meeting: onOrBeforeSent(Number(slash[2]), Number(slash[1]), sent) };
  }
  const past = sent ? lines.map((l) => PAST_WEEKDAY.exec(l)).find(Boolean) : null;
  if (past && sent) return { meeting: weekdayBefore(WEEKDAYS[past[1]!.toLowerCase()]!, sent) };
  return { meeting: null };
}

/**
 * The values of an e-mail's head by label: "Från: Ninni Holm" on one line, or, as pdftotext prints
 * its table, the labels on lines of their own ("Från:", "Skickat:", …) and their values after them
 * in the same order.
 */
/** "Från:", "Skickat:": a mail head's label alone on its line */
const bare = (l: string | undefined) => l !== undefined && /:\s*$/u.test(l) && MAIL_LABELS.any.test(l.replace(/:\s*$/u, '').trim());

function mailHead(lines: string[]): { label: string; value: string }[] {
  const out: { label: string; value: string }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const lv = labelled(lines[i]!);
    if (lv && MAIL_LABELS.any.test(lv[0])) { out.push({ label: lv[0], value: lv[1] }); continue; }
    if (!bare(lines[i])) continue;
    let k = i;
    while (bare(lines[k])) k++;
    const labels = lines.slice(i, k).map((l) => l.replace(/:\s*$/u, '').trim());
    labels.forEach((label, n) => { if (lines[k + n] !== undefined) out.push({ label, value: lines[k + n]! }); });
    i = k + labels.length - 1;
  }
  return out;
}

/** "Lars-Åke Brandt; Helena Sörqvist", "Ninni Holm <ninni.holm@…>": the people a mail head names */
function mailPeople(value: string): Person[] {
  return value.replace(/<[^>]*>|\S+@\S+/gu, ' ').split(/[;,]/u).map((s) => s.trim())
    .filter((s) => /^\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){1,3}$/u.test(s))
    .map((name) => ({ name, initials: null, role: null, attendance: null }));
}

/** "B = beställare/byggherre, K = konsult (projektör), E = entreprenör": a legend of the parties' codes (two at least) */
function legendCodes(line: string): string[] {
  const codes = [...line.matchAll(/(?:^|[,;]\s*)(\p{Lu}{1,3})\s*=\s*\p{Ll}/gu)].map((m) => m[1]!);
  return codes.length >= 2 ? codes : [];
}

/** "Lokal: Johans kontor" -> ["Lokal", "Johans kontor"]; "Dag/tid: …", "Datum, tid: …" as well. */
function labelled(line: string): [string, string] | null {
  const m = /^(\p{L}[\p{L} ,/]{1,29}?)\s*:\s*(.+)$/u.exec(line);
  return m ? [m[1]!.trim(), m[2]!.trim()] : null;
}

export function readHeader(blocks: Block[]): MeetingHeader {
  const { lines, tablePeople, parties } = headerLines(blocks);
  const header: MeetingHeader = {
    title: null, body: null, organisation: null, documentType: null, date: null,
    startTime: null, endTime: null, location: null, secretary: null, participants: [], parties: [],
  };

  // labelled values first: they say what they are. A date label may stand inside a line of a
  // laid-out page header ("Kommunstyrelsens personalutskott   Sammanträdesdatum 2019-03-12")
  for (const line of lines) {
    const inLine = DATE_LABEL_IN_LINE.exec(line);
    const date = inLine && dateIn(line.slice(inLine.index + inLine[0].length));
    if (date) { header.date = date; break; }
  }
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const lv = labelled(line);
    const label = lv?.[0] ?? line.trim();
    const value = lv?.[1] ?? '';
    if (HEADER_LABELS.location.test(label) && value && !header.location) header.location = value;
    if (HEADER_LABELS.date.test(label) && !header.date) header.date = dateIn(value) ?? dateIn(lines[i + 1] ?? '');
    // "Tid och plats: Torsdag 12 februari 2026 kl. 19.00": the meeting's time, before a date in
    // another line ("Händelse: Brand … den 3 februari 2026")
    if (HEADER_LABELS.time.test(label) && !header.date) header.date = dateIn(value);
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

  // minutes sent as an e-mail: the date it was sent is no meeting's
  const mail = mailDates(lines);
  if (mail) header.date = mail.meeting;

  // the title: a line naming the meeting with its date ("FLG den 2 april 2024"), else the first heading
  header.title = titleOf(blocks);
  // a date may wrap at its year ("… möte den 5 oktober" / "2017")
  const wrappedDate = (l: string, i: number) => dateIn(l) ?? (/\d{1,2}\s+\p{L}+\.?$/u.test(l) && /^(?:19|20)\d\d\b/u.test(lines[i + 1] ?? '') ? dateIn(`${l} ${lines[i + 1]}`) : null);
  if (!header.date && !mail) header.date = (header.title && dateIn(header.title)) || lines.map(wrappedDate).find(Boolean) || null;
  if (!header.startTime) {
    const t = lines.map((l) => (/(?<![\p{L}])(?:kl|tid)(?![\p{L}])/iu.test(l) ? timesIn(l) : null)).find(Boolean);
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

  header.participants = [...tablePeople, ...readParticipants(lines)];
  header.parties = [...new Set([...parties, ...lines.flatMap(legendCodes)])];
  // minutes sent as a letter: who wrote it wrote the minutes ("Jag ordnar kungörelsen"), and
  // those it names in its head are the people the letter speaks of, where no list says who came
  if (mail) {
    const head = mailHead(lines);
    const sender = head.filter((h) => MAIL_LABELS.sender.test(h.label)).flatMap((h) => mailPeople(h.value))[0];
    if (sender && !header.secretary) header.secretary = { ...sender, role: 'Sekreterare' };
    if (!header.participants.length) header.participants = [sender, ...head.filter((h) => MAIL_LABELS.recipients.test(h.label)).flatMap((h) => mailPeople(h.value))].filter((p): p is Person => p !== undefined);
  }
  if (header.secretary?.name) {
    const p = header.participants.find((x) => x.name === header.secretary!.name);
    if (p && !p.role) p.role = 'Sekreterare';
    if (p) header.secretary = { ...header.secretary, initials: p.initials, attendance: p.attendance };
  }
  return header;
}

/**
 * The line that names the meeting: "FLG den 2 april 2024", "Minnesanteckningar från samverkansgrupp
 * FSG – Socialförvaltningen den 21 mars 2022". A line scores for naming a group, for a date, for a
 * heading style; labels ("Datum: ..."), lists of people and value rows never qualify.
 */
function titleOf(blocks: Block[]): string | null {
  let best: { text: string; score: number } | null = null;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    const next = blocks[i + 1];
    // a title wrapped after a dash in plain text: "... samverkansgrupp FSG –" / "Socialförvaltningen den 21 mars 2022"
    const t = b.line && next?.line && /\s[–-]$/u.test(b.text) ? `${b.text} ${next.text}` : b.text;
    if (b.kind === 'table-row' || t.length > 140 || !/\p{L}{3}/u.test(t) || /:$/.test(t)) continue;
    const lv = labelled(t);
    if ((lv && isLabel(lv[0])) || timesIn(t) || /\(\p{Lu}{2,4}\)/u.test(t) || PAGE_FURNITURE.some((re) => re.test(t))) continue;
    if (ORGANISATION_PATTERN.test(t) || /^(?:protokoll|minnesanteckning(?:ar)?)$/iu.test(t)) continue;
    const score = (BODY_PATTERN.test(t) ? 2 : 0) + (dateIn(t) ? 2 : 0) + (b.kind === 'heading' ? 2 : 0) + (b.style.bold ? 1 : 0)
      + (DOCUMENT_TYPES.some((d) => d.pattern.test(t)) ? 1 : 0);
    if (score >= 3 && (!best || score > best.score)) best = { text: t, score };
  }
  return best?.text ?? null;
}

/** "samverkansgrupp FSG" keeps its short name; "Förvaltningsledningsgruppen" stands alone. */
function bodyPhrase(line: string, m: RegExpExecArray): string {
  const after = line.slice(m.index + m[0].length);
  const short = /^\s+(\p{Lu}{2,5})(?![\p{L}])/u.exec(after);
  // "Socialnämndens arbetsutskott", "Räddningstjänstförbundets direktion": the body or organisation it belongs to
  const owner = /(?:^|\s)((?:[\p{L}]+-\s+och\s+)?[\p{L}-]+)s\s+$/u.exec(line.slice(0, m.index));
  const ownerWord = owner?.[1]!.split(/\s+/).pop() ?? '';
  const belongs = new RegExp(`^(?:${BODY_PATTERN.source})$`, 'iu').test(ownerWord) || /(?:förbund(?:et)?|bolag(?:et)?|kommun(?:en)?|region(?:en)?|förvaltning(?:en)?)$/iu.test(ownerWord);
  // "Tekniska nämnden", "Sociala utskottet": an adjective before a bare body word is its name
  const adjective = !owner || !belongs ? /(?:^|\s)(\p{L}+a)\s+$/u.exec(line.slice(0, m.index)) : null;
  const named = adjective && /^(?:nämnden|utskottet|styrelsen|direktionen)$/iu.test(m[0]) ? `${adjective[1]} ${m[0]}` : m[0];
  const word = owner && belongs ? `${owner[1]}s ${m[0]}` : named;
  const phrase = short ? `${word} ${short[1]}` : word;
  return phrase.charAt(0).toUpperCase() + phrase.slice(1);
}

function secretaryFrom(value: string): Person | null {
  const text = value.replace(ISO_DATE, ' ').replace(TIME_RANGE, ' ').trim();
  const p = parsePersonEntry(text, null);
  return p ? { ...p, role: 'Sekreterare' } : null;
}
