/**
 * The deadline refiners, each a rule unit with its examples, in the order they settle a date: the
 * first that knows decides.
 */
import { LEGAL_NOTICE, NEXT_MEETING_OWN, NEXT_MEETING_LEAD, DUE_OWN, LABEL_LEAD, LABEL_COLON, START_LEAD, START_OWN, VALIDITY, VALIDITY_AROUND, PERIOD_END, PERIOD_END_OWN, PERIOD_LEAD, SUBMISSION, TOPIC_LEAD, GOAL, TOPIC_OWN, PLANNED_TO, INVITED_TO, DOCUMENT_LEAD, PARAGRAPH_AFTER, HEADING_COLON_AFTER, HEADING_BEFORE, REPORTED_LEAD, REPORTED_DECIDING_LEAD, REPORTED_DECIDING_AFTER, PERFECT_AFTER, PRESENT_DECIDING_RE, OTHER_BODY, OTHER_BODY_DECIDES, PROPOSING, PROPOSAL_END, REQUESTED, BY_RULE, FORECASTING, NEGATED_CONDITION, REQUESTED_THAT, STATED_THAT, ASKING, EVENT_VERB_LEAD, TREND_LEAD, MOVED_INTO, EVENT_NOUN_LEAD, STAGE_JUST_BEFORE, EVENT_NOUN_ONLY, TIME_AFTER, REPORTING_MEETING_LEAD, RECURRING, DECISION, EVALUATION, DUTY, TASK, PAST, PAST_PASSIVE, REPORT_BACK, REPORT_BACK_ACTIVE_RE, DOCUMENT_LIST_LINE, is, not, isRange, reportsBack, dueLead } from './patterns.js';
import { escapeRegExp } from '../../lexicon/pattern.js';
import { settledBy } from './settle.js';
import type { DateInSentence, DeadlineRule } from './types.js';

const period: DeadlineRule = {
  name: 'under perioden',
  about: 'a period, written as one ("15 april – 10 maj 1994", "vecka 4–6") or after "under perioden", "mellan", "för tiden", is when something runs, not a deadline',
  settle(d) {
    if (isRange(d) || PERIOD_LEAD.test(d.before)) return not('period');
    // "pågå från oktober 2025 till april 2026": a period's start, and its end after the start
    if (/^från\s/u.test(d.own) && /^\s*till\s+(?:den\s+)?(?:\d|\p{L}+\s+\d{4})/u.test(d.after)) return not('period');
    const opened = d.earlier[d.earlier.length - 1]?.mention.text.toLowerCase().trim();
    if (opened && /^från\s/u.test(opened) && /^till\s/u.test(d.own) && d.before.trimEnd().endsWith(opened)) return not('period');
    // ("har sommaröppet från den 16 juni till den 17 augusti": "från" standing before the start's mention)
    if (opened && new RegExp(`(?<![\\p{L}])från\\s+${escapeRegExp(opened)}\\s+(?:till|fram till|till och med|t\\.o\\.m\\.)\\s*$`, 'iu').test(d.before)) return not('period');
    // "erbjuder rådgivning under våren": a season or a quarter after "under" is when something
    // runs, unless the clause gives a task or asks for a report ("återkommer under våren")
    const span = d.mention.parts.season !== undefined || d.mention.parts.quarter !== undefined;
    if (span && /^under\s/iu.test(d.own) && !TASK.test(d.clause) && !reportsBack(d) && !EVALUATION.test(d.clause) && !DUTY.test(d.clause)) return not('period');
    // ("Entreprenören upphandlas under hösten": a passive in the present right before says when it goes on)
    if (span && /^under\s/iu.test(d.own) && /(?<![\p{L}])\p{Ll}{4,}(?<!ss)as\s*$/u.test(d.before) && !DUTY.test(d.clause) && !reportsBack(d)) return not('period');
    return null;
  },
  find: (text, ctx) => settledBy(period, text, ctx),
  examples: [
    { text: 'Räddningstjänsten erbjuder hyresvärdar kostnadsfri rådgivning under våren.', expected: [['under våren', 'not:period']] },
    { text: 'Entreprenören upphandlas under hösten.', expected: [['under hösten', 'not:period']] },
    { text: 'Förvaltningen återkommer under våren med ett förslag.', expected: [] },
    { text: 'Nämnden beslutar att riktlinjerna ska utvärderas under hösten 2020.', expected: [] },
    { text: 'Delegationsbeslut fattade under perioden 2025-02-01–2025-02-28 redovisas.', expected: [['2025-02-01–2025-02-28', 'not:period']] },
    { text: 'Simhallen håller stängt 20–31 oktober på grund av reparation.', expected: [['20–31 oktober', 'not:period']] },
    { text: 'Samrådet planeras pågå under perioden 12 maj–9 juni 2025.', expected: [['12 maj–9 juni 2025', 'not:period']] },
    { text: 'Arbetena beräknas pågå från oktober 2025 till april 2026.', expected: [['från oktober 2025', 'not:period'], ['till april 2026', 'not:period']] },
  ],
};

const legalNotice: DeadlineRule = {
  name: 'Beslutet kan överklagas inom tre veckor',
  about: 'the periods of a legal notice (how to appeal a decision, how long a permit lasts) are the law\'s, not a task\'s deadline',
  // ("förelägga ställföreträdaren att inom tre veckor från delfåendet av detta beslut lämna in"):
  // a time counted from a day the minutes cannot know runs like the law's, with no date to give
  settle: (d) => (LEGAL_NOTICE.test(d.sentence) || FROM_NOTICE_AFTER.test(d.after) ? not('legal') : null),
  find: (text, ctx) => settledBy(legalNotice, text, ctx),
  examples: [
    { text: 'Överklagandet ska ha kommit in till nämnden inom tre veckor från den dag klaganden fick del av beslutet.', expected: [['inom tre veckor', 'not:legal']] },
    { text: 'Ett bygglov upphör att gälla om åtgärden inte har påbörjats inom två år.', expected: [['inom två år', 'not:legal']] },
    { text: 'Nämnden beviljar bygglov med villkor att arbetena påbörjas inom två år från dagen för beslutet.', expected: [['inom två år', 'not:legal']] },
    { text: 'Nämnden beslutar att förelägga ställföreträdaren att inom tre veckor från delfåendet av detta beslut lämna in årsräkningen.', expected: [['inom tre veckor', 'not:legal']] },
  ],
};

const validity: DeadlineRule = {
  name: 'gäller från och med',
  about: 'a date a rule, a tariff or an agreement starts or stops applying ("gäller från och med", "träder i kraft den 1 januari", "löper ut den 30 juni") is a validity date; so is the end of a period ("till och med") unless something is to be handed in by then',
  settle(d) {
    if (VALIDITY.test(d.clauseBefore) || VALIDITY_AROUND.test(d.after)) return not('validity');
    if (START_OWN.test(d.own) && /^från/u.test(d.own) && !GOAL.test(d.sentence)) return not('start');
    if ((PERIOD_END.test(d.before) || PERIOD_END_OWN.test(d.own)) && !SUBMISSION.test(d.clause)) return not('validity');
    if (/(?:från och med|fr\.\s?o\.\s?m\.?|fr o m)(?:\s+den)?\s*$/iu.test(d.before)) return not('validity');
    return null;
  },
  find: (text, ctx) => settledBy(validity, text, ctx),
  examples: [
    { text: 'Samir är tillbaka och jobbar 75 % fram till jul.', expected: [['fram till jul', 'not:validity']] },
    { text: 'Taxorna gäller från och med den 1 november.', expected: [['den 1 november', 'not:validity']] },
    { text: 'Den nya lagen träder i kraft den 1 januari 2026.', expected: [['den 1 januari 2026', 'not:validity']] },
    { text: 'Avtalet löper ut den 30 juni 2026.', expected: [['den 30 juni 2026', 'not:validity']] },
    { text: 'Till ersättare för tiden till och med den 31 december 2026 väljs Eva Ek.', expected: [['den 31 december 2026', 'not:validity']] },
    { text: 'Ansökan kan lämnas in till och med den 15 mars.', expected: [] },
  ],
};

const documentDate: DeadlineRule = {
  name: 'beslut 2025-04-30',
  about: 'the date of a decision, judgment, letter or protocol already written ("Länsstyrelsens beslut 2025-04-30", "dom 2025-08-29", "Protokoll från arbetsutskottet den 6 november", "2024-11-25 § 112", "Kommundirektören, 2025-04-09:") dates that document: background, never a deadline',
  settle(d) {
    // "tas upp som beslut på nästa FLG": a date after a preposition is not the document's
    const { relative, calendarOffset, offsetDays, offsetMonths } = d.mention.parts;
    if (relative || calendarOffset || offsetDays !== undefined || offsetMonths !== undefined) return null;
    if (/^(?:på|till|vid|i|senast|före|innan|inom|under|inför|nästa)\s/iu.test(d.own)) return null;
    if (DOCUMENT_LEAD.test(d.clauseBefore) || PARAGRAPH_AFTER.test(d.after)) return not('background');
    // "Tjänsteskrivelse 2026-02-02, Ekonomisk uppföljning januari 2026": a list of the documents,
    // each named with its date, no sentence of its own
    if (DOCUMENT_LIST_LINE.test(d.sentence)) return not('background');
    const dated = d.mention.parts.day !== undefined;
    if (dated && HEADING_COLON_AFTER.test(d.after) && HEADING_BEFORE.test(d.before)) return not('background');
    return null;
  },
  find: (text, ctx) => settledBy(documentDate, text, ctx),
  examples: [
    { text: 'Länsstyrelsens beslut 2025-04-30 om bidrag till projektet.', expected: [['2025-04-30', 'not:background']] },
    { text: 'Förvaltningsrätten, dom 2025-08-29: Överklagandet avslås.', expected: [['2025-08-29', 'not:background']] },
    { text: 'Protokoll från samrådsgruppen den 6 november 2025 läggs till handlingarna.', expected: [['den 6 november 2025', 'not:background']] },
    { text: 'Tjänsteskrivelse 2026-02-02, Ekonomisk uppföljning januari 2026', expected: [['2026-02-02', 'not:background'], ['januari 2026', 'not:background']] },
    { text: 'Kommunfullmäktige 2025-08-25 § 64: rapport om ej verkställda beslut.', expected: [['2025-08-25', 'not:background']] },
    { text: 'Kassören skickar kallelse till stämman senast den 27 mars.', expected: [] },
  ],
};

const reportedDecision: DeadlineRule = {
  name: 'Kommunfullmäktige beslutade 2019-03-25 § 41',
  about: 'a decision reported with its date ("Kommunfullmäktige beslutade 2019-03-25 § 41 att ...", "Kommunstyrelsen har 2025-03-25 gett förvaltningen i uppdrag att ... senast den 31 december") was taken elsewhere: its date and every date inside it are background, until the meeting itself decides again in the sentence ("beslutar", "får i uppdrag")',
  settle(d) {
    const anchor = REPORTED_LEAD.test(d.before) || (/(?:har|hade)(?:\s+den)?\s*$/iu.test(d.before) && PERFECT_AFTER.test(d.after))
      || REPORTED_DECIDING_AFTER.test(d.after);
    if (anchor) return not('background');
    const inside = d.earlier.find((e) => (e.rule === reportedDecision.name && (REPORTED_DECIDING_LEAD.test(d.sentence.slice(0, e.mention.start)) || REPORTED_DECIDING_AFTER.test(d.sentence.slice(e.mention.end))))
      || (e.rule === documentDate.name && PARAGRAPH_AFTER.test(d.sentence.slice(e.mention.end))));
    if (inside && !PRESENT_DECIDING_RE.test(d.sentence.slice(inside.mention.end, d.mention.start))) return not('background');
    return null;
  },
  find: (text, ctx) => settledBy(reportedDecision, text, ctx),
  examples: [
    { text: 'Kommunfullmäktige beslutade i juni att ge bolaget ett nytt ägardirektiv.', expected: [['i juni', 'not:background']] },
    { text: 'Länsstyrelsen har 2025-04-02 beslutat att upphäva nämndens beslut.', expected: [['2025-04-02', 'not:background']] },
    { text: 'Ordföranden meddelade att styrelsen den 2 maj beslutat att bevilja lånet.', expected: [['den 2 maj', 'not:background']] },
    { text: 'Kommunstyrelsen beslutade 2025-03-25 § 44 att ge förvaltningen i uppdrag att ta fram en plan senast den 31 december 2025.', expected: [['2025-03-25', 'not:background'], ['den 31 december 2025', 'not:background']] },
    { text: 'Miljönämnden har den 10 augusti förelagt föreningen att före den 1 juni inkomma med förslag.', expected: [['den 10 augusti', 'not:background'], ['den 1 juni', 'not:background']] },
  ],
};

const otherBody: DeadlineRule = {
  name: 'Regionfullmäktige fattar beslut i juni',
  about: 'another body deciding or taking up a matter at a date ("Regionfullmäktige fattar beslut om taxan i juni", "Ärendet behandlas i kommunfullmäktige i juni") dates that body\'s decision, not a deadline of the meeting',
  settle(d) {
    if (!OTHER_BODY_DECIDES.test(d.clause)) return null;
    const body = d.context.body?.toLowerCase().trim();
    const bodies = [...d.clause.matchAll(new RegExp(OTHER_BODY.source, 'giu'))].map((m) => m[0].toLowerCase());
    if (body && bodies.every((b) => body.includes(b) || b.includes(body))) return null;
    return not('other-body');
  },
  find: (text, ctx) => settledBy(otherBody, text, ctx),
  examples: [
    { text: 'Regionfullmäktige fattar beslut om taxan i juni.', expected: [['i juni', 'not:other-body']] },
    { text: 'Regionen fattar beslut om nya avgifter för hjälpmedel i december, och rådet följer frågan.', expected: [['i december', 'not:other-body']] },
    { text: 'Ärendet behandlas i kommunfullmäktige den 16 juni.', expected: [['den 16 juni', 'not:other-body']] },
    { text: 'Rådet framförde att organisationerna måste få yttra sig innan socialnämnden fattar beslut i juni.', expected: [['i juni', 'not:other-body']] },
  ],
};

const proposal: DeadlineRule = {
  name: 'föreslår att ... senast',
  about: 'a date inside a proposal, a motion or a claim ("har i en motion föreslagit att kommunen ... senast 2030", "Arbetsutskottet föreslog 2025-05-06") is the proposal\'s, not the meeting\'s; the proposal ends where a new att-clause or the meeting\'s decision begins',
  settle(d) {
    const m = PROPOSING.exec(d.sentence.slice(0, d.mention.start));
    if (!m) return null;
    const scope = d.sentence.slice(m.index, d.mention.start);
    return PROPOSAL_END.test(scope) ? null : not('proposal');
  },
  find: (text, ctx) => settledBy(proposal, text, ctx),
  examples: [
    { text: 'Motionären har föreslagit att kommunen installerar solceller på alla byggnader senast 2030.', expected: [['senast 2030', 'not:proposal']] },
    { text: 'Arbetsutskottet föreslår att nämnden beslutar att uppdra åt förvaltningen att återkomma i mars.', expected: [] },
    { text: 'att föreslå fullmäktige att höja avgiften, samt att uppdra åt chefen att informera brukarna före den 1 maj.', expected: [] },
  ],
};

const requested: DeadlineRule = {
  name: 'har begärt … senast',
  about: 'a time limit that another has set, told as the item\'s background ("Länsstyrelsen har begärt kommunens yttrande senast den 30 november", "Enligt avtalet ska besked lämnas senast den 31 mars"), or what another said they would do by then ("uppgav i skrivelse att han skulle ordna … före sommaren"), is theirs, not a task the meeting sets',
  settle(d) {
    // ("Landstingsstyrelsen har begärt att nämnderna lämnar … senast": the request's att-clause)
    if (REQUESTED.test(d.clauseBefore) || REQUESTED_THAT.test(d.before) || STATED_THAT.test(d.before) || BY_RULE.test(d.sentence.trim())) return not('other-body');
    return null;
  },
  find: (text, ctx) => settledBy(requested, text, ctx),
  examples: [
    { text: 'Länsstyrelsen har begärt kommunens yttrande senast den 4 april 1997.', expected: [['den 4 april 1997', 'not:other-body']] },
    { text: 'Byggnadsnämnden har remitterat förslag till detaljplan för yttrande senast den 29 maj 1992.', expected: [['den 29 maj 1992', 'not:other-body']] },
    // (what the meeting's own answer must meet is its time limit: "Yttrandet ska vara kommunstyrelsen tillhanda senast …")
    { text: 'Yttrandet ska vara kommunstyrelsen tillhanda senast den 15 juni 1994.', expected: [] },
    { text: 'Enligt avtalet ska besked om sommarsemester lämnas senast den 31 mars.', expected: [['den 31 mars', 'not:other-body']] },
    { text: 'Enligt arbetsordningen ska en motion besvaras inom ett år.', expected: [['inom ett år', 'not:other-body']] },
    { text: 'Förvaltningen skickar yttrandet till länsstyrelsen senast den 4 april.', expected: [] },
    { text: 'Landstingsstyrelsen har begärt att nämnderna lämnar budgetunderlag senast den 15 juni 2004.', expected: [['den 15 juni 2004', 'not:other-body']] },
    { text: 'Fastighetsägaren uppgav i skrivelse 83-11-30 att han skulle ordna en infiltrationsanläggning före sommaren 1984.', expected: [['före sommaren 1984', 'not:other-body']] },
    { text: 'Innehavaren har i skrivelse 84-05-08 uppgett att en ny köksfläkt skall installeras före midsommar.', expected: [['före midsommar', 'not:other-body']] },
  ],
};

const forecast: DeadlineRule = {
  name: 'bedömer att … till torsdag',
  about: 'a date inside a forecast ("bedömer att hushållen har ström igen till torsdag", "räcker till onsdag") is when something is expected, not a deadline; a task set in the same sentence after it is read on its own',
  settle(d) {
    const m = FORECASTING.exec(d.sentence.slice(0, d.mention.start));
    if (!m) return null;
    return PROPOSAL_END.test(d.sentence.slice(m.index, d.mention.start)) ? null : not('forecast');
  },
  find: (text, ctx) => settledBy(forecast, text, ctx),
  examples: [
    { text: 'Elnätsbolaget bedömer att merparten av hushållen har ström igen till torsdag.', expected: [['till torsdag', 'not:forecast']] },
    { text: 'Bränslet i Hålsjögården räcker enligt leverantören till onsdag kväll.', expected: [['till onsdag', 'not:forecast']] },
    { text: 'Furulunda Stadsnät AB ska enligt sin plan gräva i Lillåsen under hösten.', expected: [['under hösten', 'not:forecast']] },
    { text: 'LB tar fram en lista över brukarna till kl. 15 i morgon.', expected: [] },
  ],
};

const condition: DeadlineRule = {
  name: 'om elen inte kommer tillbaka före måndag',
  about: 'a date inside a negated condition ("risk för bräddning om elen inte kommer tillbaka före måndag", "ifall leveransen inte sker före den 1 mars") is when something might happen, not a deadline; a duty the condition itself lays ("om inte X ska lämnas senast …") stays one',
  settle(d) {
    const opener = NEGATED_CONDITION.exec(d.clauseBefore);
    if (!opener || DUTY.test(d.clauseBefore)) return null;
    // ("om svar inte har kommit senast den 15 maj": the time limit the condition sets is one)
    if (/^senast\s/iu.test(d.own) || /(?<![\p{L}])senast\s+$/iu.test(d.before)) return null;
    // "Linda följer upp felanmälan om larmet inte är lagat till nästa möte": a task before the
    // condition takes its date
    const beforeCondition = d.before.slice(0, d.before.length - d.clauseBefore.length + opener.index);
    return TASK.test(beforeCondition) ? null : not('condition');
  },
  find: (text, ctx) => settledBy(condition, text, ctx),
  examples: [
    { text: 'Det finns risk för bräddning vid Lillträsk om elen inte kommer tillbaka före måndag.', expected: [['före måndag', 'not:condition']] },
    { text: 'Ifall leveransen inte sker före den 1 mars hyrs tillfälliga moduler.', expected: [['den 1 mars', 'not:condition']] },
    { text: 'Om svar inte har kommit senast den 15 maj kontaktar Anna leverantören.', expected: [] },
    { text: 'Lena återkommer om budgeten i mars.', expected: [] },
    { text: 'Linda följer upp felanmälan om larmet inte är lagat till nästa verksamhetsmöte.', expected: [] },
  ],
};

const question: DeadlineRule = {
  name: 'frågar om … i augusti',
  about: 'a date in a question or a matter raised at the meeting ("frågar om skolskjutsarna efter tidtabellsändringen i augusti", "tar upp frågan om en utbildningsdag i höst") dates what is asked about, unless it is a time to answer by ("senast", "till nästa möte")',
  settle(d) {
    const asked = ASKING.exec(d.before);
    if (!asked || dueLead(d) || d.mention.parts.relative) return null;
    // "frågar om lokalen, och Lisa återkommer i mars": a clause of its own after the question
    return /(?:,|\s(?:och|men|samt))\s+\p{Lu}/u.test(d.sentence.slice(asked.index, d.mention.start)) ? null : not('topic');
  },
  find: (text, ctx) => settledBy(question, text, ctx),
  examples: [
    { text: 'Kent Roos (S) frågar om skolskjutsarna från Hällby efter tidtabellsändringen i augusti.', expected: [['i augusti', 'not:topic']] },
    { text: 'Ordföranden tar upp frågan om en gemensam utbildningsdag för direktionen i höst.', expected: [['i höst', 'not:topic']] },
    { text: 'Lena frågar om förvaltningen kan svara senast den 3 april.', expected: [] },
    { text: 'Kim frågar om lokalen, och Lisa återkommer i mars.', expected: [] },
    { text: 'Många frågar när strömmen kommer tillbaka och om skolorna öppnar efter jullovet.', expected: [['efter jullovet', 'not:topic']] },
  ],
};

const topic: DeadlineRule = {
  name: 'för våren 2026',
  about: 'a date right after "för", "per", "avseende" or "från" is what something is about or where it starts ("ett program för våren 2026", "uppföljningen per augusti 2025", "prognosen från april"), not when it is due; after "efter" a month is the same ("prognos efter februari")',
  settle(d) {
    if (DUE_OWN.test(d.own)) return null;
    if ((TOPIC_LEAD.test(d.before) && !/efter\s*$/iu.test(d.before)) || (TOPIC_OWN.test(d.own) && !/^efter\s/iu.test(d.own))) return not('topic');
    // ("Anneli återkommer efter påsk": a report-back after a holiday is due then, and so is a
    // to-do's "…, efter påsk" in the place of its Klart column)
    const after = /^efter\s/iu.test(d.own) || /efter(?:\s+den)?\s*$/iu.test(d.before);
    if (after && d.mention.parts.month !== undefined && d.mention.parts.day === undefined && !reportsBack(d) && !d.context.inActionColumn) return not('topic');
    // "följer upp föreläggandet efter den 31 mars": a day after which something starts is no time it is due by
    if (after && d.mention.parts.day !== undefined) return not('start');
    // "Målsättningen är att kunna använda systemet från hösten": a goal's date is its target
    if ((START_LEAD.test(d.before) || (START_OWN.test(d.own) && /^(?:från|sedan)\s/iu.test(d.own))) && !GOAL.test(d.sentence)) return not('start');
    return null;
  },
  find: (text, ctx) => settledBy(topic, text, ctx),
  examples: [
    { text: 'Chefen återkommer med ett program för våren 2026 i slutet av januari.', expected: [['våren 2026', 'not:topic']] },
    { text: 'Nämnden godkänner budgetuppföljningen per augusti 2025.', expected: [['per augusti 2025', 'not:topic']] },
    { text: 'Prognos efter februari månad sammanställs kommande dagar.', expected: [['efter februari månad', 'not:topic']] },
    { text: 'Anneli återkommer efter påsk om hur införandet ska gå till.', expected: [] },
    { text: 'Tillsynsförrättaren följer upp föreläggandet mot bolaget efter den 31 mars.', expected: [['den 31 mars', 'not:start']] },
    { text: 'Det nya systemet används från hösten.', expected: [['från hösten', 'not:start']] },
    { text: 'Målsättningen är att kunna använda systemet från hösten.', expected: [] },
  ],
};

/**
 * "beräknas vara klart", "väntas bli färdig", "bedöms vara klara", and said by the one doing the
 * work ("entreprenören beräknar att vara klar i augusti"): a forecast, not a time limit
 */
// ("Arbetet beräknas kunna påbörjas i augusti och vara färdigt före årets utgång": the forecast
// reaches over "kunna" and a first verb phrase joined by "och")
const FORECAST_DONE = /(?<![\p{L}])(?:beräknas|väntas|förväntas|bedöms|planeras|beräknar|räknar med|bedömer|tror sig|uppskattar)\s+(?:att\s+)?(?:kunna\s+)?(?:\p{Ll}+(?:\s+[\p{L}\d]+){0,5}?\s+och\s+)?(?:vara|bli|stå)\s+(?:klar|klart|klara|färdig|färdigt|färdiga|färdigställd|färdigställt|klart)(?![\p{L}])/iu;

/** "blir klar", "blir färdigt" right before the date */
const BECOMES_DONE = /(?<![\p{L}])blir\s+(?:klar|klart|klara|färdig|färdigt|färdiga)\s*$/iu;

/** the forecast right before the date, across the "att" that ends its clause: "beräknar att vara klar i augusti" */
const FORECAST_JUST_BEFORE = new RegExp(`${FORECAST_DONE.source}(?:\\s+\\S+){0,3}?\\s*$`, 'iu');

const event: DeadlineRule = {
  name: 'hålls den 12 mars',
  about: 'the date of an event ("Planeringsdagen hålls den 12 mars", "Invigning sker den 15 augusti", "Byggstart är planerad till mars 2026", "på chefsdagen 3 mars", "Tid: måndagen den 17 mars kl. 10") is when it takes place, not a deadline; a report made at a meeting ("redovisas vid nämndens sammanträde den 25 februari") is a deadline all the same',
  settle(d) {
    const plannedTo = (PLANNED_TO.test(d.before) && /^till\s/iu.test(d.own)) || (/till(?:\s+\p{L}+dagen)?\s*$/iu.test(d.before) && PLANNED_TO.test(d.before));
    // "skickar ut inbjudan till utbildningsdagen senast vecka 44": the invitation is due, the day is later
    const invited = INVITED_TO.test(d.clauseBefore) && !/^senast\s/iu.test(d.own);
    if (plannedTo || invited || TREND_LEAD.test(d.clauseBefore)) return not('event');
    // "budgetdagen flyttas till den 14 april", "ärendet bordläggs till sammanträdet den 12 november":
    // the new day of something moved
    const toDay = d.mention.parts.day !== undefined || d.mention.parts.weekday !== undefined;
    const movedTo = (/^till\s/iu.test(d.own) || /till(?:\s+den)?\s*$/iu.test(d.clauseBefore)) && MOVED_INTO.test(d.clauseBefore);
    if (toDay && movedTo) return not('event');
    // "Punkt 7 flyttas till mötet i september": moved to a meeting, whatever the date names
    if (MOVED_INTO.test(d.clauseBefore) && /till\s+(?:\p{L}+s\s+)?(?:mötet|sammanträdet)\s*$/iu.test(d.clauseBefore)) return not('event');
    if (/(?<![\p{L}])bordl[äa]g\p{L}*/iu.test(d.clause) && REPORTING_MEETING_LEAD.test(d.clauseBefore)) return not('event');
    // "Bygglovet beräknas vara klart i januari": a forecast of when something is done, no one's deadline
    if (FORECAST_DONE.test(d.clauseBefore) || FORECAST_JUST_BEFORE.test(d.before)) return not('event');
    // "Systemhandlingen blir klar v. 12": when a thing will be done, told as a plan, not a time limit ("blir klar senast …" is one)
    if (BECOMES_DONE.test(d.before) && !/^senast\s/iu.test(d.own)) return not('event');
    // "byggstart i oktober och inflyttning till hösten 2026": when the event comes, not a time limit
    if (/^till\s/iu.test(d.own) && STAGE_JUST_BEFORE.test(d.clauseBefore)) return not('event');
    // "Representanter för Vision bjuds in till nästa möte": guests to the meeting, no one's deadline
    if (d.mention.parts.relative && /(?<![\p{L}])(?:bjuds|bjöds)\s+in\s*$|(?<![\p{L}])(?:inbjuds|inbjöds|kallas|kallades|välkomnas)\s*$/iu.test(d.before)) return not('event');
    if (dueLead(d)) return null;
    if (EVENT_VERB_LEAD.test(d.clauseBefore)) return not('event');
    // "gör reklam den här veckan": what goes on in the meeting's own week happens now
    if (d.mention.parts.calendarOffset?.unit === 'week' && d.mention.parts.calendarOffset.n === 0) return not('event');
    if (d.mention.parts.relative && /^\s*(?:hålls|äger rum|är|blir|planeras|sker|:)/iu.test(d.after)) return not('event');
    // "ÅF tar fram en kalkyl inför styrgruppens möte den 10 juni": work brought to a meeting is due at it
    // (only "inför": "uppdrag på chefsmötet 1 mars" says when it was given, not when it is due)
    const meetingLead = REPORTING_MEETING_LEAD.exec(d.clauseBefore);
    // ("Linda tar fram ett förslag och redovisar det på mötet den 16 mars": a report at a meeting to come)
    if (meetingLead && (reportsBack(d) || DECISION.test(d.clause) || (/^inför/iu.test(meetingLead[0]) && TASK.test(d.clauseBefore))
      || (REPORT_BACK_ACTIVE_RE.test(d.clause) && /(?:möte|mötet|sammanträde|sammanträdet)(?:\s+den)?\s*$/iu.test(meetingLead[0])))) return null;
    if (EVENT_NOUN_LEAD.test(d.clauseBefore) || EVENT_NOUN_ONLY.test(d.clauseBefore)) return not('event');
    if (TIME_AFTER.test(d.after) && !dueLead(d)) return not('event');
    return null;
  },
  find: (text, ctx) => settledBy(event, text, ctx),
  examples: [
    { text: 'Representanter för Vision och Kommunal bjuds in till nästa möte.', expected: [['till nästa möte', 'not:event']] },
    { text: 'Bygglovet beräknas vara klart i januari.', expected: [['i januari', 'not:event']] },
    { text: 'Punkten utgår och flyttas till mötet i september.', expected: [['i september', 'not:event']] },
    { text: 'Systemhandlingen blir klar v. 12 och bygghandlingen v. 24.', expected: [['v. 12', 'not:event']] },
    { text: 'Entreprenören beräknar att vara klar i augusti.', expected: [['i augusti', 'not:event']] },
    { text: 'Arbetet beräknas kunna påbörjas i augusti och vara färdigt före årets utgång.', expected: [['i augusti', 'not:event'], ['före årets utgång', 'not:event']] },
    { text: 'Planeringsdagen hålls den 12 mars.', expected: [['den 12 mars', 'not:event']] },
    { text: 'Elin Dahl återkommer när strömmen kommer tillbaka (invigning den 8 januari).', expected: [['den 8 januari', 'not:event']] },
    { text: 'Teamet gör reklam för mässan den här veckan.', expected: [['den här veckan', 'not:event']] },
    { text: 'Invigning sker den 15 augusti.', expected: [['den 15 augusti', 'not:event']] },
    { text: 'Byggstart är planerad till mars 2026.', expected: [['till mars 2026', 'not:event']] },
    { text: 'Presenterar programmet för workshop på chefsdagen 3 mars.', expected: [['3 mars', 'not:event']] },
    { text: 'Tid: måndagen den 17 mars kl. 10.00.', expected: [['den 17 mars', 'not:event']] },
    { text: 'Nästa sammanträde hålls den 16 april 2025.', expected: [['Nästa sammanträde', 'not:event'], ['den 16 april 2025', 'not:event']] },
    { text: 'Förslaget redovisas vid nämndens sammanträde den 25 februari.', expected: [] },
    { text: 'Arbetsutskottet beslutar att en lägesrapport lämnas vid arbetsutskottets sammanträde den 18 april 2016.', expected: [] },
    { text: 'Linda tar fram ett förslag och redovisar det på mötet den 16 mars.', expected: [] },
    { text: 'ÅF tar fram en uppdaterad kalkyl inför styrgruppens möte den 10 juni.', expected: [] },
    { text: 'Inlämning gruppuppgift, uppdrag på chefsmötet 1 mars.', expected: [['1 mars', 'not:event']] },
    { text: 'Samordnaren kallar föreningarna till ett gemensamt informationsmöte om bidragen i november.', expected: [['i november', 'not:event']] },
    { text: 'Tomas kallar till arbetsmöte i vecka 4.', expected: [['i vecka 4', 'not:event']] },
    { text: 'Gatuavdelningen kallar entreprenörerna till ett uppstartsmöte den 28 oktober.', expected: [['den 28 oktober', 'not:event']] },
    { text: 'Kansliet skickar ut inbjudan till utbildningsdagen senast vecka 44.', expected: [] },
    { text: 'Byggstart planeras till oktober 2024 och inflyttning till hösten 2026.', expected: [['till oktober 2024', 'not:event'], ['till hösten 2026', 'not:event']] },
    { text: 'Kansliet bjuder in kommunstyrelsens ledamöter och ersättare till en utbildningsdag om informationssäkerhet den 28 januari 2025.', expected: [['den 28 januari 2025', 'not:event']] },
    { text: 'Antalet elever ökar till hösten.', expected: [['till hösten', 'not:event']] },
    { text: 'Dagverksamheten flyttar till nya lokaler vid torget i februari.', expected: [['i februari', 'not:event']] },
    { text: 'Chefen svarar att arbetet pågår och återkommer med en rapport vid nästa sammanträde.', expected: [] },
    { text: 'Nämndens budgetdag den 7 april krockar med budgetberedningen.', expected: [['den 7 april', 'not:event']] },
    { text: 'Arbetsutskottet beslutar att nämndens budgetdag flyttas till den 14 april 2016.', expected: [['den 14 april 2016', 'not:event']] },
    { text: 'Kommunstyrelsen beslutar att bordlägga ärendet till sammanträdet den 12 november 1987.', expected: [['den 12 november 1987', 'not:event']] },
    { text: 'Arbetet skjuts upp till 2026.', expected: [] },
    { text: 'Sista ansökningsdag den 1 mars.', expected: [] },
    { text: 'Lucia kommer till köket fredag 11 december kl. 9.', expected: [['11 december', 'not:event']] },
    { text: 'Vid skolavslutningen den 11 juni samordnar fritidschefen och kommunpolisen en vuxenvandring.', expected: [['den 11 juni', 'not:event']] },
  ],
};

/** "beslut som inte verkställts inom tre månader": a relative clause in the perfect states a condition met or not, no time limit */
const RELATIVE_PERFECT = /(?:^|\s)som\s+(?:inte\s+|ej\s+|icke\s+)?(?:har\s+|hade\s+)?(?:inte\s+|ej\s+)?\p{Ll}{3,}(?:ts|tts|ats|its)\s*$/u;

/** "har bokat lokal till", "har skickat ut kallelsen till": the perfect of a task verb, done before the date */
const DONE_BEFORE = /(?<![\p{L}])(?:har|hade)\s+(?:redan\s+)?(?:bokat|skickat|beställt|ordnat|kallat|bjudit\s+in|anmält|lämnat|tagit\s+fram)(?:\s+[\p{L}\d-]+){0,4}?\s+(?:till|för|inför)\s*(?:den\s*)?$/iu;

/** "skulle … ha lämnats in", "borde ha varit klart": what should already have been done */
const COUNTERFACTUAL = /(?<![\p{L}])(?:skulle|borde|hade\s+bort)\s+(?:[\p{L}]+\s+){0,4}?ha\s+\p{Ll}{3,}(?:ts|tt|t)(?![\p{L}])/iu;

/** "inom tre veckor från delfåendet", "från den dag beslutet delgavs": counted from a day the minutes do not give */
const FROM_NOTICE_AFTER = /^\s*(?:från|efter|räknat\s+från)\s+(?:delfåendet|delgivning\p{L}*|den\s+dag|det\s+att|dagen\s+för|mottagandet)(?![\p{L}])/iu;

/**
 * "skickades en ansökan till hyresnämnden den 1 september": told as done, "till X" or not; older
 * minutes' present passive with "senast" ("utsändes … senast den 14 april") is still due
 */
const toldAsDone = (d: DateInSentence) => PAST_PASSIVE.test(d.clauseBefore) && !DUE_OWN.test(d.own) && !/(?:senast|klart|deadline)\s*$/iu.test(d.before);

/** "redan den 20 februari", "redan i januari": a time already passed */
const ALREADY = /(?<![\p{L}])redan\s+(?:den|i|under|vecka|v\.)?\s*$/iu;

/** The clause's last part after "och"/"samt" before the date gives a task or a report, in no past tense. */
function taskAfterConjunction(d: DateInSentence): boolean {
  const parts = d.clauseBefore.split(/\s(?:och|samt)\s/u);
  const last = parts.at(-1)!;
  return parts.length > 1 && !PAST.test(last) && (TASK.test(last) || REPORT_BACK.test(last));
}

const pastEvent: DeadlineRule = {
  name: 'genomfördes den 10 november',
  about: 'a date in a clause told in the past ("Skyddsronden genomfördes den 10 november", "linjen öppnades i maj", "har genomförts under september") is when something happened, not a deadline',
  // ("Lisa har bokat lokal till den 3 april": what is done has no deadline, "till" or not)
  // ("skulle enligt föräldrabalken ha lämnats in senast den 1 mars": a time limit already run out, however strongly worded)
  // ("gjorde en felanmälan till fastighetsavdelningen redan den 20 februari": "redan" puts a date of a clause in the past behind us, "till" or not)
  // ("kontrollera att föreläggandet har följts och rapportera till nämnden i oktober": a task joined by
  // "och" after the perfect is dated on its own)
  settle: (d) => (((!dueLead(d) || toldAsDone(d) || ALREADY.test(d.before)) && PAST.test(d.clause) && !taskAfterConjunction(d)) || RELATIVE_PERFECT.test(d.before) || DONE_BEFORE.test(d.before) || COUNTERFACTUAL.test(d.clause) ? not('past') : null),
  find: (text, ctx) => settledBy(pastEvent, text, ctx),
  examples: [
    { text: 'Nämnden rapporterar beslut som inte verkställts inom tre månader till IVO.', expected: [['inom tre månader', 'not:past']] },
    { text: 'Skyddsronden genomfördes den 10 november.', expected: [['den 10 november', 'not:past']] },
    { text: 'Inspektören kontrollerar att föreläggandet har följts och rapporterar till nämnden vid sammanträdet i oktober.', expected: [] },
    { text: 'Årsräkningarna skulle enligt föräldrabalken ha lämnats in senast den 1 mars 2026.', expected: [['den 1 mars 2026', 'not:past']] },
    { text: 'Lisa har bokat lokal till den 3 april.', expected: [['den 3 april', 'not:past']] },
    { text: 'Trafiken har ökat sedan linjen öppnades i maj.', expected: [['i maj', 'not:past']] },
    { text: 'För två hyresgäster skickades en ansökan till hyresnämnden den 1 september.', expected: [['den 1 september', 'not:past']] },
    { text: 'Annika gjorde en felanmälan till fastighetsavdelningen redan den 20 februari utan att något har hänt, så nu ska hon ha ett besked senast den 13 mars.', expected: [['den 20 februari', 'not:past']] },
    { text: 'Kallelse till stämman utsändes av verkställande direktören senast den 14 april.', expected: [] },
    { text: 'Sekreteraren fick i uppdrag att till nästa sammanträde inhämta uppgifter.', expected: [] },
  ],
};

const passed: DeadlineRule = {
  name: 'senast den 1 december 2025 (before the meeting)',
  about: 'a full date with its year that lies before the meeting ("uppmanades i brev att söka tillstånd senast den 1 december 2025" in minutes of March 2026) had passed when the meeting was held: it tells what was due before, not a task of this meeting',
  settle(d) {
    const { year, month, day } = d.mention.parts;
    if (!d.context.meetingDate || year === undefined || month === undefined || day === undefined) return null;
    const iso = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    return iso < d.context.meetingDate ? not('past') : null;
  },
  find: (text, ctx) => settledBy(passed, text, ctx),
  examples: [
    { text: 'Fastighetsägaren uppmanades att söka tillstånd senast den 1 december 2025.', expected: [['den 1 december 2025', 'not:past']], context: { meetingDate: '2026-03-17' } },
    { text: 'Fastighetsägaren ska söka tillstånd senast den 1 december 2026.', expected: [], context: { meetingDate: '2026-03-17' } },
    { text: 'Ansökan ska lämnas senast den 1 december.', expected: [], context: { meetingDate: '2026-03-17' } },
  ],
};

const recurring: DeadlineRule = {
  name: 'i mars varje år',
  about: 'a date that recurs ("i mars varje år", "rapporteras löpande") is a routine, not a deadline',
  settle: (d) => (!dueLead(d) && RECURRING.test(d.clause) ? not('recurring') : null),
  find: (text, ctx) => settledBy(recurring, text, ctx),
  examples: [{ text: 'Rapporten redovisas i mars varje år.', expected: [['i mars', 'not:recurring']] }],
};

const inlineDeadline: DeadlineRule = {
  name: 'Deadline: 30/9',
  about: 'a deadline written inline: "Deadline: 30/9", "Klart: v. 12", "klart senast 15/4", "Sista ansökningsdag 31 januari", "senast den 7 februari", "före jul", "till nästa möte", "inom två veckor"',
  settle(d) {
    if (LABEL_COLON.test(d.before) || LABEL_LEAD.test(d.clauseBefore)) return is(null);
    if (d.mention.parts.offsetDays !== undefined || d.mention.parts.offsetMonths !== undefined) return is(null);
    // "tas upp på nästa FLG", "återkommer vid nästa sammanträde": what is taken to the next meeting
    if (d.mention.parts.relative && (NEXT_MEETING_OWN.test(d.own) || NEXT_MEETING_LEAD.test(d.clauseBefore))) return is(null);
    // a bare year needs "senast", "till" or "klart" ("under 2024" is a period)
    if (Object.keys(d.mention.parts).length === 1 && d.mention.parts.year !== undefined) {
      const moved = /^till\s/iu.test(d.own) && MOVED_INTO.test(d.clauseBefore);
      if (!moved && (/^(?:senast|till|klart|klar|före|innan|fram till|vid utgången av)\s/iu.test(d.own) || /(?:senast|klart|klar)\s*$/iu.test(d.before))) return is(null);
      return /^under\s/iu.test(d.own) || (/^till\s/iu.test(d.own) && MOVED_INTO.test(d.clauseBefore)) ? not('period') : null;
    }
    return dueLead(d) ? is(null) : null;
  },
  find: (text, ctx) => settledBy(inlineDeadline, text, ctx),
  examples: [
    { text: 'Deadline: 30/9', expected: [['30/9', 'due']] },
    { text: 'Klart: v. 12', expected: [['v. 12', 'due']] },
    { text: 'Underlaget tas upp som beslut på nästa FLG.', expected: [['på nästa FLG', 'due']] },
    { text: 'Förslag mejlas till Anna senast den 7 februari.', expected: [['den 7 februari', 'due']] },
    { text: 'Sista ansökningsdag 31 januari.', expected: [['31 januari', 'due']] },
    { text: 'Uppdaterad tidplan skickas till SM inom två veckor.', expected: [['inom två veckor', 'due']] },
    { text: 'Renoveringen genomförs under 2026.', expected: [['under 2026', 'not:period']] },
    { text: 'Ej påbörjade inspektioner flyttas till 2026.', expected: [['till 2026', 'not:period']] },
  ],
};

const reportBack: DeadlineRule = {
  name: 'återrapporteras till nämnden i oktober',
  about: 'a report-back: the date something comes back to the meeting ("återrapporteras till nämnden senast i oktober 2025", "redovisas vid nämndens sammanträde i mars", "Lisa återkommer i vecka 45", "presenteras i augusti"); "redovisar" and "presenterar" in the present say what happens at this meeting, so they count only in a decision\'s att-clause or before "till", "vid", "på"',
  settle: (d) => (reportsBack(d) ? is('report-back') : null),
  find: (text, ctx) => settledBy(reportBack, text, ctx),
  examples: [
    { text: 'Översynen ska återrapporteras till kommunstyrelsen senast i oktober 2025.', expected: [['senast i oktober 2025', 'report-back']] },
    { text: 'Handlingsplanen redovisas vid nämndens sammanträde i mars.', expected: [['i mars', 'report-back']] },
    { text: 'Sociala tjänstehundar: implementeringsplan presenteras i augusti.', expected: [['i augusti', 'report-back']] },
    { text: 'att Karin Ek, vid ledarforum den 11 april, redovisar vilka ytor som finns.', expected: [['den 11 april', 'report-back']] },
    { text: 'Kultursekreteraren lovade att undersöka saken och återkomma vid nämndens första sammanträde i januari.', expected: [['i januari', 'report-back']] },
    { text: 'att uppdra åt kommunjuristen att anmäla beslutet vid kommunfullmäktiges sammanträde den 20 april 2020.', expected: [['den 20 april 2020', 'report-back']] },
    { text: 'Uppdrogs åt kultursekreteraren att under våren 1989 förelägga nämnden förslag till nya regler.', expected: [['under våren 1989', 'report-back']] },
  ],
};

const decisionDate: DeadlineRule = {
  name: 'för beslut den 22 april',
  about: 'the date a decision is to be taken ("Beslut kommer att fattas på FLG den 11 februari", "tillbaka till FLG för beslut", "Vid FLG den 11 februari bestäms innehållet")',
  settle: (d) => (DECISION.test(d.clause) && !/beslut(?:et)?\s*$/iu.test(d.before) ? is('decision') : null),
  find: (text, ctx) => settledBy(decisionDate, text, ctx),
  examples: [
    { text: 'Beslut kommer att fattas på FLG den 11 februari.', expected: [['den 11 februari', 'decision']] },
    { text: 'Vid FLG den 11 februari bestäms innehållet för dagen.', expected: [['den 11 februari', 'decision']] },
  ],
};

const evaluation: DeadlineRule = {
  name: 'utvärderas i mars',
  about: 'the date something is evaluated or followed up ("Utvärdering september månad 2025", "Uppföljning i ledningsgruppen i oktober", "stäms av före årsskiftet")',
  settle: (d) => (EVALUATION.test(d.clause) ? is('evaluation') : null),
  find: (text, ctx) => settledBy(evaluation, text, ctx),
  examples: [
    { text: 'Utvärdering september månad 2025.', expected: [['september månad 2025', 'evaluation']] },
    { text: 'Uppföljning i ledningsgruppen i oktober.', expected: [['i oktober', 'evaluation']] },
  ],
};

const duty: DeadlineRule = {
  name: 'ska vara klar i maj',
  about: 'a duty or a task with a time ("alla ska gå utbildningen under november", "behöver lyftas till VON under våren", "AY ansvarar för att gruppen tillsätts i slutet av januari"); not what runs or may happen ("ska pågå under våren", "ska kunna ske")',
  settle: (d) => (DUTY.test(d.clause) || TASK.test(d.clause) || (TASK.test(d.sentence) && /^\s*att\s/iu.test(d.clause)) ? is('due') : null),
  find: (text, ctx) => settledBy(duty, text, ctx),
  examples: [
    { text: 'Informationsärendet behöver lyftas till VON under våren.', expected: [['under våren', 'due']] },
    { text: 'AY ansvarar för att en arbetsgrupp tillsätts i slutet av januari.', expected: [['i slutet av januari', 'due']] },
    { text: 'Projektet ska pågå under våren.', expected: [] },
  ],
};

/** The refiners, in the order they settle a date. */
export const DEADLINE_RULES: readonly DeadlineRule[] = [
  period, legalNotice, validity, documentDate, reportedDecision, otherBody, proposal, requested, forecast, condition, question, topic, event, pastEvent, passed, recurring,
  inlineDeadline, reportBack, decisionDate, evaluation, duty,
];
