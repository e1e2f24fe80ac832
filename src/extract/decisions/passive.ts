import { AGENDA_NOTES, MONTHS, PASSIVE_DECISION_FORMS } from '../../lexicon/index.js';
import { alternation, wholeWords } from '../../lexicon/pattern.js';
import { SELF_RE, isOtherBody } from './bodies.js';
import type { DecisionRule } from './types.js';

const PASSIVE = new RegExp(wholeWords(PASSIVE_DECISION_FORMS), 'iu');
const DAY_AFTER = new RegExp(`^\\s+(?:\\S+\\s+){0,2}?(?:den\\s+)?\\d{1,2}(?:\\s+(?:${alternation(Object.keys(MONTHS))})|\\/\\d{1,2})(?![\\p{L}])`, 'iu');
// "kan godkännas", "Planen beräknas kunna antas under 2026": one that may come, not one taken
const MODAL_BEFORE_PASSIVE = /(?<![\p{L}])(?:kan|får|kunde|skulle|bör|kommer att|ska|kunna|beräknas|väntas|förväntas|planeras)\s+(?:\S+\s+){0,2}$/iu;
/** the meeting filing what was reported to it: its own decision even in a list of others' */
/** (and its own assignment on one of them: "Beträffande länsstyrelsens skrivelse uppdrages åt distriktschefen att …") */
const FILING = /^(?:redovisningen|informationen|anmälan|anmälningarna|rapporten|meddelandena|delegationsbesluten|förteckningen|listan)\b|(?:läggs|lades)\s+till\s+handlingarna|(?<![\p{L}])uppdra(?:ges|s)\s+åt\s/iu;

export const passiveDecision: DecisionRule = {
  name: 'godkänns / läggs till handlingarna',
  about:
    'the passive of a deciding verb makes the sentence a decision of the meeting, unless it reports one: another body\'s ("antogs av kommunfullmäktige"), one of a year gone by ("antogs 2016"), one inside what someone else says ("tillstyrker att ansvarsfrihet beviljas"), one that may come ("kan godkännas"), or an entry of a list of decisions taken elsewhere',
  find(s, opts) {
    if (opts.inProposal || AGENDA_NOTES.test(s)) return [];
    // in a list of decisions taken elsewhere (delegationsbeslut, meddelanden) the meeting's own
    // decision is its filing of them; every other passive is an entry ("Tilldelas Kontorsgruppen
    // AB", "Avskrivs", "Bygglov beviljas"), whether dated, cited or a cell of a table
    if (opts.reportedDecisions === true && !FILING.test(s)) return [];
    const passive = PASSIVE.exec(s);
    if (!passive) return [];
    const before = s.slice(0, passive.index);
    const after = s.slice(passive.index + passive[0].length);
    // (a compound with a hanging hyphen is one agent: "av miljö- och byggnadsnämnden")
    // ("av respektive kommunfullmäktige": the body after its quantifier)
    const agent = /^\s+av\s+(?:respektive\s+|samtliga\s+|berörda\s+)?((?:\p{L}+-\s+(?:och|eller)\s+)?[\p{L}-]+)/u.exec(after)?.[1];
    // "antogs av kommunfullmäktige", "beviljades av byggnadsnämnden i Tuvemark": a body that is not the meeting's
    const byOther = agent !== undefined && (opts.meetingBody ? isOtherBody(agent, opts.meetingBody) : !SELF_RE.test(agent)) && !(opts.meetingBody && opts.meetingBody.toLowerCase().includes(agent.toLowerCase()));
    // (not the year a budget or a plan is for: "Fastställdes budget för 1990")
    const dated = /^\s+(?:\S+\s+){0,2}(?:år\s+)?(?:19|20)\d\d\b/u.test(after) && !/^\s+(?:\S+\s+){0,1}(?:för|inför|avseende|gällande)\s+(?:år\s+)?(?:19|20)\d\d/iu.test(after) && !/^(?:godkänns|fastställs|antas|beviljas)/iu.test(passive[0]);
    // "Bygglov beviljades den 2 oktober": a past passive with its day reports what was decided before
    const datedPast = /(?:ades|des|tes|ogs|ölls|öts)$/iu.test(passive[0]) && DAY_AFTER.test(after);
    // "Till (justerare) att jämte ordföranden justera protokollet valdes X": the "att" names what X
    // is elected to do
    // (and "…, där ett förslag remitteras under april": a relative clause tells of it)
    // ("en prislista som fastställs av …": a relative clause tells what the thing is)
    const inOthersClause = (!/^(?:till\s+(?:\p{L}+\s+){0,2})?att\s/iu.test(s) && /(?<![\p{L}])att\s/iu.test(before)) || /(?:^|,)\s*(?:där|varvid)\s/iu.test(before) || /\ssom\s+(?:\p{L}+\s+)?$/iu.test(before);
    if (byOther || dated || datedPast || inOthersClause || MODAL_BEFORE_PASSIVE.test(before)) return [];
    return [{ decisions: [{ text: s.replace(/[.]$/, ''), decidedBy: null }], open: false, decidedBy: null }];
  },
  examples: [
    { text: 'Dagordningen godkändes.', expected: ['Dagordningen godkändes'] },
    { text: 'Föredragningslistan fastställs med den ändringen att ärendet Yttrande över översiktsplanen utgår.', expected: ['Föredragningslistan fastställs med den ändringen att ärendet Yttrande över översiktsplanen utgår'] },
    { text: 'Mötesanteckningarna läggs till handlingarna.', expected: ['Mötesanteckningarna läggs till handlingarna'] },
    { text: 'Byggnadsinspektören uppdrogs att underrätta fastighetsägaren.', expected: ['Byggnadsinspektören uppdrogs att underrätta fastighetsägaren'] },
    { text: 'Att jämte ordföranden justera dagens protokoll utsågos Karl Holm och Greta Nilsson.', expected: ['Att jämte ordföranden justera dagens protokoll utsågos Karl Holm och Greta Nilsson'] },
    { text: 'Budgeten antogs av kommunfullmäktige.', expected: [] },
    { text: 'Förslaget godkändes av nätverket.', expected: ['Förslaget godkändes av nätverket'] },
    { text: 'Riktlinjerna antogs 2016 och behöver ses över.', expected: [] },
    { text: 'Fastställdes budget för 1990 enligt bilaga.', expected: ['Fastställdes budget för 1990 enligt bilaga'] },
    { text: 'Revisorerna tillstyrker i sin revisionsberättelse att ansvarsfrihet beviljas.', expected: [] },
    { text: 'Förslaget kan godkännas när finansieringen är klar.', expected: [] },
    { text: 'Vallsjö kommun ersätter värdkommunen efter en prislista som fastställs av respektive kommunfullmäktige.', expected: [] },
    { text: 'Planen beräknas kunna antas under 2026.', expected: [] },
    { text: 'Tilldelas Kontorsgruppen AB.', expected: [], context: { reportedDecisions: true } },
    { text: 'Meddelandena läggs till handlingarna.', expected: ['Meddelandena läggs till handlingarna'], context: { reportedDecisions: true } },
    { text: 'Beträffande länsstyrelsens skrivelse uppdrages åt distriktschefen att utarbeta förslag till svar.', expected: ['Beträffande länsstyrelsens skrivelse uppdrages åt distriktschefen att utarbeta förslag till svar'], context: { reportedDecisions: true } },
    { text: 'Till att jämte ordföranden justera protokollet valdes Ewa Lindahl.', expected: ['Till att jämte ordföranden justera protokollet valdes Ewa Lindahl'] },
    { text: 'Till justerare att jämte ordföranden justera protokollet valdes Marianne Svensson.', expected: ['Till justerare att jämte ordföranden justera protokollet valdes Marianne Svensson'] },
    { text: 'Anmälan lägges till handlingarna.', expected: ['Anmälan lägges till handlingarna'] },
    { text: 'Bygglov beviljades den 2 oktober.', expected: [] },
    { text: 'Bygglov beviljades av byggnadsnämnden i Tuvemark den 2 maj 2024.', expected: [], context: { meetingBody: 'Direktionen' } },
    { text: 'Bygglov beviljades av miljö- och byggnadsnämnden den 10 februari.', expected: [], context: { meetingBody: 'Projektgruppen' } },
    { text: 'Arbetet med en gemensam räddningstjänst, där ett förslag till förbundsordning remitteras under april.', expected: [] },
    { text: 'Protokollet lades därefter till handlingarna.', expected: ['Protokollet lades därefter till handlingarna'] },
    { text: 'Rapporten lades med godkännande till handlingarna.', expected: ['Rapporten lades med godkännande till handlingarna'] },
    { text: 'Paragrafen förklarades omedelbart justerad.', expected: ['Paragrafen förklarades omedelbart justerad'] },
    { text: 'Paragrafen justeras omedelbart.', expected: ['Paragrafen justeras omedelbart'] },
    { text: 'Dagordningen godkändes.', expected: ['Dagordningen godkändes'] },
    { text: 'Informationen läggs till handlingarna.', expected: ['Informationen läggs till handlingarna'] },
  ],
};
