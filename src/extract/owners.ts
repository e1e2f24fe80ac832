/**
 * Who is given a task. Owners are read from the words before an assignment phrase or a task verb
 * ("HR-chef får i uppdrag att", "Titti och Susanne återkommer", "Parallellt ska verksamhetscheferna
 * ta fram"), from "ge X i uppdrag", from the agent of a passive ("tas fram av OH"), and from an
 * Ansvarig column ("AA, RN och TU", "SR/YK", "MS IN", "Alla VC").
 */
import { ASSIGNMENT_PHRASES, GROUP_OWNERS, MODALS, NOT_OWNERS, ROLE_HEADS, ROLE_QUALIFIERS, ROLE_WORDS, TASK_VERBS } from '../lexicon/index.js';
import type { Person } from '../record/schema.js';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = (words: string[]) => [...words].sort((a, b) => b.length - a.length).map(escape).join('|');

const TASK_RE = new RegExp(`(?<![\\p{L}])(?:${alternation([...ASSIGNMENT_PHRASES, ...TASK_VERBS])})(?![\\p{L}])`, 'giu');
const MODAL_TAIL = new RegExp(`(?:\\s+(?:${alternation(MODALS)}))+\\s*$`, 'iu');
const GROUPS = new Set(GROUP_OWNERS);
const NOT_OWNER_WORDS = new Set(NOT_OWNERS);
const QUALIFIERS = new Set(ROLE_QUALIFIERS.map((q) => q.toLowerCase()));
const ROLE_WORD_SET = new Set(ROLE_WORDS);
const ROLE_RE = new RegExp(`(?:${ROLE_HEADS.join('|')})(?:en|n|er|erna|na|ar|arna)?$`, 'iu');
/** group nouns: "H22-team", "arbetsgruppen", "styrgruppen", "avdelningscheferna" */
const GROUP_HEAD_RE = /(?:team|teamet|gruppen|grupp|kontoret|staben|ledningen|avdelningen|enheten)$/iu;
/** definite and plural noun endings: a single capitalised word with one is a thing, not a name */
const DEFINITE_NOUN_RE = /(?:en|et|na|erna|arna|orna|ningen|heten|andet|endet|ena)$/iu;

export interface OwnerContext {
  participants: Person[];
}

const isInitials = (w: string) => /^\p{Lu}{2,4}$/u.test(w);
const isNameWord = (w: string) => /^\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)*$/u.test(w);

function isRolePhrase(words: string[]): boolean {
  let k = 0;
  while (k < words.length && QUALIFIERS.has(words[k]!.toLowerCase())) k++;
  // "LOV samordnare", "AC ÄO": an acronym may lead a role
  while (k < words.length - 1 && isInitials(words[k]!)) k++;
  const head = words[k];
  if (!head) return false;
  const lower = head.toLowerCase();
  if (!ROLE_RE.test(lower) && !ROLE_WORD_SET.has(lower)) return false;
  const rest = words.slice(k + 1);
  if (!rest.length) return true;
  // "Verksamhetschef för Boende", "verksamhetskoordinator för Myndighet", "HR-chef Karolina Håkansson"
  if (/^(?:för|inom|vid|på)$/i.test(rest[0]!)) return rest.length >= 2 && rest.slice(1).every((w) => /^[\p{Lu}]/u.test(w) || /^(?:och|samt)$/.test(w)) && rest.length <= 5;
  return rest.length <= 3 && rest.every((w) => isNameWord(w) || isInitials(w));
}

function isNamePhrase(words: string[], ctx: OwnerContext): boolean {
  if (!words.length || words.length > 4 || !words.every((w) => isNameWord(w) || (w.length > 1 && /^\p{Lu}/u.test(w) && /-/.test(w)))) return false;
  if (words.length >= 2) return true;
  const w = words[0]!;
  const lower = w.toLowerCase();
  if (NOT_OWNER_WORDS.has(lower)) return false;
  const known = ctx.participants.some((p) => p.name?.split(' ').some((part) => part.toLowerCase() === lower));
  if (known) return true;
  return !DEFINITE_NOUN_RE.test(lower) && lower.length <= 12 && !ROLE_RE.test(lower);
}

/** Is this phrase (one list element) somebody who can own a task? */
export function isOwnerPhrase(phrase: string, ctx: OwnerContext): boolean {
  const text = phrase.trim();
  if (!text || text.length > 60) return false;
  const lower = text.toLowerCase();
  if (GROUPS.has(lower) || /^(?:alla|samtliga)\s+\p{Lu}{2,4}$/u.test(text) || /^(?:alla|samtliga)\s+\p{L}*(?:chefer|cheferna|medarbetare|medarbetarna|ledamöter|ledamöterna)$/u.test(lower)) return true;
  if (/^(?:varje|respektive)\s+\p{Ll}+$/u.test(lower)) return true;
  if (NOT_OWNER_WORDS.has(lower)) return false;
  const words = text.split(/\s+/);
  if (words.every(isInitials)) return words.length <= 3;
  if (isRolePhrase(words)) return true;
  if (isNamePhrase(words, ctx)) return true;
  // "Förvaltningens H22-team", "arbetsgruppen": a group noun, maybe with a genitive before it
  const last = words[words.length - 1]!;
  if (GROUP_HEAD_RE.test(last) && words.length <= 3 && (words.length === 1 || /s$/.test(words[0]!))) return true;
  return false;
}

/**
 * Owners that need no task verb to be believed: groups, initials, roles and participants by name.
 * A duty sentence ("X ska ...") names its owner only when X is one of these ("Personal ska gå
 * utbildningen" speaks of staff, not of a person called Personal).
 */
export function isKnownOwner(phrase: string, ctx: OwnerContext): boolean {
  const words = phrase.split(/\s+/);
  if (GROUPS.has(phrase.toLowerCase()) || /^(?:alla|samtliga)\s/iu.test(phrase) || isRolePhrase(words)) return isOwnerPhrase(phrase, ctx);
  // initials count where the participant list has them ("SKR" is an organisation, not a person here)
  const initials = ctx.participants.map((p) => p.initials).filter(Boolean);
  if (words.every(isInitials)) return initials.length === 0 || words.every((w) => initials.includes(w));
  return ctx.participants.some((p) => p.name && (p.name === phrase || p.name.split(' ')[0] === phrase));
}

/** Splits "Stabschef, verksamhetschefer, biträdande förvaltningschef samt verksamhetscontroller". */
function splitOwnerList(text: string): string[] {
  // group names with "och" in them ("Var och en") are one owner: protect them from the split
  const kept = text.replace(/(?<![\p{L}])(var) och (en)(?![\p{L}])/giu, '$1\u00A0och\u00A0$2');
  return kept.split(/\s*,\s*|\s+(?:och|samt|&)\s+|\s*\/\s*|\s*\+\s*/u).map((s) => s.replace(/\u00A0/g, ' ').trim()).filter(Boolean);
}

/**
 * The owners a run of words ending just before a task verb names: the longest run of owner
 * phrases joined by commas, "och", "samt" that ends there. "AC ÄO och funktionsstöd" stays one
 * owner: a lower-case noun joined by "och" belongs to the phrase before it.
 */
export function ownersEndingAt(prefix: string, ctx: OwnerContext): string[] {
  const text = prefix.replace(MODAL_TAIL, '').replace(/[,:;]\s*$/, '').trim();
  // "X tar fram förslag och återkopplar": the second verb shares the subject of the first
  if (!text || /(?:^|\s)(?:och|samt|eller)$/u.test(text)) return [];
  const tokens = text.split(/(\s*,\s*|\s+(?:och|samt|&)\s+|\s*\/\s*|\s*\+\s*)/u);
  // tokens alternate: phrase, separator, phrase, ...; walk back from the end
  const phrases: string[] = [];
  for (let k = tokens.length - 1; k >= 0; k -= 2) {
    const phrase = tokens[k]!.trim();
    if (isOwnerPhrase(phrase, ctx)) { phrases.unshift(phrase); continue; }
    // "Var och en" splits on "och"; rejoin before judging the words left of it
    if (k >= 2 && isOwnerPhrase(`${tokens[k - 2]!.trim()}${tokens[k - 1]}${phrase}`, ctx) && phrases.length === 0) {
      phrases.unshift(`${tokens[k - 2]!.trim()}${tokens[k - 1]}${phrase}`);
      k -= 2;
      continue;
    }
    // the last phrase may start with words that are not part of it: "Parallellt ska verksamhetscheferna"
    const words = phrase.split(/\s+/);
    for (let cut = 1; cut < words.length; cut++) {
      const tail = words.slice(cut).join(' ');
      if (isOwnerPhrase(tail, ctx)) { phrases.unshift(tail); break; }
    }
    if (phrases.length === 0 && k >= 2 && /^\s+och\s+$/.test(tokens[k - 1]!) && /^\p{Ll}+$/u.test(phrase) && isOwnerPhrase(tokens[k - 2]!.trim(), ctx)) {
      phrases.unshift(`${tokens[k - 2]!.trim()} och ${phrase}`);
    }
    break;
  }
  return phrases;
}

export interface TaskHit {
  /** the owner phrases found for this task */
  owners: string[];
  /** where the task verb stands in the text */
  index: number;
  verb: string;
}

/** Verbs of tasks in a clause, each with the owners written before it. */
export function findTasks(clause: string, ctx: OwnerContext): TaskHit[] {
  const hits: TaskHit[] = [];
  TASK_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TASK_RE.exec(clause))) {
    const before = clause.slice(0, m.index);
    // the subject stands after the last clause boundary ("att", ":", ";", a full stop)
    const boundary = Math.max(before.lastIndexOf(' att '), before.lastIndexOf(': '), before.lastIndexOf('; '), before.lastIndexOf('. '));
    const prefix = boundary >= 0 ? before.slice(boundary + (before.startsWith(' att ', boundary) ? 5 : 2)) : before;
    hits.push({ owners: ownersEndingAt(prefix, ctx), index: m.index, verb: m[0] });
  }
  // "Alla ska ha gått webbutbildningen", "VC ska säkerställa": a duty laid on a known owner
  // (only where the owner opens the sentence: "att alla ska kunna delta" lays no duty on anyone)
  for (const d of clause.matchAll(/(?<![\p{L}])(?:ska|skall|måste)\s+(?:ha\s+)?(?!kunna\b)\p{Ll}+/gu)) {
    if (hits.some((h) => h.index > d.index && h.index - d.index < 30)) continue;
    // the subject opens the sentence, or the att-clause a decision is ("att X ska ..."); an
    // att-clause inside a sentence ("om FLG anser att alla chefer ska gå") lays no duty
    const prefix = clause.slice(0, d.index).replace(/^att\s+/u, '').trim();
    const owners = ownersEndingAt(prefix, ctx).filter((o) => isKnownOwner(o, ctx));
    if (owners.length && splitOwnerList(prefix).every((p) => owners.includes(p))) hits.push({ owners, index: d.index, verb: d[0] });
  }
  // "ge nuvarande verksamhetskoordinator för Myndighet i uppdrag att", "uppdras åt X att"
  for (const g of clause.matchAll(/(?<![\p{L}])(?:ge|ger|gav|ges)\s+(.{2,80}?)\s+i uppdrag(?![\p{L}])|(?<![\p{L}])(?:uppdras|uppdra|uppdrar|uppdrogs) åt\s+(.{2,60}?)\s+att\b/giu)) {
    const owners = splitOwnerList(g[1] ?? g[2] ?? '').filter((p) => isOwnerPhrase(p, ctx));
    if (owners.length) hits.push({ owners, index: g.index, verb: 'i uppdrag' });
  }
  // "Uppdraget ges till HR-avdelningen": the one an assignment goes to
  for (const g of clause.matchAll(/(?<![\p{L}])uppdrag(?:et)?\s+(?:ges|gavs|lämnas|går)\s+till\s+(.{2,60}?)(?=[.,;]|\s+att\s|$)/giu)) {
    const owners = splitOwnerList(g[1]!).filter((p) => isOwnerPhrase(p, ctx));
    if (owners.length) hits.push({ owners, index: g.index, verb: 'uppdraget ges till' });
  }
  // the agent of a passive: "tas fram av OH" ("genomförs av säkerhetsavdelningen" runs an event, so not that one)
  for (const p of clause.matchAll(/(?<![\p{L}])(?:tas fram|görs|hanteras|sammanställs|bokas|skrivs|utförs|bereds|följs upp) av\s+(.{2,60}?)(?=[.,;]|\s+(?:till|senast|före|innan|inom|och\s+\p{Ll})|$)/giu)) {
    const owners = splitOwnerList(p[1]!).filter((x) => isOwnerPhrase(x, ctx));
    if (owners.length) hits.push({ owners, index: p.index, verb: 'av' });
  }
  return hits;
}

/**
 * The owners a clause opens with ("Katarina Lindqvist, vid ledarforum ..., redovisar"), for a
 * task verb at `verbIndex` in the same main clause (no "att", "som" or "om" between them).
 */
export function subjectOfVerb(clause: string, verbIndex: number, ctx: OwnerContext): string[] {
  const owners = clauseSubject(clause, ctx);
  if (!owners.length) return [];
  const between = clause.slice(0, verbIndex);
  return /\s(?:att|som|om|när|där|vad|hur|vilka|vilket)\s/iu.test(between) ? [] : owners;
}

/** The owners a clause opens with, whatever follows. */
export function clauseSubject(clause: string, ctx: OwnerContext): string[] {
  const firstStop = clause.search(/[,:;]|\s+(?:är|har|blir|kommer|ska|skall|kan|vill|behöver|bör|måste)\s|\s+\p{Ll}+(?:ar|er|ir|år)\b/u);
  const head = firstStop === -1 ? clause : clause.slice(0, firstStop);
  const owners = splitOwnerList(head);
  return owners.length && owners.every((o) => isOwnerPhrase(o, ctx)) ? owners : [];
}

/** Do these owners make up the whole phrase ("KE och MA"), nothing else in it? */
export function ownersCover(phrase: string, owners: string[]): boolean {
  return splitOwnerList(phrase.trim()).every((p) => owners.includes(p));
}

/** Entries of an Ansvarig cell: "AA, RN och TU", "SR/YK", "MS IN", "Alla VC", "Titti och Susanne". */
export function ownersFromColumn(cell: string, ctx: OwnerContext): string[] {
  const out: string[] = [];
  for (const part of splitOwnerList(cell.replace(/[.;]+$/, ''))) {
    const words = part.split(/\s+/);
    if (words.length > 1 && words.every(isInitials)) out.push(...words);
    else if (isOwnerPhrase(part, ctx) || /^\p{Lu}/u.test(part)) out.push(part);
  }
  return [...new Set(out)];
}

/**
 * A to-do line that names its owners first, before a colon or a dash: "LD: beställa ny grind",
 * "KE och MA – planera julfesten". Only owners the minutes know count ("Tid: måndagen ..." and
 * "SKR – förnyad rekommendation" are no to-dos).
 */
export function todoOwners(text: string, ctx: OwnerContext): string[] {
  const todo = /^([^:–]{2,40}?)\s*(?::|\s–)\s+\p{Ll}/u.exec(text);
  if (!todo) return [];
  const owners = ownersEndingAt(todo[1]!, ctx).filter((o) => isKnownOwner(o, ctx));
  return owners.length && ownersCover(todo[1]!, owners) ? owners : [];
}

/** "Ta fram en handlingsplan (ansv. Petra Ny)": the owners in parentheses, or null when none are. */
export function inlineOwners(text: string, ctx: OwnerContext): string[] | null {
  const inline = /\((?:ansv\.?|ansvarig|ansvariga)\s*:?\s*([^)]+)\)/iu.exec(text);
  return inline ? ownersFromColumn(inline[1]!, ctx) : null;
}
