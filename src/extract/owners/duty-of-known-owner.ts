import { DUTY_STATES, NOT_DUTY_VERBS } from '../../lexicon/index.js';
import { alternation } from '../../lexicon/pattern.js';
import { isKnownOwner, ownersEndingAt, splitOwnerList } from './noun-phrase.js';
import { MODAL_TAIL } from './subject-of-task-verb.js';
import type { OwnerRule, TaskHit } from './types.js';

const DUTY = /(?<![\p{L}])(?:ska|skall|måste)\s+(?:ha\s+)?(?!kunna\b)\p{Ll}+/gu;
/** "ska få en återrapport", "ska ha fått information": to receive is no task */
const RECEIVES = /^\S+\s+(?:ha\s+)?(?:få|fått)\s+(?:en\s+|ett\s+|mer\s+|löpande\s+)?(?:\p{L}*rapport\p{L}*|information\p{L}*|redovisning\p{L}*|besked|svar|återkoppling\p{L}*|underlag\p{L}*|förslag\p{L}*)(?![\p{L}])/u;
/** "ska stå som", "ska vara öppen": a verb of being after the modal */
const STATE = new RegExp(`^\\S+\\s+(?:ha\\s+)?(?:${alternation(NOT_DUTY_VERBS)})(?![\\p{L}])`, 'u');
/** "ska vara klart", "ska vara genomförd": a state that is a task done */
const DUTY_STATE = new RegExp(`^\\S+\\s+(?:ha\\s+)?(?:vara|bli)\\s+(?:\\S+\\s+){0,2}?(?:${alternation(DUTY_STATES)})(?![\\p{L}])`, 'u');
/** "senast i mars 2026", "snarast", "under våren": a time after the subject, before the modal */
const TIME_AFTER_SUBJECT = /\s+(?:senast|snarast|omgående|före|innan|under|inom)(?![\p{L}])[^,;]{0,30}$/u;
/** "Lina påminde om att": who reminds owns nothing, but the duty she reminds of is one */
const REMINDER = /^.{0,60}?(?<![\p{L}])(?:påminner|påminde|påmindes|betonar|betonade|understryker|underströk|poängterar|poängterade)\s+(?:om\s+)?(?:att\s+)/u;

export const dutyOfKnownOwner: OwnerRule = {
  name: 'X ska …',
  about:
    'a duty laid on a known owner (a group, unit, role, initials or a participant) at the start of a sentence or of a decision\'s att-clause; "att alla ska kunna delta" lays no duty on anyone, and "Personal ska …" speaks of staff in general',
  find(clause, ctx) {
    const hits: TaskHit[] = [];
    for (const d of clause.matchAll(DUTY)) {
      // "Förbundet ska enligt förbundsordningen upprätta": a duty the law lays, not a task given here
      if (/^\S+\s+enligt\b/u.test(clause.slice(d.index))) continue;
      // "Nämnden ska varje kvartal rapportera …": a routine, not a task given here
      if (/^\S+\s+(?:varje|varannan|årligen|löpande|regelbundet|alltid|fortlöpande)(?![\p{L}])/u.test(clause.slice(d.index))) continue;
      // "Nämnden ska få en återrapport i juni": who is to receive the report does not write it
      if (RECEIVES.test(clause.slice(d.index))) continue;
      // "att bolaget ska stå som medarrangör", "Föreningen ska vara öppen för alla": a state, no task
      // ("ska vara klart" is one: DUTY_STATES)
      if (STATE.test(clause.slice(d.index)) && !DUTY_STATE.test(clause.slice(d.index))) continue;
      // the subject opens the sentence, or the att-clause a decision is ("att X ska ..."), or the
      // att-clause of a reminder ("påminde om att alla ska"); an att-clause inside another
      // sentence ("om FLG anser att alla chefer ska gå") lays no duty
      // ("Påminnelse från Annika: alla EC ska ha hållit ...": a label before a colon names no owner)
      // ("att museichefen senast i mars 2026 ska redovisa": the time between the subject and its modal)
      const prefix = clause.slice(0, d.index).replace(/^[^:]{1,40}:\s+/u, '').replace(/^att\s+/u, '').replace(REMINDER, '').trim().replace(TIME_AFTER_SUBJECT, '');
      const owners = ownersEndingAt(prefix, ctx, MODAL_TAIL).filter((o) => isKnownOwner(o, ctx));
      if (owners.length && splitOwnerList(prefix).every((p) => owners.includes(p))) hits.push({ owners, index: d.index, verb: d[0] });
    }
    return hits;
  },
  examples: [
    { text: 'Nämnden ska varje kvartal rapportera ej verkställda beslut till IVO.', expected: [] },
    { text: 'Alla ska ha gått utbildningen inom två veckor.', expected: ['Alla'] },
    { text: 'Samtliga rektorer ska läsa igenom planen.', expected: ['Samtliga rektorer'] },
    { text: 'Förvaltningen ska redovisa resultatet i oktober.', expected: ['Förvaltningen'] },
    { text: 'Föreningen ska redovisa hur bidraget använts senast den 31 mars.', expected: ['Föreningen'] },
    { text: 'Personal ska gå utbildningen.', expected: [] },
    { text: 'Styrelsen beslutade att bolaget ska stå som medarrangör av festivalen.', expected: [] },
    { text: 'Förvaltningen ska vara klar med utredningen i maj.', expected: ['Förvaltningen'] },
    { text: 'Påminnelse från Annika: alla EC ska ha hållit medarbetarsamtalen före sommaren.', expected: ['alla EC'] },
    { text: 'Lina påminde om att alla ska ha genomfört webbutbildningen senast den 30 november.', expected: ['alla'] },
    { text: 'Förbundet ska enligt förbundsordningen upprätta en delårsrapport.', expected: [] },
    { text: 'att museichefen senast i mars 2026 ska redovisa en åtgärdsplan för magasinet', expected: ['museichefen'] },
    { text: 'Nämnden ska få en återrapport efter halva året.', expected: [] },
    { text: 'Om FLG anser att alla chefer ska gå utbildningen bokas den.', expected: [] },
  ],
};
