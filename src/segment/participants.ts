/**
 * Participant lists in a minutes header: "Närvarande: Annika Andersson (AA), Susanne Rosenström (SR)",
 * one person per line with role and initials ("Johan Klingborg Socialdirektör (JK)"), "Frånvarande:",
 * "Gäster:". Each entry becomes a Person with the attendance its list stands for.
 */
import { AGENDA_LIST_TITLES, ATTENDANCE_LABELS, BESIDES_PRESENT, HEADER_LABELS, isColumnTitleLine, NAMED_ORGANISATION, ORGANISATIONS, PARTY_CODES, ROLE_HEADS, ROLE_QUALIFIERS, ROLE_WORDS, SIGNATURE_LABELS } from '../lexicon/index.js';
import { isCommonWord, isProperNoun } from '../lexicon/swedish-words.js';
import type { Person } from '../record/schema.js';
import { isRoleFirstList, readRoleFirstList } from './role-first-list.js';

type Attendance = NonNullable<Person['attendance']>;

/** "Närvarande", "Närvarande:", "Gäster: Anna Ek" -> the attendance and what follows the label. */
export function attendanceLabel(line: string): { attendance: Attendance; rest: string } | null {
  // ("Sakkunniga biträden, Hallberg Revision AB": a label with the firm the list comes from)
  const m = /^([\p{L} ]{3,40}?(?:\s\d+(?:\s*[–-]\s*\d+)?)?)\s*:\s*(.*)$/u.exec(line) ?? /^([\p{L} ]{3,40})(?:,\s*\p{Lu}[\p{L} ]{1,40}\s(?:AB|HB|KB))?$/u.exec(line);
  if (!m) return null;
  const label = m[1]!.trim();
  const hit = ATTENDANCE_LABELS.find((l) => l.pattern.test(label));
  return hit ? { attendance: hit.attendance, rest: (m[2] ?? '').trim() } : null;
}

const ROLE_HEAD_RE = new RegExp(`(?:${ROLE_HEADS.join('|')})(?:en|n|er|erna)?$`, 'iu');
const ROLE_WORD_SET = new Set([...ROLE_WORDS, 'medarbetare', 'kandidat', 'praktikant', 'student', 'gäst'].map((w) => w.toLowerCase()));
const QUALIFIERS = new Set(ROLE_QUALIFIERS.map((q) => q.toLowerCase()));
const ORGANISATION_SET = new Set(ORGANISATIONS.map((o) => o.toLowerCase()));

/** Is this word the start of a role title rather than part of a name? */
export function isRoleWord(word: string): boolean {
  const w = word.toLowerCase().replace(/[.,;:]$/, '');
  if (QUALIFIERS.has(w) || ROLE_WORD_SET.has(w)) return true;
  if (/^\p{Lu}{2,}$/u.test(word)) return true; // "HR", "VUX"
  return ROLE_HEAD_RE.test(w);
}

const NAME_WORD = /^\p{Lu}[\p{Ll}]+(?:[-‐]\p{Lu}?[\p{Ll}]+)*(?:\p{Lu}[\p{Ll}]+)?$/u;
/** Initials in parentheses: "(AA)", "(MMH)" */
const INITIALS_IN_PARENS = /\((\p{Lu}{2,4})\)/gu;
/** "TL Tord Lindahl", "LGr Linda Granat": a short form of two capitals or more before the name */
const INITIALS_FIRST = /^(\p{Lu}{2,3}|\p{Lu}\p{Lu}\p{Ll})\s+(\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}.*)$/u;
/** "(MS, IT-chef, ordf.)": initials, then the role, in one pair of parentheses */
const INITIALS_THEN_ROLE = /\((\p{Lu}{2,4}),\s*([\p{L}][\p{L} -]{1,40}?)\s*(?:,[^)]*)?\)/u;

/**
 * One entry of a list: "Ullrika Skeppstedt Tf Verksamhetschef VUX (US)" -> name, role, initials.
 * Returns null when the entry does not start with a name.
 */
export function parsePersonEntry(entry: string, attendance: Attendance | null): Person | null {
  let text = entry.trim().replace(/^kl\.?\s*\d{1,2}(?:[.:]\d{2})?\s*[-–]\s*\d{1,2}(?:[.:]\d{2})?\.?\s*/iu, '');
  text = text.replace(/[.;]+$/, '').trim();
  // "Martina Barte Innovationsledare (punkt 3) (MB)": what follows "(punkt N)" is the topic
  text = text.replace(/\(punkt[^)]*\)(?:\s+(?!\(\p{Lu}{2,4}\))[^()]*)?/iu, ' ');
  let initials: string | null = null;
  // "TL Tord Lindahl (rch)", "LGr Linda Granat": the short form first, its capitals the name's initials
  const first = INITIALS_FIRST.exec(text);
  if (first && first[1]!.replace(/\p{Ll}/gu, '') === first[2]!.split(/\s+/u).slice(0, first[1]!.replace(/\p{Ll}/gu, '').length).map((w) => w[0]).join('')) {
    initials = first[1]!;
    text = first[2]!;
  }
  // ("Markus Höög (MH), kommunpolis (KPO)": the person's own are the first, a role's short form may follow)
  for (const m of text.matchAll(INITIALS_IN_PARENS)) if (!initials && !isPartyCodeOf(m[1]!, text)) initials = m[1]!;
  // "Maria Sandell (MS, IT-chef, ordf.)": the initials first in the parentheses, the role after them
  const initialsThenRole = INITIALS_THEN_ROLE.exec(text);
  if (initialsThenRole && !initials && !isPartyCodeOf(initialsThenRole[1]!, text)) initials = initialsThenRole[1]!;
  // "Elsa Nyberg (ordförande)": a role in parentheses, where no role follows
  const roleInParens = /\(([\p{Ll}][\p{L} -]{2,40})\)/u.exec(text)?.[1] ?? (initials === initialsThenRole?.[1] ? initialsThenRole?.[2] : undefined);
  text = text.replace(INITIALS_IN_PARENS, ' ').replace(/\([^)]*\)/g, ' ').replace(/\s+/g, ' ').trim();
  const words = text.split(' ').filter(Boolean);
  const nameWords: string[] = [];
  for (const w of words) {
    if (nameWords.length >= 4 || !NAME_WORD.test(w) || (nameWords.length >= 1 && isRoleWord(w))) break;
    if (nameWords.length === 0 && isRoleWord(w)) break;
    nameWords.push(w);
  }
  if (nameWords.length === 0) return null;
  // ("Dagordning" under an attendance list: the title of what follows it, no first name)
  if (nameWords.length === 1 && words.length === 1 && !initials && AGENDA_LIST_TITLES.test(nameWords[0]!)) return null;
  const role = words.slice(nameWords.length).join(' ').replace(/^[,–-]\s*/, '').trim();
  // a lone capitalised word followed by running text is a sentence, not a person
  if (nameWords.length === 1 && role.split(' ').length > 4) return null;
  return { name: nameWords.join(' '), initials, role: role || (roleInParens && isRoleWord(roleInParens.split(' ').pop()!) ? roleInParens : null), attendance };
}

const PARTY_CODE_SET = new Set(PARTY_CODES);

/** "Roland Björkman (SD)": a party's code, not the initials, unless the name's words start so ("Sara Dahl (SD)") */
function isPartyCodeOf(code: string, entry: string): boolean {
  if (!PARTY_CODE_SET.has(code)) return false;
  const nameInitials = (entry.split('(')[0]!.match(/(?<![\p{L}])\p{Lu}/gu) ?? []).join('');
  return !nameInitials.startsWith(code) && !(code.length === 2 && nameInitials.length >= 2 && code === nameInitials[0]! + nameInitials[nameInitials.length - 1]!);
}

/**
 * "(punkt 4)", "(punkt 3–4)", "(p. 5)", "… var med under punkten om läxhjälp": the part of the
 * meeting someone was there for
 */
export const PART_OF_MEETING = /\((?:punkt|punkterna|p\.)\s*\d[^)]*\)|\s(?:var|är|deltog|deltar|närvarade)\s+(?:med\s+)?(?:under|vid|på|för)\s+(?:punkt|punkten|punkterna|ärendet|§)(?![\p{L}]).*$/iu;

/** Splits a comma list at top level: "A (AA), B (BB) och C" -> ["A (AA)", "B (BB)", "C"]. */
export function splitList(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  // ("kultur- och fritidsnämnden": the "och" of a hanging compound parts no entries)
  // ("… och Li Wang. Oskar Nyström var med under punkten om läxhjälp.": a sentence's end parts them too)
  const tokens = text.split(/(\(|\)|,|;|(?<!-)\s+och\s+|\s+samt\s+|(?<=\p{Ll}{2})\.\s+(?=\p{Lu}))/u);
  for (const t of tokens) {
    if (t === '(') depth++;
    if (t === ')') depth = Math.max(0, depth - 1);
    if (depth === 0 && (t === ',' || t === ';' || /^\s+(?:och|samt)\s+$/u.test(t) || /^\.\s+$/u.test(t))) {
      parts.push(current);
      current = '';
    } else current += t;
  }
  parts.push(current);
  return parts.map((p) => p.trim()).filter(Boolean);
}

/** "Cecilia Ahl (CA), byggledare": a line that opens with a name and its initials */
const NAME_WITH_INITIALS = /^\p{Lu}\p{Ll}+(?:[- ]\p{Lu}\p{Ll}+)+\s*\(\p{Lu}{2,4}\)/u;

/** Does a line read like running text rather than a list of people? */
function isSentence(line: string): boolean {
  // "Nina Forsberg (NF), verksamhetsutvecklare vård och omsorg" is an entry, long role and all
  if (NAME_WITH_INITIALS.test(line)) return false;
  // and so is "Lena Forsgren (S), ordförande i kultur- och fritidsnämnden."
  if (/^\p{Lu}\p{Ll}+(?:[- ]\p{Lu}\p{Ll}+)+(?:\s*\(\p{Lu}{1,3}\))?,\s+\p{Ll}[^.]*\.?$/u.test(line)) return false;
  const words = line.split(/\s+/);
  const lower = words.filter((w) => /^\p{Ll}/u.test(w)).length;
  return words.length > 6 && lower / words.length > 0.5;
}

/**
 * Reads the participants from the header's lines. A label opens a list; entries follow on the
 * same line or the next ones, until another label, a line ending in ":" or the end.
 */
export function readParticipants(lines: string[]): Person[] {
  const people: Person[] = [];
  let attendance: Attendance | null = null;
  let pending = '';
  const flush = () => {
    if (!attendance || !pending.trim()) { pending = ''; return; }
    const entries = pending.includes(',') || / (?:och|samt) /.test(pending) ? splitList(pending) : [pending];
    if (isRoleFirstList(entries, isRoleWord)) {
      people.push(...readRoleFirstList(entries, attendance, parsePersonEntry));
      pending = '';
      return;
    }
    for (const written of entries) {
      // "Mats Ehn, trafikplanerare (punkt 4)": there for one item only, a guest of the meeting
      const forOneItem = PART_OF_MEETING.test(written);
      const entry = forOneItem ? written.replace(PART_OF_MEETING, ' ').replace(/\s+/gu, ' ').trim() : written;
      const before = people.length;
      const guestIfPresent = (p: Person | undefined) => { if (forOneItem && p && p.attendance === 'present') p.attendance = 'guest'; };
      // "ordförande Olle Sten": the role of the person before, then the next person
      // (words separated by spaces that must be there: a pattern where a word may split anywhere
      // backtracks exponentially on a long lower-case line)
      if (entry.length > 200) continue;
      const m = /^(\p{Ll}[\p{L}.-]*(?:\s+\p{Ll}[\p{L}.-]*)*?)\s+(\p{Lu}.*)$/u.exec(entry);
      const [roleBefore, rest] = m ? [m[1]!, m[2]!] : /^\p{Ll}/u.test(entry) ? [entry, ''] : ['', entry];
      const previous = people[people.length - 1];
      // "Lena Ek, Lärarförbundet, Ali Nour, Kommunal": a union or an organisation names the side
      // of the person before it
      // and "Jan Berg, HR-strateg": a role with a capital is still the role of the person before
      const roleAlone = entry.trim().split(/\s+/u).every((w, k) => (k === 0 ? isRoleWord(w) : /^\p{Ll}/u.test(w) || isRoleWord(w)));
      if (!roleBefore && (ORGANISATION_SET.has(entry.trim().toLowerCase()) || NAMED_ORGANISATION.test(entry.trim()) || roleAlone) && previous && previous.attendance === attendance && !previous.role) {
        previous.role = entry.trim().replace(/[.;]$/u, '');
        guestIfPresent(previous);
        continue;
      }
      // "enhetschef Kvarnbacken": one capitalised word after a role is its place, no person, and so
      // is a unit named by a Swedish noun ("verksamhetschef Hälsocentralen Älvmora")
      if (roleBefore && rest && (!/\s|\(/u.test(rest.trim()) || (!/[.;]$/u.test(roleBefore) && namesAPlace(rest))) && previous && previous.attendance === attendance) {
        if (!previous.role || previous.role === roleBefore.trim()) previous.role = entry.trim();
        continue;
      }
      if (roleBefore && previous && previous.attendance === attendance && !previous.role) {
        previous.role = roleBefore.trim().replace(/[.;]$/u, '');
        if (!rest) guestIfPresent(previous);
      }
      const p = rest ? parsePersonEntry(rest, attendance) : null;
      if (p) people.push(p);
      if (people.length > before) guestIfPresent(p ?? undefined);
    }
    pending = '';
  };
  for (const line of labelsRejoined(lines).flatMap(labelledSentences).map(withoutSideLabel)) {
    // "Från Gnistan: Jonna Lindh, fritidsledare": where the next ones come from, in the same list
    // and "PRO Hällbo: Gunnel Ek och Stig Andersson", "Politiker: …" under "Med på mötet:": the
    // side the people on the line speak for
    const from = /^från\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?\s*:\s*(.*)$/iu.exec(line)?.[1] ?? sideOfList(line);
    if (from !== null && attendance) { flush(); pending = from; continue; }
    const label = attendanceLabel(line);
    if (label) {
      flush();
      attendance = label.attendance;
      pending = label.rest;
      continue;
    }
    if (!attendance) continue;
    // "Dessutom närvoro stadskamreraren Tage Wiklund, …", opening a line or cut by the line's end
    // after the members ("… Erik Sundin. Dessutom" / "närvarade kommunalkamreren …"): the officials, as guests
    const cut = /(?:^|[.;]\s+)(dessutom|därjämte|jämväl)$/iu.exec(pending);
    const joined = cut ? `${cut[1]} ${line}` : line;
    const besides = BESIDES_PRESENT.exec(joined);
    if (besides) {
      if (cut) pending = pending.slice(0, cut.index + cut[0].length - cut[1]!.length).trim();
      flush();
      attendance = 'guest';
      pending = joined.slice(besides[0].length);
      if (/[.]\s*$/.test(line)) flush();
      continue;
    }
    // ("Punkt Ansv Klart": the column titles of what follows end the list)
    if (/:\s*$/.test(line) || /^[\p{L} ]{2,30}:\s/u.test(line) || isColumnTitleLine(line)) { flush(); attendance = null; continue; }
    // (a list that ended its line in a comma or "och" goes on, whatever the line holds)
    // ("… lokförare Gunnar Lind" / "och hemmansägare Axel Forsberg samt …": the list goes on)
    if (isSentence(line) && !/(?:,|\soch|\ssamt)\s*$/u.test(pending) && !/^(?:och|samt)\s/u.test(line)) { flush(); continue; }
    // one person per line (tab-aligned lists) or a wrapped comma list
    // a list wrapped over lines goes on: after a comma or "och", in lower case, or with more entries
    // (and after a role in lower case waiting for its person: "… samt kommunalkamreren" / "Arvid Strand …")
    const roleWaits = isRoleWord(/\s(\p{Ll}+)$/u.exec(pending)?.[1] ?? '');
    const continues = /(?:,|\soch)\s*$/u.test(pending) || roleWaits || /^\p{Ll}/u.test(line) || (pending.includes(',') && /,|\(\p{Lu}{2,4}\)/u.test(line));
    if (pending && !continues) flush();
    // a line that opens with a name and its initials ("Cecilia Ahl (CA), byggledare") is an entry
    // of its own, whatever the line before ended with
    const opensEntry = NAME_WITH_INITIALS.test(line) && !/,\s*$/u.test(pending);
    pending = pending ? `${pending}${opensEntry ? ',' : ''} ${line}` : line;
    if (/[.]\s*$/.test(line)) flush();
  }
  flush();
  return dedupePeople(people);
}

/**
 * "PRO Hällbo: Gunnel Ek och Stig Andersson", "Förvaltningen: Karin Wall, …": a label that is no
 * header's (place, time, secretary, justerare) over names, inside an attendance list: the names.
 */
function sideOfList(line: string): string | null {
  const m = /^(\p{Lu}[\p{L}-]*(?:\s+[\p{L}-]+){0,3})\s*:\s*(\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+.*)$/u.exec(line);
  if (!m) return null;
  const label = m[1]!.trim();
  if (Object.values(HEADER_LABELS).some((re) => re.test(label)) || SIGNATURE_LABELS.test(label) || ATTENDANCE_LABELS.some((l) => l.pattern.test(label))) return null;
  return m[2]!;
}

/** "Hälsocentralen Älvmora", "Vårdcentralen Norr": a unit's Swedish noun before its place, where a person's first name would stand. */
function namesAPlace(text: string): boolean {
  const first = text.trim().split(/\s+/u)[0]!;
  return /^\p{Lu}\p{Ll}{4,}$/u.test(first) && !isProperNoun(first) && isCommonWord(first);
}

/**
 * "Region Nordmark   Eva Strand, verksamhetschef; Mats Olofsson, enhetschef": a list kept in two
 * columns, where each line opens with the organisation its people come from (the column's tab
 * is a space in the text). The organisation is where they belong, not part of a name: the line
 * is read from the first person on, a name of two words and its comma.
 */
function withoutSideLabel(line: string): string {
  const m = /^(\p{Lu}[\p{L}-]*(?:\s+\p{L}[\p{L}-]*)?)\s+(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?,\s.*)$/u.exec(line);
  if (!m) return line;
  const side = m[1]!;
  return ORGANISATION_SET.has(side.toLowerCase()) || NAMED_ORGANISATION.test(side) ? m[2]! : line;
}

/** "… och Adam Piri. Från" / "Gnistan: Jonna Lindh …": a label that a line break cut in two is put together on its line. */
function labelsRejoined(lines: string[]): string[] {
  const out = [...lines];
  for (let i = 0; i + 1 < out.length; i++) {
    const tail = /(?<=[.;])\s+(\p{Lu}[\p{L}]*(?:\s+[\p{L}\d]+){0,2})$/u.exec(out[i]!);
    if (tail && /^[\p{L}\d ]{1,30}:\s/u.test(out[i + 1]!)) {
      out[i] = out[i]!.slice(0, tail.index).trimEnd();
      out[i + 1] = `${tail[1]} ${out[i + 1]}`;
    }
  }
  return out;
}

/**
 * "Med på mötet: Elsa Nyberg, … och Adam Piri. Från Gnistan: Jonna Lindh, … Under punkt 4: Lena
 * Forsgren (S)": one paragraph with a label after each sentence is a line for each label.
 */
function labelledSentences(line: string): string[] {
  return line.split(/(?<=[.;])\s+(?=\p{Lu}[\p{L}]*(?:\s+[\p{L}\d]+){0,3}\s*:(?:\s|$))/u);
}

function dedupePeople(people: Person[]): Person[] {
  const seen = new Set<string>();
  return people.filter((p) => {
    const key = `${p.name}|${p.attendance}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
