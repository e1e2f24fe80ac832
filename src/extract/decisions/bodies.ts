/**
 * Who decides: the meeting itself ("Nämnden", "Styrelsen", "vi", the meeting's own body), a
 * person or a role deciding in it ("Socialdirektören beslutar"), or another body whose decision
 * the minutes only report ("Kommunfullmäktige beslutade att", "Regionen fattar beslut i juni").
 */
import { MEETING_SELF, OTHER_BODY_HEADS } from '../../lexicon/index.js';
import { alternation } from '../../lexicon/pattern.js';

/** the meeting itself, or a body whose name ends like one ("Socialnämnden", "Styrelsen") */
export const SELF = `${alternation(MEETING_SELF)}|[\\p{L}-]*(?:nämnden|styrelsen|utskottet)`;
export const SELF_RE = new RegExp(`^(?:${SELF})$`, 'iu');
const OTHER_BODY = new RegExp(`(?:${alternation(OTHER_BODY_HEADS)})$`, 'iu');

/**
 * Is the subject of a deciding verb another body than the meeting? "Kommunfullmäktige beslutade
 * att ..." in a nämnd's minutes is background; "Nämnden beslutar" is the meeting itself, and a
 * person or a role deciding ("Socialdirektören beslutar") decides in this meeting.
 */
export function isOtherBody(subject: string, meetingBody: string | null | undefined): boolean {
  // "Kommunfullmäktige i Sörvikens kommun": the body is the noun before its place
  const noun = subject.trim().replace(/\s+(?:i|för|inom|på)\s+.*$/iu, '');
  const head = noun.toLowerCase().split(/\s+/).pop()!;
  if (!OTHER_BODY.test(head)) return false;
  if (/^(?:nämnden|styrelsen|utskottet|arbetsutskottet|direktionen|gruppen|mötet)$/u.test(head) && !/\s/u.test(subject.trim())) return false;
  if (!meetingBody) return /(?:fullmäktige|regeringen|riksdagen|länsstyrelsen|rätten|regionen|region)$/u.test(head);
  // ("stämman" of a "bolagsstämma": the definite "-an" of a noun in "-a")
  const stem = (w: string) => w.replace(/(?:ens|en|et|an|a|s)$/u, '');
  // ("Fullmäktige beslöt" in Kommunfullmäktige's minutes, "Styrelsen" in Kommunstyrelsen's: the
  // body by the last part of its name)
  return !stem(meetingBody.trim().toLowerCase().replace(/\s+(?:i|för|inom|på)\s+.*$/iu, '').split(/\s+/).pop()!).endsWith(stem(head));
}

/**
 * "Nämnden", "Styrelsen" alone speak of the meeting only where the meeting is such a body: in a
 * ledningsgrupp's or an APT's minutes "Nämnden fastställer …" and "Nämnden har beslutat att …" are
 * the nämnd's.
 */
export function namesAnotherBodyOfItsKind(subject: string, meetingBody: string | null | undefined): boolean {
  const word = subject.trim();
  return /^(?:nämnden|styrelsen|utskottet|direktionen|fullmäktige)$/iu.test(word) && !!meetingBody && !meetingBody.toLowerCase().includes(word.toLowerCase().slice(0, -2));
}

/** "Kommunfullmäktige beslutade den 23 november 2015, § 142, att ...": a body's decision told in the past. */
/** ("Kommunstyrelsens arbetsutskott har 2025-09-23 § 77 beslutat": the citation may stand before the verb) */
const PAST_DECISION = /^(?<subject>\p{Lu}[\p{L}-]*(?:\s+[\p{L}-]+){0,3}?)\s+(?:(?:har|hade)\s+(?<citation>(?:den\s+)?\d[\d-]*(?:\s+\p{Ll}+\s+\d{4})?,?\s*(?:§\s*\d+,?\s*)?)?)?(?:beslutade|beslöt|beslutat|fattade beslut|gav|begärt|begärde|efterfrågat|efterfrågade)(?![\p{L}])/u;

/**
 * Does the sentence report another body's earlier decision or request? What it asked of anyone
 * ("att ge bolaget i uppdrag att uppföra ...", "Landstingsstyrelsen har begärt att nämnderna
 * lämnar …") is the background of the item, no task set here.
 */
export function reportsOtherBodysDecision(sentence: string, meetingBody: string | null | undefined): boolean {
  const m = PAST_DECISION.exec(sentence.trim());
  if (!m) return false;
  // "Samhällsbyggnadsnämnden gav 2025-11-20, § 88, förvaltningen i uppdrag": a decision cited by
  // its paragraph was taken at another meeting, whichever body took it
  const cited = !!m.groups!.citation?.includes('§') || CITATION.test(sentence.trim().slice(m[0].length, m[0].length + 40));
  return isOtherBody(m.groups!.subject!, meetingBody) || (cited && BODY_NOUN.test(m.groups!.subject!));
}

/** "2025-11-20, § 88", "den 3 mars 2024 § 12": a decision's citation */
const CITATION = /^\s*(?:den\s+)?[^§]{0,25}?§\s*\d/u;
/** the head of a subject that is a body: "-nämnden", "-styrelsen", "fullmäktige" */
const BODY_NOUN = /(?:nämnden|nämnd|styrelsen|styrelse|utskottet|utskott|fullmäktige|direktionen|rådet)$/iu;

/**
 * "Socialnämnden ska fatta beslut om planen i juni", "Regionfullmäktige fattar beslut om taxan i
 * juni", "Kommunfullmäktige väntas besluta i november", "Nämnden ska anta den nya planen i
 * oktober", "Nämndens arbetsutskott ska behandla prognosen den 7 april": a body's decision or its
 * reading of a matter announced for a later meeting of its own. It tells when the matter is
 * settled; nobody is given a task by it.
 */
const ANNOUNCED_DECISION = /^(?<subject>\p{Lu}[\p{L}-]*(?:\s+[\p{L}-]+){0,3}?)\s+(?:(?:ska|skall|väntas|planerar att|kommer att|beräknas)\s+(?:fatta beslut|besluta|ta ställning|anta|fastställa|behandla)|fattar beslut|tar ställning)(?![\p{L}])/u;

export function announcesBodysDecision(sentence: string): boolean {
  const m = ANNOUNCED_DECISION.exec(sentence.trim());
  return !!m && (BODY_NOUN.test(m.groups!.subject!) || OTHER_BODY.test(m.groups!.subject!.toLowerCase()));
}
