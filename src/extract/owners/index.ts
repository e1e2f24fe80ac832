/**
 * Who is given a task. Each form of giving one is a rule unit in this folder (with its examples);
 * `findTasks` runs them all over a clause and settles where two read the same verb. Whether the
 * words a rule points at are an owner at all is noun-phrase.ts's question.
 */
import { CONSULTED_PHRASES, NOT_OWNERS, RESPONSIBILITY_VERBS } from '../../lexicon/index.js';
import { alternation } from '../../lexicon/pattern.js';
import { OWNER_RULES } from './rules.js';
import { isInitials, isKnownOwner, isOwnerPhrase, ownerKind, ownersCover, ownersEndingAt, splitOwnerList, type OwnerContext } from './noun-phrase.js';
import { MODAL_TAIL } from './subject-of-task-verb.js';
import type { TaskHit } from './types.js';

export { isKnownOwner, isOwnerPhrase, ownerKind, ownersCover, splitOwnerList, withoutParentheses, type OwnerContext, type OwnerKind } from './noun-phrase.js';
export type { TaskHit } from './types.js';

/** "ansvarar för", "ser till": verbs of answering for what others do (lexicon RESPONSIBILITY_VERBS) */
const RESPONSIBLE = new RegExp(`^(?:${alternation(RESPONSIBILITY_VERBS)})$`, 'u');

/** Verbs of tasks in a clause, each with the owners its rule found. */
export function findTasks(clause: string, ctx: OwnerContext): TaskHit[] {
  const hits = OWNER_RULES.flatMap((rule) => rule.find(clause, ctx));
  // "Hemtjänsten ansvarar för att ombuden kontrollerar …": the verbs in the att-clause of one who
  // answers for them are what is to be done, no tasks of their own
  const answered = hits.filter((h) => h.owners.length && RESPONSIBLE.test(h.verb.toLowerCase().replace(/\s+/gu, ' ')) && /^\s*(?:för\s+)?att\s/iu.test(clause.slice(h.index + h.verb.length)));
  const own = hits.filter((o) => !answered.some((h) => o !== h && o.index > h.index && !/[;.]/u.test(clause.slice(h.index, o.index))));
  // a duty ("X ska ta fram") already read through its task verb is one task, not two
  return own.filter((h) => !(h.verb.startsWith('ska') || h.verb.startsWith('skall') || h.verb.startsWith('måste')) || !own.some((o) => o !== h && o.index > h.index && o.index - h.index < 30));
}

/**
 * The owners a clause opens with ("Katarina Lindqvist, vid ledarforum ..., redovisar"), for a
 * task verb at `verbIndex` in the same main clause (no "att", "som" or "om" between them).
 */
export function subjectOfVerb(clause: string, verbIndex: number, ctx: OwnerContext): string[] {
  const owners = clauseSubject(clause, ctx);
  if (!owners.length) return [];
  const between = clause.slice(0, verbIndex);
  // "Förvaltningschefen svarar att rekrytering pågår och återkommer": a verb after "och" whose
  // nearer subject is no owner goes back to the sentence's subject
  const attSubject = /\satt\s+(\S+)/u.exec(between)?.[1] ?? '';
  const coordinated = /\soch\s+$/u.test(between) && !/(?:^|\s)(?:som|om|när|där|vilka|vilket)\s/iu.test(between) && !/^(?:man|vi|de|det|den|han|hon|ni|jag|du|alla)$/iu.test(attSubject) && !isOwnerPhrase(attSubject, ctx);
  return /\s(?:att|som|om|när|där|vad|hur|vilka|vilket)\s/iu.test(between) && !coordinated ? [] : owners;
}

/** The owners a clause opens with, whatever follows. */
export function clauseSubject(clause: string, ctx: OwnerContext): string[] {
  const firstStop = clause.search(/[,:;]|\s+(?:är|har|blir|kommer|ska|skall|kan|vill|behöver|bör|måste)\s|\s+\p{Ll}+(?:ar|er|ir|år|är)\b/u);
  const head = firstStop === -1 ? clause : clause.slice(0, firstStop);
  const owners = splitOwnerList(head);
  return owners.length && owners.every((o) => isOwnerPhrase(o, ctx)) ? owners : [];
}

const CONSULTED_IN_CELL = new RegExp(`\\s*,?\\s+(?:${alternation(CONSULTED_PHRASES)})\\s.*$`, 'iu');

/** Entries of an Ansvarig cell: "AA, RN och TU", "SR/YK", "MS IN", "Alla VC", "Titti och Susanne". */
const NOT_OWNER_CELLS = new Set(NOT_OWNERS);

export function ownersFromColumn(cell: string, ctx: OwnerContext): string[] {
  const out: string[] = [];
  // "TL i samråd med RE": the one consulted owns nothing
  const owning = cell.replace(CONSULTED_IN_CELL, '');
  // "Barn och utbildning", "Kultur och fritid": a förvaltning's name, one owner
  const pair = /^(\p{Lu}\p{Ll}+) och (\p{Ll}+)$/u.exec(owning.trim());
  if (pair && !isOwnerPhrase(pair[1]!, ctx) && !isOwnerPhrase(pair[2]!, ctx)) return [owning.trim()];
  for (const part of splitOwnerList(owning.replace(/[.;]+$/, ''))) {
    // ("Info" in an Ansv column: a row told for information, nobody's task)
    if (NOT_OWNER_CELLS.has(part.toLowerCase())) continue;
    const words = part.split(/\s+/);
    // ("AB KE", "BH E": initials or a byggmöte's party codes side by side)
    if (words.length > 1 && words.every((w) => /^\p{Lu}{1,4}$/u.test(w))) out.push(...words);
    // "Alla rektorer LB": a cell's entries on lines of their own, joined without a comma
    else if (words.length > 2 && isInitials(words.at(-1)!) && isKnownOwner(words.at(-1)!, ctx) && isOwnerPhrase(words.slice(0, -1).join(' '), ctx)) {
      out.push(words.slice(0, -1).join(' '), words.at(-1)!);
    } else if (isOwnerPhrase(part, ctx) || /^\p{Lu}/u.test(part)) out.push(part);
  }
  return [...new Set(out)];
}

/**
 * A to-do line that names its owners first, before a colon or a dash: "LD: beställa ny grind",
 * "KE och MA – planera julfesten"; in a list of tasks, "Birgitta – studiehandledning". Only owners the minutes know count ("Tid: måndagen ..." and
 * "SKR – förnyad rekommendation" are no to-dos).
 */
export function todoOwners(text: string, ctx: OwnerContext, inTaskList = false): string[] {
  const todo = /^([^:–]{2,40}?)\s*(?::|\s–)\s+(\p{Ll}+)/u.exec(text);
  if (!todo) return [];
  // a to-do says what to do ("beställa ny grind", "ringa leverantören"); a report says what
  // happened ("Räddningschef Anders Vik: eftersläckningen avslutades"). In a list of tasks
  // ("Till nästa gång") a line may name only the matter: "Birgitta – studiehandledning, schemaläggning"
  // (and "Leila och Tobbe: förslag på hur brukarråden ska gå till (nästa APT)" after its colon)
  if (!isTodoVerb(todo[2]!) && !inTaskList) return [];
  // "Birgitta: flera laddvagnar är trasiga": a finite verb after the colon tells what is, no to-do
  if (REPORT_VERB.test(text.slice(todo[0].length))) return [];
  // "SMHI: vindbyarna avtar": a definite noun and a verb in the present after it say what happens
  if (/^\p{Ll}+(?:na|en|et)\s+\p{Ll}+(?:ar|er|ör|år)(?![\p{L}])/u.test(text.slice(todo[0].length - todo[2]!.length))) return [];
  // people, roles and groups keep to-do lists; a unit or an organisation before a dash is a heading
  const owners = ownersEndingAt(todo[1]!, ctx, MODAL_TAIL).filter((o) => isKnownOwner(o, ctx) && !['unit', 'organisation'].includes(ownerKind(o, ctx)!));
  return owners.length && ownersCover(todo[1]!, owners) ? owners : [];
}

const REPORT_VERB = /(?<![\p{L}])(?:är|var|har|hade|blir|blev|finns|fanns|saknas|behöver|kommer att)(?![\p{L}])/iu;

/** An infinitive or an imperative: "beställa", "kontakta", "ta", "se över", or a task verb. */
function isTodoVerb(word: string): boolean {
  return /\p{L}{2,}a$/u.test(word) || /^(?:ta|se|gå|gör|få|ha|be|dra|stå|ge|nå|tar|ser|går|bokar|kollar|skickar|mejlar|ringer|kontaktar|bjuder|följer|stämmer)$/u.test(word);
}

/**
 * "Ta fram en handlingsplan (ansv. Petra Ny)", "Rapporterna lämnas i slutet av maj (Ansvar:
 * respektive förskolechef)": the owners in parentheses, or null when none are.
 */
export function inlineOwners(text: string, ctx: OwnerContext): string[] | null {
  const inline = /\((?:ansvariga|ansvarig|ansvar|ansv\.|ansv|vem)(?![\p{L}])\s*:?\s*([^)]+)\)/iu.exec(text);
  return inline ? ownersFromColumn(inline[1]!, ctx) : null;
}
