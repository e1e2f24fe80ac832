/**
 * Noun phrases that can own a task, and what kind each is: a person (a name, a first name the
 * participant list knows, initials), a role ("HR-chef", "kultur- och fritidsdirektören",
 * "skiftledarna"), a unit ("förvaltningen", "tekniska förvaltningen", "HR-avdelningen"), a group
 * ("Alla", "samtliga rektorer", "Varje enhet") or an organisation ("Kommunal", "Lärarförbundet").
 * The rules in this folder find where an owner stands; this file says whether the words there
 * are one.
 */
import {
  BODY_PATTERN, GROUP_OWNERS, GROUP_QUANTIFIERS, NOT_OWNERS, ORGANISATIONS, PEOPLE_NOUNS, ROLE_HEADS, ROLE_QUALIFIERS, ROLE_WORDS, TASK_VERBS, UNIT_HEADS, UNIT_NAME_END,
  UNIT_LOOKALIKE_STEMS,
} from '../../lexicon/index.js';
import { alternation } from '../../lexicon/pattern.js';
import { isCommonWord, isProperNoun } from '../../lexicon/swedish-words.js';
import type { Person } from '../../record/schema.js';

export interface OwnerContext {
  participants: Person[];
  /** who wrote the minutes (the secretary, a letter's sender): the "jag" of "Jag ordnar kungörelsen" */
  writer?: string | null;
  /** the parties' codes the minutes define ("B = beställare, E = entreprenör"): "E reviderar tidplanen" */
  parties?: string[];
}

export type OwnerKind = 'person' | 'initials' | 'role' | 'unit' | 'group' | 'organisation';

const GROUPS = new Set(GROUP_OWNERS);
const NOT_OWNER_WORDS = new Set(NOT_OWNERS);
const QUALIFIERS = new Set(ROLE_QUALIFIERS.map((q) => q.toLowerCase()));
const ROLE_WORD_SET = new Set(ROLE_WORDS);
const PEOPLE_NOUN_SET = new Set(PEOPLE_NOUNS);
const UNIT_HEAD_SET = new Set(UNIT_HEADS);
const ORGANISATION_SET = new Set(ORGANISATIONS);

/**
 * A role head in all its forms: "chef, chefen, chefer, cheferna", "ledare, ledaren, ledarna",
 * "sjuksköterska, sjuksköterskan, sjuksköterskor", as the end of a word ("skiftledarna").
 */
function roleForms(head: string): string {
  if (head === 'ansvarig') return 'ansvarig(?:a|e|en)?';
  // (the suffix is no option: "samordnar", "handlägger" are the verbs)
  if (head.endsWith('are')) return `${head.slice(0, -1)}(?:e|en|na|es|ens)`;
  if (head.endsWith('a')) return `${head.slice(0, -1)}(?:a|an|or|orna|as)`;
  if (head.endsWith('man')) return `${head.slice(0, -3)}(?:man|mannen|män|männen)`;
  if (head === 'ledamot') return 'ledam(?:ot|oten|öter|öterna)';
  if (head === 'biträde') return 'biträde(?:t|n|na|s)?';
  return `${head}(?:en|n|er|erna|ar|arna|na|s|ens)?`;
}
const ROLE_RE = new RegExp(`(?:${ROLE_HEADS.map(roleForms).join('|')})$`, 'iu');
const UNIT_RE = UNIT_NAME_END;
const UNIT_LOOKALIKE = new RegExp(`(?:${alternation(UNIT_LOOKALIKE_STEMS)})(?:et|en|t|n|na|erna|arna)?$`, 'iu');
/** "Region Skåne", "Lunds kommun", "Rönnåsens IF" (a sports club), "Furulunda Camping & Stugby", "Hamnbolaget AB", "…förbundet", "…förening", "Hörselskadades riksförbund" */
const ORGANISATION_NAME = /^(?:Region\s+\p{Lu}\p{L}+|(?:\p{Lu}[\p{L}-]*\s+){1,3}(?:IF|IK|BK|FF|SK|GoIF|AIK|BoIS)|(?:\p{Lu}[\p{L}-]*\s+){1,3}&\s+\p{Lu}[\p{L}-]*|\p{Lu}[\p{L}-]*\s+kommun|(?:\p{Lu}[\p{L}-]*\s+(?:(?:i|på|och)\s+)?){0,3}AB|\p{Lu}[\p{L}-]*förbundet|\p{Lu}[\p{L}-]*föreningen|\p{Lu}[\p{L}-]*s\s+(?:riks|läns|)förbund(?:et)?)$/u;
const QUANTIFIER_RE = new RegExp(`^(?:${alternation(GROUP_QUANTIFIERS)})\\s+(.+)$`, 'iu');

export const isInitials = (w: string) => /^\p{Lu}{2,4}$/u.test(w);

/**
 * "S4", "K": a staff code that opens one participant's function ("S4 Logistik och försörjning",
 * "K Kommunikation" in a stab's function table), the function's holder.
 */
export function staffCodeHolder(code: string, participants: Person[]): Person | null {
  if (!/^\p{Lu}{1,3}\d{0,2}$/u.test(code)) return null;
  const holders = participants.filter((p) => p.role && p.role.split(/\s+/u)[0] === code && p.role.split(/\s+/u).length > 1);
  return holders.length === 1 ? holders[0]! : null;
}
const isNameWord = (w: string) => /^\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)*$/u.test(w);

/** "Alla ledamöter och ersättare": a group quantifier, a noun, "och" and a second noun in lower case */
// (not case-blind: the nouns are in lower case, a name after "och" is another owner)
const QUANTIFIED_PAIR = new RegExp(`(?<![\\p{L}])((?:${alternation(GROUP_QUANTIFIERS.flatMap((q) => [q, q.charAt(0).toUpperCase() + q.slice(1)]))})\\s+\\p{Ll}+)\\s+(och)\\s+(?=\\p{Ll}+(?![\\p{L}]))`, 'gu');

/**
 * Joins the words of a compound written with a hanging hyphen ("kultur- och fritidsdirektören")
 * with word joiners (U+2060, which \s does not match, unlike a no-break space), so that no
 * list split cuts it at its "och".
 */
export function protectCompounds(text: string): string {
  // (the owner rules ask for the same phrases over and over: a 300-page PDF asked for 200 ms' worth)
  const known = protectedPhrases.get(text);
  if (known !== undefined) return known;
  if (protectedPhrases.size >= 5000) protectedPhrases.clear();
  const protectedText = protect(text);
  protectedPhrases.set(text, protectedText);
  return protectedText;
}
const protectedPhrases = new Map<string, string>();

function protect(text: string): string {
  return text
    .replace(/(?<![\p{L}])(\p{L}+-)\s+(och|eller|samt)\s+(?=\p{L})/gu, '$1\u2060$2\u2060')
    // a company's name with "&" in it ("Vassmo Grus & Betong AB") is one name
    .replace(/(?<![\p{L}])(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*)\s+(&)\s+(?=\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*\s+(?:AB|HB|KB)(?![\p{L}]))/gu, '$1\u2060$2\u2060')
    // "Alla ledamöter och ersättare": one quantifier over both nouns, one group
    .replace(QUANTIFIED_PAIR, '$1\u2060$2\u2060');
}
const unprotect = (text: string) => text.replace(/\u2060/g, ' ');

/** "Åsa (Lingonbackens skola)" → "Åsa": a phrase without what it adds in parentheses. */
export const withoutParentheses = (text: string) => text.replace(/\s*\([^()]*\)/gu, '').trim();

/** The words of a phrase, a compound with a hanging hyphen counted as one. */
function wordsOf(phrase: string): string[] {
  return protectCompounds(phrase.trim()).split(/\s+/);
}

export function isRoleWord(word: string): boolean {
  const lower = word.toLowerCase().replace(/\u2060/g, ' ');
  return ROLE_RE.test(lower) || ROLE_WORD_SET.has(lower) || /^vd[:]?s?$/.test(lower);
}

/**
 * The genitive of a body or unit before a role: "kommunstyrelsens ordförande", "nämndens
 * sekreterare", "förvaltningens controller", "bolagets VD".
 */
export function isBodyGenitive(word: string): boolean {
  const stem = /^(\p{L}[\p{L}-]*?)s$/u.exec(word)?.[1];
  return stem !== undefined && (BODY_PATTERN.test(stem) || UNIT_RE.test(stem.toLowerCase()) || /^(?:bolaget|kommunen|regionen|förbundet|föreningen)$/iu.test(stem));
}

function isRolePhrase(words: string[]): boolean {
  let k = 0;
  if (words.length > 1 && isBodyGenitive(words[0]!)) k++;
  while (k < words.length && QUALIFIERS.has(words[k]!.toLowerCase())) k++;
  // "LOV samordnare", "AC ÄO": an acronym may lead a role
  while (k < words.length - 1 && isInitials(words[k]!)) k++;
  const head = words[k];
  if (!head || !isRoleWord(head)) return false;
  const rest = words.slice(k + 1);
  if (!rest.length) return true;
  // "Verksamhetschef för Boende", "verksamhetskoordinator för Myndighet", "HR-chef Karolina Håkansson"
  // and in running text "enhetschefen för försörjningsstöd", "enhetschefen för barn och unga"
  // and "ägaren till fastigheten Kvarnbacken 2:14"
  // ("Ledamöterna från respektive kommun": where a group comes from)
  if (/^från$/i.test(rest[0]!) && !/(?:na)$/u.test(head)) return false;
  // ("Ämneslärarna i matematik och engelska", "mentorerna i 8A och 8B": a group by what or whom it teaches)
  if (/^i$/i.test(rest[0]!)) return /(?:na)$/u.test(head) && rest.length >= 2 && rest.length <= 5 && rest.slice(1).every((w) => /^(?:och|samt)$/.test(w) || /^(?:åk\s?)?\d{1,2}\p{Lu}?$/u.test(w) || (/^\p{Ll}[\p{Ll}-]+$/u.test(w) && !NOT_OWNER_WORDS.has(w) && !NOT_IN_A_ROLE.has(w)));
  if (/^(?:för|inom|vid|på|till|från)$/i.test(rest[0]!)) return rest.length >= 2 && rest.length <= 5 && rest.slice(1).every((w) => /^[\p{Lu}]/u.test(w) || /^(?:och|samt)$/.test(w) || /^\d+(?::\d+)?$/u.test(w) || (/^\p{Ll}[\p{Ll}-]+$/u.test(w) && /(?:en|n|na)$/u.test(head) && !NOT_OWNER_WORDS.has(w) && !NOT_IN_A_ROLE.has(w)));
  // "Rektorerna F–6", "lärarna åk 7–9": the grades a group of teachers teaches
  if (/^(?:åk\.?\s+)?(?:F|\d{1,2})\s?[–-]\s?\d{1,2}$/u.test(rest.join(' '))) return true;
  return rest.length <= 3 && rest.every((w) => isNameWord(w) || isInitials(w));
}

/** words that end a role's complement: a clause or a phrase of its own follows ("chefen för att ..."), or its verb ("Förvaltarna på respektive område inventerar") */
const NOT_IN_A_ROLE = new Set(['att', 'som', 'en', 'ett', 'den', 'det', 'de', 'sin', 'sitt', 'sina', 'hans', 'hennes', 'frågan', 'arbetet', 'ärendet', 'detta', 'dessa', 'med', 'till', 'av', 'i', 'på',
  ...TASK_VERBS.map((v) => v.split(' ')[0]!)]);

function isUnitPhrase(words: string[]): boolean {
  // "fastighetsavdelningen på samhällsbyggnadsförvaltningen", "enheten för IT inom kommunen"
  const at = words.findIndex((w, k) => k > 0 && /^(?:på|inom|vid)$/iu.test(w));
  if (at > 0 && words.length - at - 1 >= 1 && words.length - at - 1 <= 3 && isUnitPhrase(words.slice(0, at)) && isUnitPhrase(words.slice(at + 1))) return true;
  const last = words[words.length - 1]!;
  if (!UNIT_RE.test(last.replace(/\u2060/g, ' ')) || UNIT_LOOKALIKE.test(last)) return false;
  if (words.length === 1) return true;
  // "tekniska förvaltningen", "Förvaltningens H22-team", "kommunens IT-enhet": an adjective or a genitive before it
  return words.length <= 3 && words.slice(0, -1).every((w) => /^\p{L}+(?:a|e|s)$/u.test(w) && !NOT_OWNER_WORDS.has(w.toLowerCase()));
}

/** A union, an authority or a company by name: "Kommunal", "Region Skåne", "Hamnbolaget AB". */
export function isOrganisation(text: string): boolean {
  return ORGANISATION_SET.has(text.toLowerCase()) || ORGANISATION_NAME.test(text);
}

function isNamePhrase(words: string[], ctx: OwnerContext): boolean {
  // "Oskar N", "Anna B.": a first name and the initial of the surname
  if (words.length === 2 && /^\p{Lu}\.?$/u.test(words[1]!) && isNamePhrase(words.slice(0, 1), ctx)) return true;
  if (!words.length || words.length > 4 || !words.every((w) => isNameWord(w) || (w.length > 1 && /^\p{Lu}/u.test(w) && /-/.test(w)))) return false;
  if (words.length >= 2) return true;
  const w = words[0]!;
  const lower = w.toLowerCase();
  if (NOT_OWNER_WORDS.has(lower)) return false;
  if (isKnownName(w, ctx)) return true;
  if (lower.length > 12 || ROLE_RE.test(lower)) return false;
  // the dictionary knows "Omar", "Göran" as proper nouns and "Personal", "Planen", "Tidplanen" as
  // common words; a word it knows neither way ("Dragana", "Mehmet") is most often a name
  // (scripts/measure-name-evidence.mjs: F1 0.92 against 0.69 for the definite-ending guess)
  return isProperNoun(w) || !isCommonWord(w);
}

/** a participant's name, or a part of one ("Omar" for "Omar Haddad") */
function isKnownName(word: string, ctx: OwnerContext): boolean {
  const lower = word.toLowerCase();
  return ctx.participants.some((p) => p.name?.split(' ').some((part) => part.toLowerCase() === lower));
}

/** What kind of owner this phrase (one list element) is, or null when it is none. */
export function ownerKind(phrase: string, ctx: OwnerContext): OwnerKind | null {
  const text = unprotect(phrase).trim();
  if (!text || text.length > 60) return null;
  const lower = text.toLowerCase();
  if (GROUPS.has(lower)) return 'group';
  // "Alla i rådet", "samtliga inom förvaltningen": everyone of a body or a unit
  if (/^(?:alla|samtliga)\s+(?:i|inom|på|från)\s+\p{L}[\p{L}-]*(?:\s+\p{L}[\p{L}-]*)?$/iu.test(text)) return 'group';
  const quantified = QUANTIFIER_RE.exec(text);
  if (quantified) {
    // "varje enhetschef inom hemtjänsten", "alla rektorer på högstadiet": the group is its head noun
    const rest = quantified[1]!.replace(/\s+(?:inom|för|vid|på|i)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?$/u, '');
    if (NOT_OWNER_WORDS.has(rest.toLowerCase())) return null; // "alla som besöker"
    // "alla ledamöter och ersättare": a group where each noun makes one under the quantifier
    const pair = /^(\p{Ll}+) och (\p{Ll}+)$/u.exec(rest);
    const quantifier = text.slice(0, text.length - quantified[1]!.length);
    if (pair) return [pair[1]!, pair[2]!].every((noun) => ownerKind(`${quantifier}${noun}`, ctx) === 'group') ? 'group' : null;
    // "samtliga rektorer", "varje enhet", "alla VC", "respektive chef", "alla medarbetare"
    // (a role word ends the group's noun, not a clause: "Varje förvaltning utser en kontaktperson" is none)
    if (/^\p{Lu}{2,4}$/u.test(rest) || PEOPLE_NOUN_SET.has(rest.toLowerCase()) || UNIT_HEAD_SET.has(rest.toLowerCase().replace(/(?:ar|er|or)$/u, '')) || UNIT_HEAD_SET.has(rest.toLowerCase()) || (rest.split(/\s+/u).length <= 2 && isRoleWord(rest)) || ownerKind(rest, ctx)) return 'group';
    return null;
  }
  if (NOT_OWNER_WORDS.has(lower)) return null;
  // "Personalen på Blåbäret", "Arbetslaget i Eken": a group or a unit at a named place is that group
  const atPlace = /^(\p{L}[\p{L}-]*)\s+(?:på|i|vid|inom)\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?$/u.exec(text);
  if (atPlace && GROUPS.has(atPlace[1]!.toLowerCase())) return 'group';
  if (isOrganisation(text) || ctx.parties?.includes(text)) return 'organisation';
  if (staffCodeHolder(text, ctx.participants)) return 'role';
  const words = wordsOf(text);
  if (words.every(isInitials)) return words.length <= 3 ? 'initials' : null;
  if (isRolePhrase(words)) return 'role';
  if (isUnitPhrase(words)) return 'unit';
  if (isNamePhrase(words, ctx)) return 'person';
  return null;
}

/** Is this phrase (one list element) somebody who can own a task? */
export function isOwnerPhrase(phrase: string, ctx: OwnerContext): boolean {
  return ownerKind(phrase, ctx) !== null;
}

/**
 * Owners that need no task verb to be believed: groups, units, organisations, initials, roles and
 * participants by name. A duty sentence ("X ska ...") names its owner only when X is one of these
 * ("Personal ska gå utbildningen" speaks of staff, not of a person called Personal).
 */
export function isKnownOwner(phrase: string, ctx: OwnerContext): boolean {
  const kind = ownerKind(phrase, ctx);
  if (kind === null) return false;
  if (kind === 'initials') {
    // initials count where the participant list has them ("SKR" is an organisation, not a person here)
    const initials = ctx.participants.map((p) => p.initials).filter(Boolean);
    return initials.length === 0 || phrase.split(/\s+/).every((w) => initials.includes(w));
  }
  if (kind === 'person') return ctx.participants.some((p) => p.name && (p.name === phrase || p.name.split(' ')[0] === phrase));
  return true;
}

/** Splits "Stabschef, verksamhetschefer, biträdande förvaltningschef samt verksamhetscontroller". */
export function splitOwnerList(text: string): string[] {
  // group names with "och" in them ("Var och en") and hanging compounds ("kultur- och
  // fritidschefen") are one owner: protect them from the split
  const kept = protectCompounds(text).replace(/(?<![\p{L}])(var) och (en)(?![\p{L}])/giu, '$1\u2060och\u2060$2');
  // a slash parts owners ("SR/YK", "Lisa/Omar"), not the subjects of a group ("Förstelärarna sv/ma")
  return sharedSurname(kept.split(/\s*,\s*|\s+(?:och|samt|&)\s+|\s*\/\s*(?=\p{Lu})|\s*\+\s*/u).map((s) => unprotect(s).trim()).filter(Boolean), text);
}

/** "Karin och Olof Berglund": two people with one surname, each named in full. */
function sharedSurname(owners: string[], text: string): string[] {
  const pair = /(?:^|\s)(\p{Lu}\p{Ll}+) och (\p{Lu}\p{Ll}+) (\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)$/u.exec(unprotect(text).trim());
  if (!pair || owners.length !== 2 || owners[0] !== pair[1] || owners[1] !== `${pair[2]} ${pair[3]}`) return owners;
  // "Rektor och Sveriges Lärare": a role and a union, no family
  if (isRoleWord(pair[1]!) || UNIT_RE.test(pair[1]!.toLowerCase()) || isOrganisation(pair[1]!) || isOrganisation(owners[1]!)) return owners;
  return [`${pair[1]} ${pair[3]}`, owners[1]!];
}

/** Do these owners make up the whole phrase ("KE och MA"), nothing else in it? */
export function ownersCover(phrase: string, owners: string[]): boolean {
  return splitOwnerList(phrase.trim()).every((p) => owners.includes(p));
}

/**
 * The owners a run of words ending just before a task verb names: the longest run of owner
 * phrases joined by commas, "och", "samt" that ends there. "AC ÄO och funktionsstöd" stays one
 * owner: a lower-case noun joined by "och" belongs to the phrase before it.
 */
export function ownersEndingAt(prefix: string, ctx: OwnerContext, modalTail: RegExp): string[] {
  const text = protectCompounds(prefix.replace(modalTail, '').replace(/[,:;]\s*$/, '').trim());
  // "X tar fram förslag och återkopplar": the second verb shares the subject of the first
  if (!text || /(?:^|\s)(?:och|samt|eller)$/u.test(text)) return [];
  const tokens = text.split(/(\s*,\s*|\s+(?:och|samt|&)\s+|\s*\/\s*|\s*\+\s*)/u);
  // tokens alternate: phrase, separator, phrase, ...; walk back from the end
  const phrases: string[] = [];
  for (let k = tokens.length - 1; k >= 0; k -= 2) {
    const phrase = unprotect(tokens[k]!).trim();
    if (isOwnerPhrase(phrase, ctx)) { phrases.unshift(phrase); continue; }
    // "Var och en" splits on "och"; rejoin before judging the words left of it
    const joined = k >= 2 ? unprotect(`${tokens[k - 2]!.trim()}${tokens[k - 1]}${tokens[k]!.trim()}`) : '';
    if (joined && isOwnerPhrase(joined, ctx) && phrases.length === 0) {
      phrases.unshift(joined);
      k -= 2;
      continue;
    }
    // the last phrase may start with words that are not part of it: "Parallellt ska verksamhetscheferna"
    const words = protectCompounds(phrase).split(/\s+/);
    for (let cut = 1; cut < words.length; cut++) {
      const tail = unprotect(words.slice(cut).join(' '));
      if (isOwnerPhrase(tail, ctx)) { phrases.unshift(tail); break; }
    }
    if (phrases.length === 0 && k >= 2 && /^\s+och\s+$/.test(tokens[k - 1]!) && /^\p{Ll}+$/u.test(phrase) && isOwnerPhrase(unprotect(tokens[k - 2]!).trim(), ctx)) {
      phrases.unshift(`${unprotect(tokens[k - 2]!).trim()} och ${phrase}`);
    }
    break;
  }
  // "tillsammans med kommunerna ta fram": the object of a preposition is no subject; "innan
  // nämnden tar ställning": the subject of a subordinate clause is given no task
  const first = phrases[0];
  if (first) {
    const before = unprotect(text).slice(0, unprotect(text).lastIndexOf(first)).trim().split(/\s+/).pop() ?? '';
    if (PREPOSITIONS.has(before.toLowerCase()) || SUBORDINATORS.has(before.toLowerCase())) return [];
  }
  return sharedSurname(phrases, text);
}

// (not "vilket": "..., vilket socialchefen ser över" gives the task to the relative clause's subject)
// (nor "som": in "..., som HF slutför till nästa möte" HF is the relative clause's subject and does it)
const SUBORDINATORS = new Set(['innan', 'när', 'om', 'eftersom', 'då', 'tills', 'medan', 'där', 'vilka', 'än', 'ifall', 'trots', 'fast', 'såvida', 'förrän', 'sedan']);

const PREPOSITIONS = new Set(['med', 'av', 'till', 'för', 'åt', 'från', 'hos', 'om', 'på', 'i', 'inom', 'mot', 'utan', 'enligt', 'genom', 'bland', 'efter', 'via', 'under', 'över', 'kring']);
