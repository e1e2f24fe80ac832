/**
 * Decisions in a sentence: "Socialdirektören beslutar att: ...", "Beslut: att ...", "Beslutas att ...",
 * "Styrelsen beslutade att ...", the passive of a deciding verb ("läggs till handlingarna",
 * "valdes som justerare"), and, in a decision column, the meeting's stance ("FLG positiva till
 * förslaget", "Vi tackar nej till ..."). Each parallel att-clause is a decision of its own.
 */
import {
  AGENDA_NOTES, DECIDING_ADVERBIALS, DECIDING_VERBS, FRONTED_ADVERBIALS, MEETING_SELF, NOT_DECISION_MARKERS, OTHER_BODY_HEADS, PASSIVE_DECISION_FORMS,
  STANCE_FORMS, SUBJECTLESS_LEADINS,
} from '../lexicon/index.js';
import { alternation } from '../lexicon/pattern.js';

export interface DecisionHit {
  /** the decision's wording: from its "att" (or first word) to the end of its sentence */
  text: string;
  decidedBy: string | null;
}


/**
 * "<Subject> beslutar att:", "<Subject> beslutar:", "<Subject> beslutade att", with an adverbial
 * between ("beslutar för egen del att"), or an infinitive without its "att" ("Nämnden beslöt anta
 * detaljplanen", older minutes' form), at the start of a sentence.
 */
const SUBJECT_LEADIN = new RegExp(
  `^(?<subject>(?:[\\p{Lu}][\\p{L}-]*)(?:\\s+[\\p{L}-]+){0,3}?)\\s+(?<verb>${alternation(DECIDING_VERBS)})(?:\\s+(?:${alternation(DECIDING_ADVERBIALS)}))?(?<tail>\\s*(?:(?:\\d{1,2}[.)]\\s*|[-–•]\\s*)?att\\s*:?|:\\s*(?:att\\b)?|enligt\\b|i enlighet med\\b|om\\b|$)|\\s+(?=(?:bevilja|anta|godkänna|fastställa|avslå|bifalla|uppdra|ge|tillstyrka|avstyrka|lägga|bordlägga|återremittera|utse|välja|överlämna|hemställa|föreslå|anslå|avsätta|teckna|upphäva|remittera|ansöka|delegera|anvisa)\\s))`,
  'u',
);
/** "Efter diskussion beslöts att", "Därefter beslutade nämnden att": the verb second, after an adverbial. */
const FRONTED_LEADIN = new RegExp(`^(?:${alternation(FRONTED_ADVERBIALS)}),?\\s+(?:(?:beslöts|beslutades)|(?:beslutade|beslöt|beslutar)\\s+(?<subject>${alternation(MEETING_SELF)}|[\\p{L}-]*(?:nämnden|styrelsen|utskottet)))\\s+(?=att\\s)`, 'iu');
/** "Beslut: att", "Beslutas att", "Beslutades att", "Beslöts att", "Beslut:" alone */
const BARE_LEADIN = new RegExp(`^(?:${alternation(SUBJECTLESS_LEADINS)})(?:\\s*:\\s*|\\s+(?=att\\b))`, 'iu');
const PASSIVE = new RegExp(`(?<![\\p{L}])(?:${alternation(PASSIVE_DECISION_FORMS)})(?![\\p{L}])`, 'iu');
const STANCE_TAIL = `\\s+(?:${alternation(STANCE_FORMS)})(?![\\p{L}])`;
/** the meeting itself, or a body whose name ends like one ("Socialnämnden", "Styrelsen") */
const SELF = `${alternation(MEETING_SELF)}|[\\p{L}-]*(?:nämnden|styrelsen|utskottet)`;
const STANCE_SELF = new RegExp(`^(?<subject>${SELF})${STANCE_TAIL}`, 'iu');
/** in a decision column a group's short name counts: "FLG positiva till förslaget" */
const STANCE_CAPS = new RegExp(`^(?<subject>\\p{Lu}{2,5})${STANCE_TAIL}`, 'u');
const MODAL_BEFORE_PASSIVE = /(?<![\p{L}])(?:kan|får|kunde|skulle|bör|kommer att|ska)\s+(?:\S+\s+){0,2}$/iu;
/** "Om vi tar initiativet till flytten ska verkställigheten stå för kostnaderna": a rule the meeting sets */
const CONDITIONAL_RULE = /^Om\s.+\s(?:ska|skall)\s/u;

/** Splits a decision body into its parallel att-clauses ("att X, att Y samt att Z"). */
export function attClauses(body: string): string[] {
  return splitAttClauses(body).map(withAtt);
}

export function splitAttClauses(body: string): string[] {
  // numbered or bulleted clauses ("1. att ..., 2. att ...") lose their marks
  const unmarked = body.replace(/(^|[,;]\s*|\s)(?:\d{1,2}[.)]|[a-z][.)]|[-–•])\s+(?=att\s)/gu, '$1');
  const parts = unmarked.replace(/^Att\s/u, 'att ').split(/(?:\s*[,;]\s*(?:(?:och|samt)(?:\s+även)?\s+)?|\s+(?:och|samt)(?:\s+även)?\s+)(?=att\s)/u);
  return parts.map((p) => p.trim()).filter((p) => p.length > 0);
}

function withAtt(clause: string): string {
  // a clause that ends a line in a list keeps no trailing "samt" or comma: "att godkänna X, samt"
  const c = clause.replace(/^att\s*:?\s*/iu, 'att ').replace(/\s*[,;]?\s*(?:(?<![\p{L}])(?:och|samt))?\s*[.]?$/u, '').trim();
  return /^att\s/u.test(c) ? c : `att ${c}`;
}

export interface DecisionOptions {
  /** the sentence stands in a decision column (Åtgärd/beslut): stances count */
  inDecisionColumn: boolean;
  /** the item's text so far proposes rather than decides ("Förslag till beslut") */
  inProposal: boolean;
  /** the meeting's own body ("Tekniska nämnden"), whose decisions are this meeting's */
  meetingBody?: string | null;
  /** the item lists decisions taken elsewhere (delegationsbeslut, anmälningsärenden) */
  reportedDecisions?: boolean;
  /** the sentence is an entry of a list or a table */
  listed?: boolean;
}

const OTHER_BODY = new RegExp(`(?:${alternation(OTHER_BODY_HEADS)})$`, 'iu');
/**
 * Is the subject of a deciding verb another body than the meeting? "Kommunfullmäktige beslutade
 * att ..." in a nämnd's minutes is background; "Nämnden beslutar" is the meeting itself, and a
 * person or a role deciding ("Socialdirektören beslutar") decides in this meeting.
 */
export function isOtherBody(subject: string, meetingBody: string | null | undefined): boolean {
  const head = subject.trim().toLowerCase().split(/\s+/).pop()!;
  if (!OTHER_BODY.test(head)) return false;
  if (/^(?:nämnden|styrelsen|utskottet|arbetsutskottet|direktionen|gruppen|mötet)$/u.test(head) && !/\s/u.test(subject.trim())) return false;
  if (!meetingBody) return /(?:fullmäktige|regeringen|riksdagen|länsstyrelsen|rätten|regionen|region)$/u.test(head);
  const stem = (w: string) => w.replace(/(?:ens|en|et|s)$/u, '');
  return stem(head) !== stem(meetingBody.trim().toLowerCase().split(/\s+/).pop()!);
}

/**
 * Decisions in one sentence. `open` is true when the sentence is a lead-in without a body
 * ("Nämnden beslutar:"): the att-clauses after it are its decisions.
 */
export function findDecisions(sentence: string, opts: DecisionOptions): { decisions: DecisionHit[]; open: boolean; decidedBy: string | null } {
  const none = { decisions: [], open: false, decidedBy: null };
  const s = sentence.trim();
  if (NOT_DECISION_MARKERS.some((re) => re.test(s)) || /\?$/.test(s)) return none;
  const fronted = FRONTED_LEADIN.exec(s);
  if (fronted && !opts.inProposal) {
    const body = s.slice(fronted[0].length).trim();
    const decidedBy = fronted.groups?.subject ?? null;
    return { decisions: splitAttClauses(body).map((c) => ({ text: withAtt(c), decidedBy })), open: false, decidedBy };
  }
  const lead = SUBJECT_LEADIN.exec(s);
  if (lead && !/(?:^|\s)(?:de|det|man|som|hur|när|där|vad|vilka|att|om|inte)(?:\s|$)/iu.test(lead.groups!.subject!)) {
    if (opts.inProposal) return none;
    const decidedBy = lead.groups!.subject!;
    // another body's decision, reported as background or announced ("Kommunfullmäktige beslutade att")
    if (isOtherBody(decidedBy, opts.meetingBody)) return none;
    const body = s.slice(lead[0].length).trim();
    if (/^(?:enligt|i enlighet med)\b/iu.test(lead.groups!.tail!.trim()) || /^(?:enligt|i enlighet med)\s+(?:\p{L}+\s+)?förslag/iu.test(body)) return { decisions: [], open: false, decidedBy: `${decidedBy}:enligt-förslag` };
    if (!body || /^:?$/.test(body)) return { decisions: [], open: true, decidedBy };
    return { decisions: splitAttClauses(body).map((c) => ({ text: withAtt(c), decidedBy })), open: false, decidedBy };
  }
  const bare = BARE_LEADIN.exec(s);
  if (bare) {
    if (opts.inProposal && !/^beslut\b/i.test(s)) return none;
    const body = s.slice(bare[0].length).trim();
    if (!body) return { decisions: [], open: true, decidedBy: null };
    // "Beslut: Valnämnden beslutar att ...": the lead-in after the label
    if (SUBJECT_LEADIN.test(body)) return findDecisions(body, opts);
    return { decisions: splitAttClauses(body).map((c) => ({ text: withAtt(c), decidedBy: null })), open: false, decidedBy: null };
  }
  if (opts.inProposal || AGENDA_NOTES.test(s)) return none;
  // in a list of decisions taken elsewhere only the meeting's filing of them is its own
  // ("Redovisningen godkänns"); the decisions it lists ("Bidrag beviljas", a list entry, a dated
  // decision) are not
  const filing = /^(?:redovisningen|informationen|anmälan|anmälningarna|rapporten|meddelandena|delegationsbesluten|förteckningen|listan)\b|(?:läggs|lades)\s+till\s+handlingarna/iu.test(s);
  const listedElsewhere = opts.reportedDecisions && !filing && (opts.listed === true || /\d{4}-\d\d-\d\d|§|beslut/iu.test(s));
  const passive = listedElsewhere ? null : PASSIVE.exec(s);
  const after = passive ? s.slice(passive.index + passive[0].length) : '';
  // "Budgeten antogs av kommunfullmäktige": another body's decision, reported
  const agent = passive ? /^\s+av\s+([\p{L}-]+)/u.exec(after)?.[1] : undefined;
  const byOther = agent !== undefined && !new RegExp(`^(?:${SELF})$`, 'iu').test(agent);
  // "Riktlinjerna antogs 2016": a decision of a year gone by
  const dated = passive !== null && /^\s+(?:\S+\s+){0,2}(?:år\s+)?(?:19|20)\d\d\b/u.test(after) && !/^(?:godkänns|fastställs|antas|beviljas)/iu.test(passive[0]);
  // "Revisorerna tillstyrker att ansvarsfrihet beviljas": the passive of a clause someone else says
  const reported = passive !== null && !/^att\s/iu.test(s) && /(?<![\p{L}])att\s/iu.test(s.slice(0, passive.index));
  if (passive && !byOther && !dated && !reported && !MODAL_BEFORE_PASSIVE.test(s.slice(0, passive.index))) {
    return { decisions: [{ text: s.replace(/[.]$/, ''), decidedBy: null }], open: false, decidedBy: null };
  }
  const stance = STANCE_SELF.exec(s) ?? (opts.inDecisionColumn ? STANCE_CAPS.exec(s) : null);
  if (stance) return { decisions: [{ text: s.replace(/[.]$/, ''), decidedBy: stance.groups!.subject! }], open: false, decidedBy: stance.groups!.subject! };
  if (opts.inDecisionColumn && CONDITIONAL_RULE.test(s)) return { decisions: [{ text: s.replace(/[.]$/, ''), decidedBy: null }], open: false, decidedBy: null };
  return none;
}

/** A line that opens a proposal ("Förslag till beslut", "Arbetsutskottets förslag"). */
export const PROPOSAL_OPENER = /^(?:[\p{L}-]+s\s+)?förslag(?:\s+till\s+(?:beslut|[\p{L}-]+))?\s*:?\s*$|förslag till beslut/iu;
/** A line that ends a proposal and opens the decision ("Beslut", "Socialnämndens beslut"). */
export const DECISION_OPENER = /^(?:[\p{L}-]+s\s+)?beslut\s*:?\s*$/iu;

/**
 * The att-clauses a proposal puts forward: "Kommunstyrelsen föreslås besluta att anta taxorna",
 * "Förvaltningen föreslår att nämnden beslutar att godkänna ...". They become decisions only when
 * the meeting then decides "enligt förslaget".
 */
export function proposedClauses(sentence: string): DecisionHit[] {
  const m = /(?<![\p{L}])(?:besluta|beslutar|beslutas)\s+att\s+(.+)$/iu.exec(sentence) ?? /(?<![\p{L}])(?:föreslår|föreslås)\s+att\s+(.+)$/iu.exec(sentence);
  if (!m) return [];
  return splitAttClauses(`att ${m[1]!}`).map((c) => ({ text: withAtt(c), decidedBy: null }));
}

/** the mark a listed point opens with: "-", "•", "1.", "2)", "a)" */
const POINT_MARK = /^(?:[-–•]|\d{1,2}[.)]|[a-z][.)])\s*/iu;

/**
 * The decisions a point after an open lead-in ("Nämnden beslutar:") holds: "att X" (with its
 * parallel clauses), or, in a numbered or bulleted list, an infinitive without its "att"
 * ("1. Godkänna delårsrapporten."). Null when the text is no such point: the lead-in's list ended.
 */
export function decisionPoint(text: string, listItem: boolean): string[] | null {
  if (/^(?:[-–•]|\d{1,2}[.)]|[a-z][.)])?\s*att\s/iu.test(text)) return attClauses(text.replace(POINT_MARK, ''));
  const listed = listItem || /^(?:\d{1,2}[.)]|[a-z][.)])\s+\p{Lu}\p{Ll}+a(?![\p{L}])/u.test(text);
  if (!listed) return null;
  const clause = text.replace(POINT_MARK, '').replace(/[.]$/, '');
  return [`att ${clause.charAt(0).toLowerCase()}${clause.slice(1)}`];
}
