/**
 * The patterns the deadline refiners read dates' surroundings with, built from the lexicon's words
 * (one place for the words, one for the patterns, one for the refiners).
 */
import {
  ASSIGNMENT_PHRASES, ATT_AFTER, NEXT_MEETING_PREPOSITIONS, CLAUSE_OPENERS, CONDITION_WORDS, DEADLINE_LABELS, DUE_PREFIXES, GOAL_WORDS, PAST_ENDINGS, PAST_FORMS, PLANNED_WORDS, START_PREFIXES,
  SUBMISSION_WORDS, VALIDITY_AFTER, DECISION_WORDS, DOCUMENT_NOUNS, LISTED_DOCUMENT_NOUNS, DUE_LEADS, DUE_WORDS, DUTY_MODALS, DUTY_STATES,
  EVALUATION_WORDS, EVENT_NOUNS, EVENT_VERBS, LAST_DAY, NOT_DUTY_VERBS, OTHER_BODIES, OTHER_BODY_DECIDING, PERIOD_END_LEADS, PERIOD_LEADS,
  BY_RULE_LEADS, REQUESTED_WORDS, STATED_WORDS, FORECAST_WORDS, INVITING_WORDS, QUESTION_WORDS, MOVE_WORDS, TREND_WORDS, PRESENT_DECIDING, PROPOSING_WORDS, RECURRING_WORDS, REPORTED_DECIDING, REPORT_BACK_ACTIVE, REPORT_BACK_WORDS, REPORTED_VERBS, REPORTING_MEETINGS, START_LEADS,
  TASK_VERBS, DOES_A_TASK_NOUN, PROJECT_STAGE_NOUNS, TOPIC_LEADS, VALIDITY_WORDS, LEGAL_NOTICE_WORDS, EVENT_NOUN_HEADS, DEADLINE_DAY_PREFIXES,
} from '../../lexicon/index.js';
import { alternation, wordsOrStems } from '../../lexicon/pattern.js';
import type { DeadlineKind } from '../types.js';
import type { DateInSentence, NotDeadline, Verdict } from './types.js';

export const L = '\\p{L}';
export const re = (source: string) => new RegExp(source, 'iu');
/** the words may stand anywhere in the text */
export const has = (list: readonly string[]) => re(wordsOrStems(list));
/** the text ends with the words (then optional "den", "vid" + a meeting, spaces) */
export const endsWith = (list: readonly string[], tail = '') => re(`${wordsOrStems(list)}${tail}\\s*$`);

export const DEN = '(?:\\s+den)?';

export const DUE_LEAD = re(`(?:${wordsOrStems(DUE_LEADS)}|${LAST_DAY.source})(?:\\s+(?:är|vara|ska vara|:))?(?:\\s+(?!och\\b|samt\\b)[\\p{L}\\p{N}.-]+){0,2}?,?${DEN}\\s*:?\\s*$`);
/** "till nästa möte", "i samband med nästa sammanträde": a next meeting reached with a preposition */
export const NEXT_MEETING_OWN = re(`^(?:${alternation(NEXT_MEETING_PREPOSITIONS)})\\s`);
export const NEXT_MEETING_LEAD = endsWith(NEXT_MEETING_PREPOSITIONS, '(?:\\s+\\S+)?');
export const DUE_OWN = re(`^(?:${alternation(DUE_PREFIXES)})\\s`);
export const LABEL_LEAD = re(`(?:^|[.;:,(]\\s*|\\s)(?:${alternation(DEADLINE_LABELS)})\\s*[:.]?\\s*(?:den\\s+)?$`);
export const LABEL_COLON = re(`(?:^|\\s)(?:${alternation(DEADLINE_LABELS)})\\s*:\\s*(?:den\\s+)?$`);
export const START_LEAD = endsWith(START_LEADS, `(?:\\s+[\\p{L}\\p{N}]+)?${DEN}`);
export const START_OWN = re(`^(?:${alternation(START_PREFIXES)})\\s`);
/** a sentence of a legal notice: how to appeal, how long a permit lasts */
export const LEGAL_NOTICE = re(`(?<![${L}])${wordsOrStems(LEGAL_NOTICE_WORDS)}`);
export const VALIDITY = re(`${wordsOrStems(VALIDITY_WORDS)}(?:\\s+(?![.;])[^.;]{0,40}?)?${DEN}\\s*$`);
export const VALIDITY_AROUND = re(`^\\s*(?:och\\s+)?(?:${alternation(VALIDITY_AFTER)})(?![${L}])`);
export const PERIOD_END = re(`${wordsOrStems(PERIOD_END_LEADS)}${DEN}\\s*$`);
export const PERIOD_END_OWN = re(`^(?:${alternation(PERIOD_END_LEADS)})\\s`);
export const PERIOD_LEAD = re(`${wordsOrStems(PERIOD_LEADS)}(?:\\s+från)?${DEN}\\s*$`);
export const SUBMISSION = has(SUBMISSION_WORDS);
export const TOPIC_LEAD = re(`${wordsOrStems(TOPIC_LEADS)}${DEN}\\s*$`);
/** "Målsättningen är att ...", "Målet är att ...": a goal, whose date is when it is to be reached */
export const GOAL = re(`(?<![${L}])(?:${alternation(GOAL_WORDS)})`);
export const TOPIC_OWN = re(`^(?:${alternation(TOPIC_LEADS)})\\s`);
/** "planerad till mars", "satt till vecka 40": a plan's date, though after "till" */
// ("Träffen planeras till torsdagen den 16 april": the weekday before the date)
export const PLANNED_TO = endsWith(PLANNED_WORDS, '(?:\\s+till)?(?:\\s+\\p{L}+dagen)?');
/** a line that lists documents by name and date: it opens with a document noun and its date, and has no verb of its own */
export const DOCUMENT_LIST_LINE = re(`^(?:${alternation(LISTED_DOCUMENT_NOUNS)})\\s+(?:den\\s+)?(?:(?:19|20)\\d\\d-\\d\\d-\\d\\d|\\d{1,2}\\s+\\p{L}+\\s+(?:19|20)\\d\\d),(?:\\s+(?!(?:ska|skall|senast|före)(?![\\p{L}]))[\\p{L}\\p{N}:/.-]+)+\\.?$`);
export const DOCUMENT_LEAD = re(`${wordsOrStems(DOCUMENT_NOUNS)}(?:\\s+(?:från|av|i|till)(?:\\s+(?!(?:${alternation(DUE_LEADS)})(?![\\p{L}]))[\\p{L}\\p{N}:-]+){1,6}?)?,?${DEN}\\s*$`);
/** "2024-11-25 § 112", "(§ 41)": a date with a paragraph is a decision's */
export const PARAGRAPH_AFTER = /^\s*(?:,\s*)?\(?\s*§/u;
/** "Kommundirektören, 2025-04-09: förordnande av ...": a dated heading of a reported item */
export const HEADING_COLON_AFTER = /^\s*:(?!\s*\d)/u;
export const HEADING_BEFORE = /(?:^|,|^\s*\S+)\s*$/u;
export const REPORTED_LEAD = re(`${wordsOrStems(REPORTED_VERBS)}(?:\\s+(?:i|den|under|på|vid))?\\s*$`);
export const REPORTED_DECIDING_LEAD = re(`${wordsOrStems(REPORTED_DECIDING)}(?:\\s+(?:i|den|under|på|vid))?\\s*$`);
/** "kommunstyrelsen den 17 september beslutat att": a date before a reported deciding verb */
export const REPORTED_DECIDING_AFTER = re(`^\\s*(?:§\\s*\\d+\\s*)?${wordsOrStems(REPORTED_DECIDING)}`);
export const PERFECT_AFTER = /^\s*(?:§\s*\d+\s*)?(?:\p{Ll}+(?:at|it|tt|ts|ats|its|t))(?![\p{L}])/u;
export const PRESENT_DECIDING_RE = has(PRESENT_DECIDING);
/** another body by name; a nämnd or a kommunstyrelse named in full ("socialnämnden") is one unless it is the meeting's own */
const OTHER_BODY_NAME = `(?:${wordsOrStems(OTHER_BODIES)}|(?<![\\p{L}])(?:[\\p{L}]+-\\s+och\\s+)?[\\p{L}-]{3,}nämnden(?![\\p{L}])|(?<![\\p{L}])kommunstyrelsen(?![\\p{L}]))`;
export const OTHER_BODY = re(OTHER_BODY_NAME);
export const OTHER_BODY_DECIDES = re(`${OTHER_BODY_NAME}(?:\\s+(?![.;])[^.;,]{0,40}?)?\\s+${wordsOrStems(OTHER_BODY_DECIDING)}|${wordsOrStems(OTHER_BODY_DECIDING)}\\s+(?:[^.;,]{0,30}?\\s+)?${OTHER_BODY_NAME}`);
export const PROPOSING = has(PROPOSING_WORDS);
/** "Länsstyrelsen har begärt …", "… har remitterat …": someone's request told as background */
export const REQUESTED = has(REQUESTED_WORDS);
/** "har begärt att nämnderna lämnar …": a request's own att-clause, before the date */
export const REQUESTED_THAT = re(`(?:${wordsOrStems(REQUESTED_WORDS)})\\s+att\\s+[^.;]*$`);
/** "uppgav i skrivelse 83-11-30 att han skulle …": a reported statement's att-clause, before the date */
export const STATED_THAT = re(`(?:${wordsOrStems(STATED_WORDS)})(?:\\s+[^.;]{1,40}?)?\\s+att\\s+[^.;]*$`);
/** "Enligt avtalet ska besked lämnas senast …", "Enligt kommunstyrelsens budgetanvisningar ska nämnderna …" */
export const BY_RULE = re(`^(?:${wordsOrStems(BY_RULE_LEADS)}|enligt\\s+[${L}-]+s\\s+(?:budgetanvisningar|anvisningar|riktlinjer|tidplan))(?![${L}])`);
export const FORECASTING = has(FORECAST_WORDS);
export const ASKING = has(QUESTION_WORDS);
/** "om elen inte kommer tillbaka före": a condition's opener, its subject and its negation, in the clause before the date */
export const NEGATED_CONDITION = re(`(?<![${L}])(?:${alternation(CONDITION_WORDS)})\\s+(?:(?:inte|ej)\\s+|(?:[\\p{L}-]+\\s+){1,4}?(?:inte|ej)\\s+)(?:[\\p{L}\\d.-]+\\s+){0,5}$`);
/** where a proposal's scope ends: a new parallel att-clause or a present decision of the meeting */
export const PROPOSAL_END = /(?:,?\s+samt\s+att|,\s+och\s+att|;\s*att|\s\d\.\s+att|\bbeslutar\b|\bbeslutas\b)/iu;
export const EVENT_VERB_LEAD = re(`${wordsOrStems(EVENT_VERBS)}(?:\\s+(?!(?:senast|före|innan|inom|deadline|klart|och|samt|men)(?![\\p{L}]))[\\p{L}\\p{N}.,-]+){0,6}?\\s*$`);
/** "Barnantalet ökar till hösten": a level changing by a date */
export const TREND_LEAD = re(`${wordsOrStems(TREND_WORDS)}(?:\\s+[\\p{L}\\p{N}.,-]+){0,4}?\\s*$`);
/** "flyttas till 2026": work moved into a year */
export const MOVED_INTO = endsWith(MOVE_WORDS, '(?:\\s+\\S+){0,3}?');
/** an event noun, or a compound of one ("budgetdag", "nätverksträffen"), but no last day ("ansökningsdag") */
const EVENT_NOUN = `(?:${wordsOrStems(EVENT_NOUNS)}|(?<![\\p{L}])(?!${alternation(DEADLINE_DAY_PREFIXES)})\\p{L}{3,}(?:${alternation(EVENT_NOUN_HEADS)})(?![\\p{L}]))`;
/** "kallar till arbetsmöte i vecka 4", "kallar entreprenörerna till ett uppstartsmöte den 28 oktober": the meeting called is an event */
export const INVITED_TO = re(`${wordsOrStems(INVITING_WORDS)}(?:\\s+[\\p{L}-]+){0,6}?\\s+till\\s+(?:[\\p{L}-]+\\s+){0,3}?${EVENT_NOUN}(?:\\s+(?!senast|före|innan|inom)[\\p{L}\\p{N}-]+){0,6}?${DEN}\\s*$`);
// ("planerar en informationskväll för blivande gode män den 7 maj": whom the event is for between)
export const EVENT_NOUN_LEAD = re(`${EVENT_NOUN}(?:\\s+\\p{Ll}+)?(?:\\s+för\\s+\\p{Ll}+(?:\\s+\\p{Ll}+){0,2})?\\s*[:,]?${DEN}(?:\\s+(?:i|på|under))?\\s*$`);
/** "inflyttning till hösten 2026": a project's stage right before the date's own "till" */
export const STAGE_JUST_BEFORE = endsWith(PROJECT_STAGE_NOUNS);
export const EVENT_NOUN_ONLY = re(`^\\s*(?:${alternation(EVENT_NOUNS)})\\s*:?\\s*$`);
export const TIME_AFTER = /^\s*(?:,\s*)?(?:kl\.?|klockan)\s*\d/iu;
// ("vid nämndens första sammanträde i januari", "till styrelsens ordinarie möte")
export const REPORTING_MEETING_LEAD = re(`(?:vid|till|på|inför|i)\\s+(?:[\\p{L}-]+s\\s+)?(?:(?:första|nästa|nästkommande|kommande|ordinarie|sista|andra)\\s+)?(?:${alternation(REPORTING_MEETINGS)})${DEN}\\s*$`);
export const RECURRING = has(RECURRING_WORDS);
export const REPORT_BACK = has(REPORT_BACK_WORDS);
export const REPORT_BACK_ACTIVE_RE = has(REPORT_BACK_ACTIVE);
export const DECISION = has(DECISION_WORDS);
export const EVALUATION = has(EVALUATION_WORDS);
export const DUTY = re(`(?<![${L}])(?:${alternation(DUTY_MODALS)})\\s+(?:\\p{L}+\\s+){0,3}?(?:(?!${alternation(NOT_DUTY_VERBS)}(?![${L}]))\\p{Ll}+(?:a|as)|vara\\s+(?:${alternation(DUTY_STATES)})|ha\\s+\\p{Ll}+(?:t|ts))(?![${L}])`);
export const TASK = re(`${wordsOrStems([...ASSIGNMENT_PHRASES, ...TASK_VERBS, ...DUE_WORDS])}|${DOES_A_TASK_NOUN.source}`);
/** past tense in a clause: "genomfördes", "beviljades", "har genomförts", "hölls", "inträffade" */
/** "skickades", "lämnades", "anmäldes": a past passive (PAST_ENDINGS alone) */
export const PAST_PASSIVE = re(`(?<![${L}])\\p{L}{3,}(?:${alternation(PAST_ENDINGS)})(?![${L}])`);
export const PAST = re(`(?<![${L}])(?:\\p{L}{3,}(?:${alternation(PAST_ENDINGS)})|${alternation(PAST_FORMS)}|(?:har|hade)\\s+(?:\\p{L}+\\s+)?\\p{Ll}+(?:at|it|tt|ats|its|tts|ts))(?![${L}])`);
/** a clause opens at these words */
export const CLAUSE_START = new RegExp(`(?:[.;]\\s|,\\s+(?=(?:och|som|${alternation(CLAUSE_OPENERS)})\\s)|\\s(?<!(?:${alternation(ATT_AFTER)})\\s)(?:${alternation(CLAUSE_OPENERS)})\\s)`, 'giu');

export const is = (deadline: DeadlineKind | null): Verdict => ({ deadline });
export const not = (reason: NotDeadline): Verdict => ({ not: reason });
export const isRange = (d: DateInSentence) => d.mention.until !== undefined;
export const justBefore = (d: DateInSentence, n: number) => d.before.trimEnd().split(/\s+/).slice(-n).join(' ');

/**
 * The clause reports back: a passive or infinitive report verb ("redovisas", "återkommer",
 * "återrapportera"), or a present active one ("redovisar") in a decision's att-clause or before
 * "till" ("rapporterar till nästa sammanträde"); "X redovisar" alone is this meeting's item.
 */
export const reportsBack = (d: DateInSentence) => REPORT_BACK.test(d.clause)
  || (REPORT_BACK_ACTIVE_RE.test(d.clause) && (/^att\s/iu.test(d.sentence) || /^\s*att\s/iu.test(d.clause) || /till(?:\s+\S+){0,2}?\s*$/iu.test(d.clauseBefore) || /^till\s/iu.test(d.own)));

/** A date after a strong deadline word: "senast den 7 februari", "före jul", "till FLG den 28 januari", "klart v. 48". */
// ("Lucia kommer till köket fredag 11 december": "till" a place one comes to is no time limit)
const ARRIVES_AT = /(?<![\p{L}])(?:kommer|kom|åker|reser|går|besöker|flyttar)\s+till(?:\s+\p{Ll}+){1,2}\s*$/iu;
export const dueLead = (d: DateInSentence) => DUE_OWN.test(d.own) || (DUE_LEAD.test(d.clauseBefore) && !ARRIVES_AT.test(d.clauseBefore)) || LAST_DAY.test(justBefore(d, 3));
