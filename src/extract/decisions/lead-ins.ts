/**
 * Decisions led in by a deciding verb: "Nämnden beslutar att ...", "Beslut: att ...", "Efter
 * diskussion beslöts att ...". Each parallel att-clause after the lead-in is a decision.
 */
import { DECIDING_ADVERBIALS, DECIDING_BODY_HEADS, DECIDING_VERBS, FRONTED_ADVERBIALS, MEETING_SELF, NOT_DECISION_MARKERS, SUBJECTLESS_LEADINS } from '../../lexicon/index.js';
import { alternation } from '../../lexicon/pattern.js';
import { isOtherBody, namesAnotherBodyOfItsKind } from './bodies.js';
import { decisionPoint, decisionsOf } from './clauses.js';
import type { DecisionRule } from './types.js';

/** Verbs whose infinitive may follow a deciding verb without its "att" in older minutes ("beslöt anta"). */
const INFINITIVES = ['bevilja', 'anta', 'godkänna', 'fastställa', 'avslå', 'bifalla', 'uppdra', 'uppdraga', 'ge', 'tillstyrka', 'avstyrka', 'lägga', 'bordlägga', 'återremittera', 'utse', 'välja', 'överlämna', 'hemställa', 'föreslå', 'anslå', 'avsätta', 'teckna', 'upphäva', 'remittera', 'ansöka', 'delegera', 'anvisa'];

/**
 * "<Subject> beslutar att:", "<Subject> beslutar:", "<Subject> beslutade att", with an adverbial
 * between ("beslutar för egen del att"), or an infinitive without its "att" ("Nämnden beslöt anta
 * detaljplanen"), at the start of a sentence.
 */
export const SUBJECT_LEADIN = new RegExp(
  `^(?<subject>(?:[\\p{Lu}][\\p{L}-]*)(?:\\s+[\\p{L}-]+){0,3}?)\\s+(?<verb>${alternation(DECIDING_VERBS)})(?:\\s+(?:${alternation(DECIDING_ADVERBIALS)}))?(?:\\s+med stöd av(?:\\s+[^\\s]+){1,10}?(?=\\s+att\\s|\\s*:?\\s*$))?` +
    `(?<tail>\\s*(?:(?:\\d{1,2}[.)]\\s*|[-–•]\\s*)?att\\s*:?|:\\s*(?:att\\b)?|enligt\\b|i enlighet med\\b|om\\b|$)|\\s+(?=(?:${alternation(INFINITIVES)})\\s)|\\s+(?=\\d{1,2}[.)]\\s+\\p{Lu}))`,
  'u',
);
/** the meeting speaking of itself: "vi", "mötet", "nämnden" (not a body by its name, "Kommunstyrelsen") */
const MEETING_SELF_RE = new RegExp(`^(?:${alternation(MEETING_SELF.filter((w) => !['kommunstyrelsen', 'fullmäktige'].includes(w)))})$`, 'iu');
/** a body that meets and decides: "Nämnden", "Byggnadsnämnden", "Styrelsen", "Gruppen" */
const DECIDING_BODY = new RegExp(`(?:${alternation(DECIDING_BODY_HEADS)})$`, 'iu');
/** Words that make the "subject" before a deciding verb a clause of its own ("Om det beslutas att") */
const NOT_A_SUBJECT = /(?:^|\s)(?:de|det|man|som|hur|när|där|vad|vilka|att|om|inte)(?:\s|$)/iu;
/** "Beslut: att", "Beslutas att", "Beslutades att", "Beslöts att", "Beslut:" alone */
/** (and "Beslut (AF):", a stabsmöte's way of naming who decided) */
/** "enligt bilaga", "se bilaga 2": the decision stands in an annex */
const IN_AN_ANNEX = '(?:enligt|i|se)\\s+bilaga';
const ANNEX_ONLY = new RegExp(`^${IN_AN_ANNEX}(?:\\s+\\d+)?\\.?$`, 'iu');
const BARE_LEADIN = new RegExp(`^(?:${alternation(SUBJECTLESS_LEADINS)})(?:\\s*\\((?<by>[^()]{1,40})\\))?(?:\\s*:\\s*|\\s+(?=att\\b)|\\s+(?=${IN_AN_ANNEX}))`, 'iu');
/** ", i enlighet med kommunfullmäktiges beslut," between the deciding verb's subject and its att-clause: what the decision rests on */
const GROUNDS_BETWEEN_COMMAS = String.raw`,\s+(?:i enlighet med|enligt|med stöd av|med hänvisning till|efter)\s+[^,]{3,80},`;
/**
 * "Efter diskussion beslöts att", "Därefter beslutade nämnden att": the verb second, after an
 * adverbial; or after a clause of time ("Sedan ledamoten Granlund yrkat bordläggning, beslöt
 * fullmäktige att")
 */
const FRONTED_LEADIN = new RegExp(
  `^(?:(?:${alternation(FRONTED_ADVERBIALS)}),?\\s+(?:beslöts|beslutades|bestämdes)|(?:(?:${alternation(FRONTED_ADVERBIALS)}),?\\s+|(?:sedan|när|då|efter att)\\s+[^,]{3,80},\\s+)?(?:beslutade|beslöt|beslutar|bestämde|bestämmer)\\s+(?<subject>${alternation(MEETING_SELF)}|[\\p{L}-]*(?:${alternation(DECIDING_BODY_HEADS)})))(?:\\s+(?:${alternation(DECIDING_ADVERBIALS)}))?(?:${GROUNDS_BETWEEN_COMMAS})?(?:\\s+(?=att\\s)|\\s*:?\\s*$|\\s+(?=(?:${alternation(INFINITIVES)})\\s))`,
  'iu',
);

export const subjectLeadIn: DecisionRule = {
  name: 'X beslutar att',
  about:
    'a body or a person and a deciding verb lead in the decision\'s att-clauses; another body\'s decision ("Kommunfullmäktige beslutade att") is reported, not taken; "beslutar enligt förslaget" adopts the proposal before it',
  find(s, opts) {
    const lead = SUBJECT_LEADIN.exec(s);
    if (!lead || NOT_A_SUBJECT.test(lead.groups!.subject!) || opts.inProposal) return [];
    const decidedBy = lead.groups!.subject!;
    if (isOtherBody(decidedBy, opts.meetingBody)) return [];
    // "Kommunstyrelsen har beslutat att ...": the perfect reports a decision taken before this
    // meeting, unless the meeting itself speaks ("Vi har beslutat att", "Nämnden har beslutat att")
    const ownBody = opts.meetingBody?.toLowerCase() === decidedBy.toLowerCase();
    if (lead.groups!.verb === 'har beslutat' && !(MEETING_SELF_RE.test(decidedBy) && !namesAnotherBodyOfItsKind(decidedBy, opts.meetingBody)) && !ownBody) return [];
    const body = s.slice(lead[0].length).trim();
    // ("… i enlighet med kommunalnämndens förslag att anvisa …, samt att uppdraga …": the
    // att-clauses after it say what was adopted)
    const adoptedClauses = /^(?:(?:enligt|i enlighet med)\s+)?(?:[\p{L}-]+\s+){0,2}?förslag(?:et)?,?\s+(?=att\s)/iu.exec(body);
    if (/^(?:enligt|i enlighet med)\b/iu.test(lead.groups!.tail!.trim()) && adoptedClauses) return [{ decisions: decisionsOf(body.slice(adoptedClauses[0].length), decidedBy), open: false, decidedBy }];
    if (/^(?:enligt|i enlighet med)\b/iu.test(lead.groups!.tail!.trim()) || /^(?:enligt|i enlighet med)\s+(?:\p{L}+\s+)?förslag/iu.test(body)) {
      return [{ decisions: [], open: false, decidedBy: `${decidedBy}:enligt-förslag` }];
    }
    if (!body || /^:?$/.test(body)) return [{ decisions: [], open: true, decidedBy }];
    // "BH beslutar om kulörer för klassrummen": a person or a party to decide on a matter later,
    // no decision of this meeting (the meeting deciding "om" a matter decides it: "Nämnden beslutar om bidrag")
    if (lead.groups!.tail!.trim() === 'om' && !/^att\s/u.test(body) && !MEETING_SELF_RE.test(decidedBy) && !DECIDING_BODY.test(decidedBy)) return [];
    // "Valnämnden beslutar 1. Arvodet fastställs …" (plain text joins the lines): the first of its points
    if (/^\d{1,2}[.)]\s/u.test(body)) return [{ decisions: (decisionPoint(body, false) ?? []).map((text) => ({ text, decidedBy })), open: true, decidedBy }];
    return [{ decisions: decisionsOf(body, decidedBy), open: false, decidedBy }];
  },
  examples: [
    { text: 'Socialnämnden beslutar att godkänna budgetuppföljningen, att uppdra åt socialchefen att ta fram en plan samt att lägga informationen till handlingarna.', expected: ['att godkänna budgetuppföljningen', 'att uppdra åt socialchefen att ta fram en plan', 'att lägga informationen till handlingarna'] },
    { text: 'Kommunstyrelsen beslutar för egen del att uppdra åt nämnderna att upprätta internbudgetar.', expected: ['att uppdra åt nämnderna att upprätta internbudgetar'] },
    { text: 'Arbetsgivaren beslutar efter samverkan att använda samma enkät även 2026.', expected: ['att använda samma enkät även 2026'] },
    { text: 'Nämnden beslöt anta detaljplanen för Norra hamnen.', expected: ['att anta detaljplanen för Norra hamnen'] },
    { text: 'Styrelsen beslutade att godkänna delårsrapporten samt att överlämna den till kommunstyrelsen.', expected: ['att godkänna delårsrapporten', 'att överlämna den till kommunstyrelsen'] },
    { text: 'Kommunfullmäktige beslutade att anta planen.', expected: [] },
    { text: 'Fullmäktige beslöt att remittera motionen till kommunalnämnden.', expected: ['att remittera motionen till kommunalnämnden'], context: { meetingBody: 'Kommunfullmäktige' } },
    { text: 'Miljö- och hälsoskyddsnämnden beslutar med stöd av 26 kap. 9 § miljöbalken att förelägga fastighetsägaren att inkomma med en ansökan.', expected: ['att förelägga fastighetsägaren att inkomma med en ansökan'] },
    { text: 'Kommunstyrelsen har beslutat att avsätta 200 000 kronor till sommarlovsaktiviteter.', expected: [] },
    { text: 'Nämnden har beslutat att höja habiliteringsersättningen från den 1 mars.', expected: [], context: { meetingBody: 'Arbetsplatsträff' } },
    { text: 'Nämnden har beslutat att anta riktlinjerna.', expected: ['att anta riktlinjerna'], context: { meetingBody: 'Kulturnämnden' } },
    { text: 'Vi bestämde att arbetsdagen blir lördagen den 10 maj.', expected: ['att arbetsdagen blir lördagen den 10 maj'] },
    { text: 'Förvaltningschefen i beredskap beslutade vid mötet att larmplanen ändras.', expected: ['att larmplanen ändras'] },
    { text: 'Gruppen tog beslut om att ansöka om medel.', expected: ['att ansöka om medel'] },
    { text: 'Fullmäktige beslöt i enlighet med kommunalnämndens förslag att anvisa 85 000 kronor, samt att uppdraga åt byggnadskommittén att ombesörja arbetet.', expected: ['att anvisa 85 000 kronor', 'att uppdraga åt byggnadskommittén att ombesörja arbetet'], context: { meetingBody: 'Kommunfullmäktige' } },
    { text: 'BH beslutar om kulörer för klassrummen efter samråd med skolan.', expected: [] },
    { text: 'Nämnden beslutar:', expected: [] },
    { text: 'Valnämnden beslutar 1. Röstmottagarnas arvode fastställs till 2 600 kronor.', expected: ['Röstmottagarnas arvode fastställs till 2 600 kronor'], context: { meetingBody: 'Valnämnden' } },
    { text: 'Arbetsutskottet beslutar med stöd av punkt 2.6 i kommunstyrelsens delegationsordning', expected: [] },
  ],
};

export const bareLeadIn: DecisionRule = {
  name: 'Beslut: att / Beslutas att',
  about: 'a lead-in without a subject ("Beslut:", "Beslutas att", "Beslöts att") is the meeting\'s; after "Beslut:" a lead-in with a subject may follow',
  find(s, opts) {
    const bare = BARE_LEADIN.exec(s);
    if (!bare || (opts.inProposal && !/^beslut\b/i.test(s))) return [];
    const body = s.slice(bare[0].length).trim();
    const by = bare.groups?.by?.trim() ?? null;
    if (!body) return [{ decisions: [], open: true, decidedBy: by }];
    // "Beslut: –", "Beslut: Inget beslut.": the label says nothing was decided
    if (!/\p{L}/u.test(body) || NOT_DECISION_MARKERS.some((re) => re.test(body))) return [{ decisions: [], open: false, decidedBy: by }];
    // "Beslut enligt bilaga." under a "Sekretess" line: the decision is kept in a secret annex, and is one
    if (ANNEX_ONLY.test(body)) return [{ decisions: [{ text: body.replace(/[.]$/u, ''), decidedBy: by }], open: false, decidedBy: by }];
    // "Beslut: Valnämnden beslutar att ...": the lead-in after the label
    const inner = subjectLeadIn.find(body, opts);
    if (inner.length || SUBJECT_LEADIN.test(body)) return inner;
    // "Beslut: Incidentrapporterna ska skickas till dataskyddsombudet": a sentence of its own with
    // its own subject is the decision as written, from its first word; an infinitive
    // ("Beslut: Godkänna tidplanen") is an att-clause without its "att"
    const first = /^(\p{Lu}\p{Ll}+)\s/u.exec(body)?.[1]?.toLowerCase();
    if (first && first !== 'att' && !INFINITIVES.includes(first)) return [{ decisions: [{ text: body.replace(/[.]$/u, ''), decidedBy: by }], open: false, decidedBy: by }];
    return [{ decisions: decisionsOf(first && INFINITIVES.includes(first) ? body.charAt(0).toLowerCase() + body.slice(1) : body, by), open: false, decidedBy: by }];
  },
  examples: [
    { text: 'Beslut: att godkänna tidplanen och att boka lokal.', expected: ['att godkänna tidplanen', 'att boka lokal'] },
    { text: 'Beslut: Incidentrapporterna ska i fortsättningen skickas till dataskyddsombudet.', expected: ['Incidentrapporterna ska i fortsättningen skickas till dataskyddsombudet'] },
    { text: 'Beslut: Godkänna tidplanen.', expected: ['att godkänna tidplanen'] },
    { text: 'Beslut enligt bilaga.', expected: ['enligt bilaga'] },
    { text: 'Beslutades att skjuta upp frågan till nästa möte.', expected: ['att skjuta upp frågan till nästa möte'] },
    { text: 'Det togs beslut om att skjuta upp renoveringen.', expected: ['att skjuta upp renoveringen'] },
    { text: 'Det bestämdes att alla handledare anmäler sig senast den 25 mars.', expected: ['att alla handledare anmäler sig senast den 25 mars'] },
    { text: 'Beslut: Valnämnden beslutar att arvodet för röstmottagare ska vara 2 600 kronor.', expected: ['att arvodet för röstmottagare ska vara 2 600 kronor'] },
    { text: 'Beslut (AF): att öppna en trygghetspunkt i bygdegården från kl. 16 i dag.', expected: ['att öppna en trygghetspunkt i bygdegården från kl. 16 i dag'] },
    { text: 'Beslut (AF): Skolan hålls stängd onsdag 3 december.', expected: ['Skolan hålls stängd onsdag 3 december'] },
    { text: 'Beslut: –', expected: [] },
    { text: 'Beslut: Inget beslut.', expected: [] },
  ],
};

export const frontedLeadIn: DecisionRule = {
  name: 'Efter diskussion beslöts att',
  about: 'an adverbial first puts the deciding verb second and its subject after it (Swedish word order), as older protocols do with no adverbial at all ("Beslöt kommunfullmäktige att"): still the meeting\'s decision, unless the subject is another body',
  find(s, opts) {
    const fronted = FRONTED_LEADIN.exec(s);
    if (!fronted || opts.inProposal) return [];
    const decidedBy = fronted.groups?.subject ?? null;
    if (decidedBy && isOtherBody(decidedBy, opts.meetingBody)) return [];
    // "Beslöt byggnadsnämnden" on a line of its own: the att-lines after it are its decisions
    if (!s.slice(fronted[0].length).trim()) return [{ decisions: [], open: true, decidedBy }];
    return [{ decisions: decisionsOf(s.slice(fronted[0].length).trim(), decidedBy), open: false, decidedBy }];
  },
  examples: [
    { text: 'Efter en del diskussion bestämde vi att byalaget ska ansöka om att ta över belysningen.', expected: ['att byalaget ska ansöka om att ta över belysningen'] },
    { text: 'Efter diskussion beslöts att återremittera ärendet för komplettering.', expected: ['att återremittera ärendet för komplettering'] },
    { text: 'Därefter beslutade nämnden att anta riktlinjerna.', expected: ['att anta riktlinjerna'] },
    { text: 'Beslöt stämman, i enlighet med kommunfullmäktiges beslut, att anta ny bolagsordning enligt bilaga 2.', expected: ['att anta ny bolagsordning enligt bilaga 2'], context: { meetingBody: 'Bolagsstämma' } },
    { text: 'Sedan ledamoten Granlund yrkat bordläggning, beslöt fullmäktige att bordlägga ärendet till nästa sammanträde.', expected: ['att bordlägga ärendet till nästa sammanträde'], context: { meetingBody: 'Kommunfullmäktige' } },
    { text: 'Enligt förslag beslöts att godkänna redovisningen.', expected: ['att godkänna redovisningen'] },
    { text: 'Beslöt kommunfullmäktige att godkänna köpekontraktet samt att uppdraga åt kommunstyrelsens ordförande att underteckna köpehandlingarna.', expected: ['att godkänna köpekontraktet', 'att uppdraga åt kommunstyrelsens ordförande att underteckna köpehandlingarna'], context: { meetingBody: 'Kommunfullmäktige' } },
    { text: 'Beslöt byggnadsnämnden vidare att avslå ansökan.', expected: ['att avslå ansökan'], context: { meetingBody: 'Byggnadsnämnden' } },
    { text: 'Beslutade regionfullmäktige att höja taxan.', expected: [], context: { meetingBody: 'Kommunstyrelsen' } },
    { text: 'Beslöt byggnadsnämnden', expected: [], context: { meetingBody: 'Byggnadsnämnden' } },
    { text: 'Beslöt arbetsutskottet godkänna redovisningen.', expected: ['att godkänna redovisningen'], context: { meetingBody: 'Nämndens arbetsutskott' } },
    { text: 'Beslöt drätselkammaren att bordlägga ärendet.', expected: ['att bordlägga ärendet'], context: { meetingBody: null } },
    { text: 'Efter överläggning beslöt byggnadskommittén att anta anbudet.', expected: ['att anta anbudet'], context: { meetingBody: null } },
  ],
};
