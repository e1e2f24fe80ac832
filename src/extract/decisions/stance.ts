import { ACRONYM_DECIDING_VERBS, GIVES_A_TASK, MEETING_SELF, STANCE_FORMS } from '../../lexicon/index.js';
import { alternation, escapeRegExp, wholeWords } from '../../lexicon/pattern.js';
import { isOrganisation } from '../owners/noun-phrase.js';
import { SELF, SELF_RE, namesAnotherBodyOfItsKind } from './bodies.js';

/** "Nämnden", "Styrelsen", "vi", "mötet": the meeting by a word, not by a name */
const MEETING_BY_A_WORD = new RegExp(`^(?:${alternation(MEETING_SELF)})$`, 'iu');
import type { DecisionRule } from './types.js';

const STANCE_TAIL = `\\s+(?:${alternation(STANCE_FORMS)}|${GIVES_A_TASK})(?![\\p{L}])`;
const STANCE_SELF = new RegExp(`^(?<subject>${SELF})${STANCE_TAIL}`, 'iu');
/** in a decision column a group's short name counts: "FLG positiva till förslaget" */
const STANCE_CAPS = new RegExp(`^(?<subject>\\p{Lu}{2,5})${STANCE_TAIL}`, 'u');
/** in running text a group's short name decides with a deciding verb: "FLG godkände tidplanen" */
const ACRONYM_DECIDES = new RegExp(`^(?<subject>\\p{Lu}{2,5})\\s+${wholeWords(ACRONYM_DECIDING_VERBS)}`, 'u');
/** "Om vi tar initiativet till flytten ska verkställigheten stå för kostnaderna": a rule the meeting sets */
const CONDITIONAL_RULE = /^Om\s.+\s(?:ska|skall)\s/u;

export const stanceOfTheMeeting: DecisionRule = {
  name: 'FLG positiva till förslaget / Vi tackar nej',
  about: 'the meeting itself ("vi", "mötet", its body, in a decision column its short name) taking a stance records its position',
  find(s, opts) {
    if (opts.inProposal) return [];
    const acronym = ACRONYM_DECIDES.exec(s);
    // ("Revisorerna godkände projektplanen" where the revisorer meet: the meeting's own body by name)
    const ownBody = opts.meetingBody ? new RegExp(`^(?<subject>${escapeRegExp(opts.meetingBody)})${STANCE_TAIL}`, 'iu').exec(s) : null;
    const stance = STANCE_SELF.exec(s) ?? ownBody ?? (opts.inDecisionColumn ? STANCE_CAPS.exec(s) : null) ?? (acronym && !isOrganisation(acronym.groups!.subject!) ? acronym : null);
    if (!stance) return [];
    const decidedBy = stance.groups!.subject!;
    // "Socialnämnden fastställer normen vid sitt sammanträde" in its individutskott's minutes, "Fritidsnämnden
    // tillstyrker" in the arbetsutskott's: a body named in full is the meeting only where it is the meeting's own
    // (SELF names such a body in full; `ownBody` is the meeting's own name)
    if (SELF_RE.test(decidedBy) && !MEETING_BY_A_WORD.test(decidedBy) && !ownBody) return [];
    // "Nämnden antog nuvarande riktlinjer den 14 november 2017": a past stance with its year is background
    const rest = s.slice(stance[0].length);
    // ("fastställde internkontrollplanen för 2026" names the year the plan is for)
    // ("Stämman valde X till ledamot intill slutet av den årsstämma som hålls 2019": a year after
    // the meeting's own is no past one)
    const year = /(?<!(?:för|inför|avseende|gällande|under|till)\s+(?:år\s+)?)(?<!\d)((?:19|20)\d\d)(?!\d)/u.exec(rest);
    if (/(?:de|te|og|öt|åg|alde)$/u.test(stance[0]) && year && !(opts.meetingYear && Number(year[1]) > opts.meetingYear)) return [];
    // "Nämnden fastställer internbudget 18 december" in a ledningsgrupp's minutes: another body
    if (namesAnotherBodyOfItsKind(decidedBy, opts.meetingBody)) return [];
    return [{ decisions: [{ text: s.replace(/[.]$/, ''), decidedBy }], open: false, decidedBy }];
  },
  examples: [
    { text: 'Nämnden uppdrar åt förvaltningen att utreda möjligheten till samordning.', expected: ['Nämnden uppdrar åt förvaltningen att utreda möjligheten till samordning'], context: { meetingBody: 'Socialnämnden' } },
    { text: 'Ledningsgruppen godkände tidplanen.', expected: ['Ledningsgruppen godkände tidplanen'] },
    { text: 'Revisorerna godkände projektplanen.', expected: ['Revisorerna godkände projektplanen'], context: { meetingBody: 'Revisorerna' } },
    { text: 'Revisorerna tillstyrker att ansvarsfrihet beviljas.', expected: [], context: { meetingBody: 'Kommunfullmäktige' } },
    { text: 'Vi tackar nej till erbjudandet.', expected: ['Vi tackar nej till erbjudandet'] },
    { text: 'Kommunal godkände tidplanen.', expected: [] },
    { text: 'FLG godkände tidplanen för budgetprocessen.', expected: ['FLG godkände tidplanen för budgetprocessen'] },
    { text: 'SKR godkände rekommendationen i våras.', expected: [] },
    { text: 'Nämnden antog nuvarande riktlinjer den 14 november 2017.', expected: [] },
    { text: 'Stämman valde Sanna Lindqvist till styrelseledamot intill slutet av den årsstämma som hålls 2019.', expected: ['Stämman valde Sanna Lindqvist till styrelseledamot intill slutet av den årsstämma som hålls 2019'], context: { meetingBody: 'Bolagsstämma', meetingYear: 2018 } },
    { text: 'Styrelsen fastställde internkontrollplanen för 2026.', expected: ['Styrelsen fastställde internkontrollplanen för 2026'], context: { meetingBody: 'Styrelsen' } },
    { text: 'Nämnden fastställer internbudget 18 december.', expected: [], context: { meetingBody: 'Ledningsgruppen' } },
    { text: 'Nämnden fastställer internbudgeten.', expected: ['Nämnden fastställer internbudgeten'], context: { meetingBody: 'Kultur- och fritidsnämnden' } },
    { text: 'Socialnämnden fastställer normen vid sitt sammanträde den 30 november 1994.', expected: [], context: { meetingBody: 'Socialnämndens individutskott' } },
    { text: 'Fritidsnämnden tillstyrker ett bidrag om 15 000 kr.', expected: [], context: { meetingBody: 'Kommunstyrelsens arbetsutskott' } },
    { text: 'Miljönämnden godkänner tillsynsplanen.', expected: ['Miljönämnden godkänner tillsynsplanen'], context: { meetingBody: 'Miljönämnden' } },
    { text: 'Styrelsen ger VD i uppdrag att ta fram förslag till nya hamnavgifter till septembermötet.', expected: ['Styrelsen ger VD i uppdrag att ta fram förslag till nya hamnavgifter till septembermötet'], context: { meetingBody: 'Styrelsemöte' } },
    { text: 'Ägarkommunen ger bolaget i uppdrag att bygga ut kajen.', expected: [], context: { meetingBody: 'Hamnstyrelsen' } },
  ],
};

export const conditionalRule: DecisionRule = {
  name: 'Om … ska … (in a decision column)',
  about: 'a condition with its consequence, written in a decision column, is a rule the meeting sets',
  find(s, opts) {
    if (opts.inProposal || !opts.inDecisionColumn || !CONDITIONAL_RULE.test(s)) return [];
    return [{ decisions: [{ text: s.replace(/[.]$/, ''), decidedBy: null }], open: false, decidedBy: null }];
  },
  examples: [
    { text: 'Om vi tar initiativet till flytten ska verkställigheten stå för kostnaderna.', expected: ['Om vi tar initiativet till flytten ska verkställigheten stå för kostnaderna'], context: { inDecisionColumn: true } },
    { text: 'Om vi tar initiativet till flytten ska verkställigheten stå för kostnaderna.', expected: [] },
  ],
};
