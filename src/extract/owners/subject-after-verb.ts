import { ASSIGNMENT_PHRASES, TASK_LINE_LABEL, TASK_VERBS } from '../../lexicon/index.js';
import { alternation } from '../../lexicon/pattern.js';
import { isOwnerPhrase, ownersEndingAt, splitOwnerList, type OwnerContext } from './noun-phrase.js';
import type { OwnerRule, TaskHit } from './types.js';

/**
 * Swedish puts the finite verb second: after a fronted adverbial the subject follows the verb
 * ("Till nästa möte tar Fatima och Oskar fram ett förslag", "Inför hösten återkommer
 * enhetschefen för barn och unga med en plan"). The finite verbs are the first words of the
 * lexicon's task phrases; their particle, if any, follows the subject.
 */
// ("Därefter ställer ordföranden proposition": a verb whose task needs its particle, "ställer ut")
const NOT_FINITE_TASK_VERBS = new Set(['för', 'har', 'är', 'får', 'fick', 'ställer']);
// a modal stands second as well: "Senast den 1 mars ska samtliga enheter ha lämnat sina planer"
// and a promise told in the past: "… efter en stund åtog sig Jonas att ringa", "då lovade Lasse att …"
const FINITE_VERBS = [...new Set([...TASK_VERBS, ...ASSIGNMENT_PHRASES].map((p) => p.split(' ')[0]!).filter((w) => /(?:ar|er|r)$/u.test(w) && !NOT_FINITE_TASK_VERBS.has(w))), 'ska', 'skall', 'måste', 'åtog', 'lovade'];
const FINITE_RE = new RegExp(`(?<![\\p{L}])(?:${alternation(FINITE_VERBS)})(?![\\p{L}])`, 'giu');
/** what a fronted adverbial opens with: a preposition or an adverb of time ("så" after a clause of its own) */
const ADVERBIAL_OPENER = /^(?:till|inför|senast|före|efter|under|i|på|vid|inom|om|sedan|därefter|därför|nu|då|så|också|även|vidare|dessutom|slutligen|parallellt|fortsättningsvis|framöver|snarast|direkt|redan|under tiden|tills vidare)(?![\p{L}])/iu;

/**
 * A main clause after a comma, its adverbial first: "…, så tar Karin med dem", "…, sedan skickar
 * Eva ut den", "…, och därför lägger Karin ut en text", "…, och efter en stund åtog sig Jonas att ringa".
 */
const NEXT_MAIN_CLAUSE = /,\s+(?:och\s+|men\s+)?(?=(?:så|då|sedan|därefter|därför|efter|nu)\s)/giu;

/** The subject after the first finite verb of a clause that opens with an adverbial; `at`: where the clause stands in its sentence. */
function afterAdverbial(clause: string, at: number, ctx: OwnerContext): TaskHit[] {
  const hits: TaskHit[] = [];
  // only the first finite verb can stand second
  for (const m of [...clause.matchAll(FINITE_RE)].slice(0, 1)) {
    // ("Åtgärd: Till nästa skiftlagsmöte tar Emma fram": the label before the clause is no part of it)
    const before = clause.slice(0, m.index).trim().replace(TASK_LINE_LABEL, '');
    // the adverbial: short, no clause of its own, no subject of its own
    if (!ADVERBIAL_OPENER.test(before) || before.split(/\s+/).length > 7 || /(?:^|\s)(?:att|som|och)\s|[,;:]/u.test(before)) break;
    if (ownersEndingAt(before, ctx, /$^/u).length) break;
    // (the reflexive of "åtog sig" stands before the subject: "åtog sig Jonas att")
    const words = clause.slice(m.index + m[0].length).trim().replace(/^sig\s+/u, '').split(/\s+/).slice(0, 8);
    let owners: string[] = [];
    for (let n = words.length; n >= 1; n--) {
      const phrase = words.slice(0, n).join(' ').replace(/[.,;:]$/u, '');
      // "enhetschefen för barn och unga" is one owner; "Fatima och Oskar" two
      const parts = isOwnerPhrase(phrase, ctx) ? [phrase] : splitOwnerList(phrase);
      if (parts.length && parts.every((p) => isOwnerPhrase(p, ctx)) && !/(?:^|\s)(?:och|samt)$/u.test(phrase)) { owners = parts; break; }
    }
    if (owners.length) hits.push({ owners, index: at + m.index, verb: m[0] });
  }
  return hits;
}

export const subjectAfterVerb: OwnerRule = {
  name: 'Till nästa möte tar X fram',
  about: 'after a fronted adverbial the finite verb comes second and its subject after it: the words after the verb, up to its particle or object, own the task',
  find(sentence, ctx) {
    const hits: TaskHit[] = [];
    // a main clause after a comma opens again with its adverbial ("…, så tar Karin med dem")
    for (const at of [0, ...[...sentence.matchAll(NEXT_MAIN_CLAUSE)].map((m) => m.index + m[0].length)]) hits.push(...afterAdverbial(sentence.slice(at), at, ctx));
    return hits;
  },
  examples: [
    { text: 'Till nästa möte tar Fatima och Oskar fram ett förslag på utskick.', expected: ['Fatima', 'Oskar'] },
    { text: 'Till nästa sammanträde återkommer enhetschefen för barn och unga med en plan.', expected: ['enhetschefen för barn och unga'] },
    { text: 'Senast fredag skickar HR-avdelningen ut kallelsen.', expected: ['HR-avdelningen'] },
    { text: 'Åtgärd: Till nästa skiftlagsmöte tar Emma fram ett förslag på hur insatser ska överlämnas.', expected: ['Emma'] },
    { text: 'Därefter ställer ordföranden proposition på kansliets förslag.', expected: [] },
    { text: 'Efter mötet bokar sekreteraren lokal.', expected: ['sekreteraren'] },
    // (a second main clause after a comma: its adverbial "så" first, then the verb, then its subject)
    { text: 'PRO skickar frågorna till mig senast 20 mars, så tar Karin med dem till införandegruppen.', expected: ['Karin'] },
    { text: 'Senast den 1 mars ska samtliga enheter ha lämnat sina planer.', expected: ['samtliga enheter'] },
    { text: 'Till hösten måste förvaltningen ta fram en ny plan.', expected: ['förvaltningen'] },
    { text: 'Till nästa möte tar vi fram ett förslag.', expected: [] },
    { text: 'Kommunpolisen tar fram en sammanställning.', expected: [] },
    { text: 'Vid FLG den 11 februari bestäms innehåll för respektive planeringsdag.', expected: [] },
    { text: 'I övrigt har sektionschef Petra Nilsson tagit kontakt med polisen.', expected: [] },
    { text: 'Vi kommer att få frågor om det, och därför lägger Karin ut en förklarande text på hemsidan.', expected: ['Karin'] },
    { text: 'Folkets hus är inte bokat än, och efter en stund åtog sig Jonas att ringa och boka salongen.', expected: ['Jonas'] },
  ],
};
