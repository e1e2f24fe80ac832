import { ASKED_QUESTION_WORDS, ASSIGNMENT_PHRASES, BETWEEN_VERB_AND_PARTICLE, DOES_A_TASK_NOUN, DUE_BOUND_TASK_VERBS, MEETING_SELF, PARTNER_PHRASES, MODALS, MONTHS, SEASONS, NOT_A_TASK_CONTEXT, PRESENTING_UNLESS_AHEAD, REPORTING_WITH_ATT, SPLIT_PARTICLE_VERBS, STATEMENTS_FOR_THE_RECORD, TASK_VERBS, taskNounKey } from '../../lexicon/index.js';
import { alternation, pattern, wholeWords } from '../../lexicon/pattern.js';
import { isKnownOwner, isOwnerPhrase, ownerKind, ownersEndingAt, splitOwnerList, withoutParentheses } from './noun-phrase.js';
import type { OwnerRule, TaskHit } from './types.js';

const TASK_RE = new RegExp(`${wholeWords([...ASSIGNMENT_PHRASES, ...TASK_VERBS, ...DUE_BOUND_TASK_VERBS])}|${DOES_A_TASK_NOUN.source}`, 'giu');
/** modals before the verb, each perhaps with a sentence adverb ("ska därför ta fram", "kommer också att"); never "inte" */
// ("kommunchefen redan nu tar kontakt": the adverbs may stand there without a modal too)
export const MODAL_TAIL = pattern('iu')`(?:\s+(?:${MODALS}|därför|också|även|sedan|nu|redan|vidare|dessutom|gemensamt|tillsammans|omgående|snarast|direkt|själv|själva))+\s*$`;
const PRESENTING = new Set(PRESENTING_UNLESS_AHEAD);
const FOR_THE_RECORD = new RegExp(`^\\s+(?:en|ett|sin|sitt)?\\s*(?:${alternation(STATEMENTS_FOR_THE_RECORD)})(?![\\p{L}])`, 'iu');
const ASKED_QUESTION = pattern('iu')`^\s+${ASKED_QUESTION_WORDS}(?![\p{L}])`;
const REPORTING = new Set(REPORTING_WITH_ATT);
/** a sentence that looks ahead: a modal, "nästa", "senast", a meeting to come, a month */
const AHEAD = pattern('iu')`(?<![\p{L}])(?:${MODALS}|senast|nästa|kommande|inför|återkommer|(?:till|vid|på)\s+\p{L}+s\s+(?:möte|sammanträde)|(?:i|till|före|senast|inför|innan|(?:i\s+|till\s+)?(?:slutet|början|mitten)\s+av|(?<!per\s+(?:den\s+)?)(?<!\d)\d{1,2}(?::[ae])?)\s+${Object.keys(MONTHS)}|(?:till|före|innan|inför|under|senast)\s+${Object.keys(SEASONS)}|(?:under|till|före|senast|i)\s+(?:första|andra|tredje|fjärde|sista)\s+(?:kvartalet|tertialet|halvåret)|(?<![\p{L}])Q[1-4]|(?:före|senast|till|innan)\s+(?:kl\.?\s*\d|i\s?dag|i\s?morgon)|klart?\s+(?:i\s?dag|i\s?morgon)|\d{1,2}\/\d{1,2}|20\d\d-\d\d-\d\d|(?<!(?:från|sedan|under|efter|per|t\.o\.m\.)\s+)(?:v\.?|vecka)\s*\d{1,2})(?![\p{L}\d])`;
/** "tar tillsammans med X fram": the verb, a phrase from the lexicon up to the next comma, its particle */
const SPLIT_PARTICLE = new RegExp(
  SPLIT_PARTICLE_VERBS.map(([verb, particle]) => `(?<![\\p{L}])${verb}\\s+(?:${alternation(BETWEEN_VERB_AND_PARTICLE)})(?:\\s+[^\\s,.;]+){0,5}?\\s+${particle}(?![\\p{L}])`).join('|'),
  'giu',
);

/** Verbs that give a task only with a time to meet: telling, asking, contributing */
const NEEDS_DUE = new Set(DUE_BOUND_TASK_VERBS);
/** a time to meet, not a topic's time: "senast", "inom", "före kl. 13", "till fredag" */
const DUE_AHEAD = /(?<![\p{L}])(?:senast|deadline)(?![\p{L}])|(?<![\p{L}])inom\s+(?:\d|en|ett|två|tre|fyra|fem|sex|kort)(?![\p{L}])|(?<![\p{L}])klart?\s+(?:till|senast|i\s?dag|i\s?morgon|v\.?\s*\d|vecka|\d)|(?<![\p{L}])(?:före|till|innan)\s+(?:kl\.?\s*\d|i\s?dag|i\s?morgon|den\s+\d|\d{1,2}\/\d{1,2}|nästa|måndag|tisdag|onsdag|torsdag|fredag)/iu;

/** "i samverkan med polisen", "tillsammans med HR" between a subject and its verb */
const PARTNERS_AFTER_SUBJECT = new RegExp(`\\s+(?:${alternation(PARTNER_PHRASES)})\\s+[^,;]{1,60}$`, 'u');

/** Where a verb's subject starts: after the last clause boundary ("att", ":", ";", a full stop) before it. */
export function subjectSpan(clause: string, verbIndex: number): string {
  const before = clause.slice(0, verbIndex);
  // ("X har att tillse": the "att" of an older duty opens no clause)
  const att = [...before.matchAll(/(?<!\s(?:har|hade))\satt\s/gu)].pop()?.index ?? -1;
  const boundary = Math.max(att, before.lastIndexOf(': '), before.lastIndexOf('; '), before.lastIndexOf('. '));
  return boundary >= 0 ? before.slice(boundary + (before.startsWith(' att ', boundary) ? 5 : 2)) : before;
}

/** The owner a clause opens with, before its first (lower-case) verb: "Ingrid hade ...", "Tekniska förvaltningen har ...". */
function openingSubject(clause: string, ctx: Parameters<OwnerRule['find']>[1]): string[] {
  const words = clause.split(/\s+/u);
  for (let n = Math.min(7, words.length - 1); n >= 1; n--) {
    if (!/^\p{Ll}/u.test(words[n]!) || /^(?:och|samt)$/u.test(words[n]!)) continue;
    const phrase = words.slice(0, n).join(' ');
    if (ownerKind(phrase, ctx)) return [phrase];
    // "Per Holm och Lisa Ek träffar skolan och återkopplar": both
    const list = splitOwnerList(phrase);
    if (list.length > 1 && list.every((p) => ownerKind(p, ctx))) return list;
  }
  return [];
}

/**
 * Who does the task whose verb stands at `verbIndex`: the subject before it, read past partners,
 * a relative clause between commas, people named in parentheses after a unit, a working group's
 * members, the antecedent of "…, som får i uppdrag", or the subject a coordinated verb shares.
 */
function subjectOwners(clause: string, verbIndex: number, ctx: Parameters<OwnerRule['find']>[1]): string[] {
  // "Fältgruppen i samverkan med polisen genomför": the partners after the subject do not own it
  // ("Arbetsgruppen, som leds av Lisa Holm, återkommer": a relative clause between commas too)
  const span = subjectSpan(clause, verbIndex).replace(PARTNERS_AFTER_SUBJECT, '').replace(/,\s+som\s+[^,]{2,60},\s*$/u, '');
  const bare = span.replace(MODAL_TAIL, '');
  // "En arbetsgrupp med Gunnar (PRO), Siv (SPF) och Rolf (SKPF) tar fram": its members do it
  const members = /(?:^|\s)(?:en\s+)?(?:arbets|projekt|referens|skriv)?grupp(?:en)?\s+(?:med|bestående\s+av)\s+(.+)$/iu.exec(bare);
  const listed = members ? splitOwnerList(withoutParentheses(members[1]!)) : [];
  if (listed.length && listed.every((o) => isOwnerPhrase(o, ctx))) return listed;
  // "Verksamheten (NF och OL) lämnar": the people in parentheses after a unit do it
  const named = /(\S+)\s*\(([^()]{2,40})\)\s*$/u.exec(bare);
  if (named && ['unit', 'group', 'organisation'].includes(ownerKind(named[1]!, ctx) ?? '') && splitOwnerList(named[2]!).every((o) => isKnownOwner(o, ctx))) return splitOwnerList(named[2]!);
  const owners = ownersEndingAt(span, ctx, MODAL_TAIL);
  if (owners.length) return owners;
  // "Sara (SBF) tar fram", "Nadia (SOF) och Peter (KFF) tar fram": people with their
  // förvaltning's abbreviation after them
  const withUnits = bare.replace(/\s*\((?:\p{Lu}{2,6}|[\p{L}\s/-]{2,40})\)(?=\s|$)/gu, '').trim();
  if (withUnits !== bare.trim()) {
    const people = ownersEndingAt(withUnits, ctx, MODAL_TAIL);
    if (people.length) return people;
  }
  // "alla handledare som inte gått utbildningen anmäler sig": a relative clause between the
  // subject and its verb
  const relative = /^(.*?\S)\s+som\s+[^,;]+$/u.exec(span);
  const ofRelative = relative ? ownersEndingAt(relative[1]!, ctx, MODAL_TAIL) : [];
  if (ofRelative.length) return ofRelative;
  // "återremittera ärendet till kommunledningskontoret, som får i uppdrag att": the relative
  // clause's antecedent is given the task
  const antecedent = /(?:^|\s)(?:till|åt|av|med|hos)\s+([^,;]+?),?\s+som\s*$/u.exec(span);
  if (antecedent && isKnownOwner(antecedent[1]!, ctx)) return [antecedent[1]!];
  // "Ingrid hade inte siffrorna med sig men återkommer med dem": a second predicate after
  // "men"/"och" shares the subject the clause opened with
  // (the clause opens after a dash: "Frågan kvarstår – Sara har inte fått svar och återkommer")
  const coordinated = /^(.*\S)\s+(?:men|och|samt|utan)\s*$/u.exec(span);
  return coordinated ? openingSubject(coordinated[1]!.split(/\s[–—-]\s/u).pop()!, ctx) : [];
}

/**
 * "informerar förvaltningarnas controllers om …", "informerar vårdnadshavarna": someone else than
 * the meeting is told, by its name ("informerar om läget", "informerar nämnden om" tell the meeting)
 */
function informsOthers(after: string): boolean {
  // "OA informerar AR, som inte var med, om …": someone by initials, told what the meeting said
  if (/^\s+\p{Lu}{2,4}(?:\s+och\s+\p{Lu}{2,4})?(?:,\s|\s+(?:om|kring|via)\s)/u.test(after)) return true;
  const object = /^\s+((?:[\p{L}-]+s\s+)?[\p{L}-]+)\s+(?:om|kring|via|i|på)\s/iu.exec(after)?.[1]?.toLowerCase();
  if (!object || /^(?:om|att|kort|kring|muntligt|löpande|också|även|vidare|dessutom|sedan|nu|här)$/u.test(object)) return false;
  return !MEETING_SELF.includes(object.split(/\s+/u).pop()!) && /^\p{Ll}/u.test(object);
}

export const subjectOfTaskVerb: OwnerRule = {
  name: 'X får i uppdrag / X tar fram / X återkommer',
  about: 'the subject of an assignment phrase or a task verb in the present does the task; a modal ("ska", "kommer att") may stand between',
  find(clause, ctx) {
    const hits: TaskHit[] = [];
    for (const m of clause.matchAll(TASK_RE)) {
      const verb = taskNounKey(m[0].toLowerCase().replace(/\s+/g, ' '));
      // "Ordföranden tar upp att ...", "Susanne Rask redovisar att ...": a report, not a task
      if (REPORTING.has(verb) && /^\s+(?:om\s+)?att\s/iu.test(clause.slice(m.index + m[0].length))) continue;
      // "Kommunal tar upp frågan om hög sjukfrånvaro": an issue raised at this meeting, not one
      // taken elsewhere ("tar upp frågan i sin styrelse")
      // ("KL tar upp frågan om personalparkering med fastighetsavdelningen" takes it to someone: a task)
      // (a time inside "frågan om en utbildningsdag i höst" dates the matter, not the raising)
      if (verb === 'tar upp' && /^\s+(?:\p{L}+\s+)?om\s/iu.test(clause.slice(m.index + m[0].length)) && !AHEAD.test(clause.slice(0, m.index)) && !DUE_AHEAD.test(clause) && !/(?<![\p{L}])nästa(?![\p{L}])/iu.test(clause) && !/\s(?:med|hos)\s+\S/u.test(clause.slice(m.index + m[0].length))) continue;
      // "varav vård- och omsorgsnämnden svarar för 9,2 mnkr": a share of a sum, no duty
      if (verb === 'svarar för' && /^\s+(?:\d|ca\.?\s|cirka|drygt|knappt|nästan|hälften|merparten|större delen|en\s+(?:stor|större|mindre)?\s*del)/iu.test(clause.slice(m.index + m[0].length))) continue;
      // "Maj-Lis Berg frågar hur lång väntetiden är": a question put at the meeting ("frågar IT om
      // licenserna" asks someone: a task)
      if (verb === 'frågar' && ASKED_QUESTION.test(clause.slice(m.index + m[0].length))) continue;
      // "Lisa Ek föreslår att kommunen tar fram en plan": the content of a proposal is nobody's task
      if (NOT_A_TASK_CONTEXT.test(clause.slice(0, m.index))) continue;
      // "Förskolecheferna informerar vårdnadshavarna senast i dag kl. 12" is a task; "informerar om
      // rekryteringsläget inför sommaren" tells the meeting: these verbs need a time to be met
      // ("TA informerar förvaltningarnas controllers om konteringen" informs others: a task all the same)
      // ("E påminner underentreprenörerna om arbetstiderna" reminds others: a task too)
      if (NEEDS_DUE.has(verb) && !DUE_AHEAD.test(clause) && !((verb === 'informerar' || verb === 'påminner') && informsOthers(clause.slice(m.index + m[0].length)))) continue;
      // "Länsstyrelsen begär att nämnden senast den 15 maj redovisar": a request to someone else,
      // the one who asks does nothing ("begär in yttranden" fetches them: a task)
      if (verb === 'begär' && /^\s+att\s/iu.test(clause.slice(m.index + m[0].length))) continue;
      // "Kommunal lämnar en protokollsanteckning": put on record at the meeting, no task
      if (verb === 'lämnar' && FOR_THE_RECORD.test(clause.slice(m.index + m[0].length))) continue;
      // "VD tecknar firman ensam": who may sign for the company, no task
      if (verb === 'tecknar' && /^\s+firman(?![\p{L}])/iu.test(clause.slice(m.index + m[0].length))) continue;
      const owners = subjectOwners(clause, m.index, ctx);
      // "Valsamordnaren redovisar budgeten": a presentation at this meeting, not a task
      if (PRESENTING.has(verb) && !AHEAD.test(clause) && !(owners.length && owners.every((o) => ownerKind(o, ctx) === 'group'))) continue;
      hits.push({ owners, index: m.index, verb: m[0] });
    }
    for (const m of clause.matchAll(SPLIT_PARTICLE)) {
      if (!hits.some((h) => h.index === m.index)) hits.push({ owners: ownersEndingAt(subjectSpan(clause, m.index), ctx, MODAL_TAIL), index: m.index, verb: m[0] });
    }
    return hits;
  },
  examples: [
    // "gör" with a task's noun, with its article or in its definite form
    { text: 'Mia gör affischen, klar senast vecka 14.', expected: ['Mia'] },
    // adverbs between the subject and its verb, with or without a modal
    { text: 'Kommunchefen redan nu tar kontakt med Lillfors kommun.', expected: ['Kommunchefen'] },
    // what another has proposed is no one's task here
    { text: 'Lillfors kommun har föreslagit att de båda kommunerna utreder en gemensam växel.', expected: [] },
    // what one tells the meeting is happening is no task ("informerar om att centralen flyttar")
    { text: 'Hanna Fager informerar om att hjälpmedelscentralen flyttar till nya lokaler under vecka 43.', expected: [] },

    { text: 'MS och LT gör en städbeskrivning och en tidsberäkning.', expected: ['MS', 'LT'] },
    { text: 'MF och ZA tar senast den 30 juni fram en handlingsplan.', expected: ['MF', 'ZA'] },
    { text: 'Mia och Kalle gör en budget i slutet av mars.', expected: ['Mia', 'Kalle'] },
    { text: 'Förvaltningen gör bedömningen att risken är låg.', expected: [] },
    // a week number ahead makes a presenting verb a task; one behind ("från v. 12") does not
    { text: 'Erik redovisar resultatet av vägningen v. 12.', expected: ['Erik'] },
    { text: 'Erik redovisar resultatet från v. 12.', expected: [] },
    { text: 'Britt-Marie och Tove gör nya skyltar till avfallsstationen i matsalen.', expected: ['Britt-Marie', 'Tove'] },
    { text: 'Länsstyrelsen begär att nämnden senast den 15 maj 2026 redovisar vilka åtgärder som har vidtagits.', expected: [] },
    { text: 'Kommunal lämnar en protokollsanteckning.', expected: [] },
    { text: 'HR-konsulten svarar Vision skriftligt senast fredag.', expected: ['HR-konsulten'] },
    { text: 'Ordföranden svarar att frågan utreds.', expected: [] },
    { text: 'Demokratiberedningen lämnar en muntlig lägesrapport inför fullmäktige den 15 juni.', expected: ['Demokratiberedningen'] },
    { text: 'Kontaktpersonerna för respektive brukare går igenom genomförandeplanerna och uppdaterar dem i slutet av månaden.', expected: ['Kontaktpersonerna för respektive brukare'] },
    // (both verbs, "utser" and "meddelar", find the group; never the clause up to "kontaktperson")
    { text: 'Varje förvaltning utser en kontaktperson för informationssäkerhet och meddelar Aylin senast 15/5.', expected: ['Varje förvaltning', 'Varje förvaltning'] },
    { text: 'Förvaltningen gör bedömningen att lokalerna räcker.', expected: [] },
    { text: 'HR-chef får i uppdrag att gå ut med internannons.', expected: ['HR-chef'] },
    { text: 'Kultur- och fritidsdirektören får i uppdrag att ta fram en plan.', expected: ['Kultur- och fritidsdirektören'] },
    { text: 'Tekniska förvaltningen tar fram en kostnadskalkyl.', expected: ['Tekniska förvaltningen'] },
    { text: 'Fastighetsavdelningen på samhällsbyggnadsförvaltningen åtgärdar ventilationen.', expected: ['Fastighetsavdelningen på samhällsbyggnadsförvaltningen'] },
    { text: 'Kansliet bereder ärendet till nästa sammanträde.', expected: ['Kansliet'] },
    { text: 'Skiftledarna ansvarar för att checklistan följs.', expected: ['Skiftledarna'] },
    { text: 'Varje enhetschef inom hemtjänsten ansvarar för att brukarna får information.', expected: ['Varje enhetschef inom hemtjänsten'] },
    { text: 'Erik gör en felanmälan till fastighetsavdelningen.', expected: ['Erik'] },
    { text: 'Frågan om låsbrickor kvarstår – Sara har inte fått svar från fastighetsförvaltningen och återkommer till nästa APT.', expected: ['Sara'] },
    { text: 'Förbundsrektorn tillställer direktionen en redovisning av intagningen senast den 10 juli.', expected: ['Förbundsrektorn'] },
    { text: 'Åtgärd: HD för en dialog med leverantören om en reviderad leveransplan.', expected: ['HD'] },
    { text: 'Lärarförbundet tar upp frågan i sin styrelse.', expected: ['Lärarförbundet'] },
    { text: 'Kommunal tar upp frågan om hög sjukfrånvaro inom kosten.', expected: [] },
    { text: 'Byggnadsinspektören har att tillse att föreläggandet efterkommes.', expected: ['Byggnadsinspektören'] },
    { text: 'Löneenheten registrerar de förordnade röstmottagarna i lönesystemet senast vecka 34.', expected: ['Löneenheten'] },
    { text: 'Kundservice informerar samtliga fjärrvärmekunder om prisändringen senast den 30 november.', expected: ['Kundservice'] },
    { text: 'Ledamöterna från respektive kommun ansvarar för att kontakta föreningarna före jul.', expected: ['Ledamöterna från respektive kommun'] },
    { text: 'Ordföranden tar upp frågan om en gemensam utbildningsdag för direktionen i höst.', expected: [] },
    { text: 'Eva tar upp det med kommunstyrelsens presidium.', expected: ['Eva'] },
    { text: 'Kommunal och Vision utser var sin representant till arbetsgruppen före sommaren.', expected: ['Kommunal', 'Vision'] },
    { text: 'Nämnden utser Anna Berg till ersättare i styrgruppen.', expected: [] },
    { text: 'Enhetscheferna på boendena anmäler sina ombud till Tove senast 5/2.', expected: ['Enhetscheferna på boendena'] },
    { text: 'JÅ arbetar in tillägget i förslaget.', expected: ['JÅ'] },
    { text: 'Fältgruppen i samverkan med polisen genomför trygghetsvandringar i maj.', expected: ['Fältgruppen'] },
    { text: 'Arbetsgruppen, som leds av Lisa Holm, återkommer i september.', expected: ['Arbetsgruppen'] },
    { text: 'En arbetsgrupp med Gunnar (PRO), Siv (SPF Seniorerna) och Rolf (SKPF) tar fram ett utkast till yttrande.', expected: ['Gunnar', 'Siv', 'Rolf'] },
    { text: 'Förskolecheferna informerar vårdnadshavarna via appen, senast i dag kl. 12.', expected: ['Förskolecheferna'] },
    { text: 'PS informerar om läget på skolorna.', expected: [] },
    { text: 'Styrelsen beslutade att VD därutöver tecknar firman ensam i den löpande förvaltningen.', expected: [] },
    { text: 'Förvaltningschef Karin Eklöf informerar om rekryteringsläget inför sommaren.', expected: [] },
    { text: 'SW informerar om flytten i alla kanaler före kl. 13.', expected: ['SW'] },
    { text: 'TA informerar förvaltningarnas controllers om konteringen.', expected: ['TA'] },
    { text: 'OA informerar AR, som inte var med, om det nya arbetssättet.', expected: ['OA'] },
    { text: 'Förvaltningschefen informerar nämnden om läget.', expected: [] },
    { text: 'Jessica informerade om att Länstrafiken byter hållplatsskyltar under våren.', expected: [] },
    { text: 'Platschefen påminner underentreprenörerna om de avtalade arbetstiderna.', expected: ['Platschefen'] },
    { text: 'Ordföranden påminner om att motionerna ska lämnas in.', expected: [] },
    { text: 'Alla funktionsansvariga meddelar namn på ersättare till MD senast kl. 12 i morgon.', expected: ['Alla funktionsansvariga'] },
    { text: 'KL tar upp frågan om personalparkering med fastighetsavdelningen.', expected: ['KL'] },
    { text: 'Alla i rådet sprider informationen i sina organisationer.', expected: ['Alla i rådet'] },
    { text: 'Polisen bidrar med brottsstatistik för 2024 senast den 15 maj.', expected: ['Polisen'] },
    { text: 'Rektorerna F–6 lämnar sina analyser till KE senast 1/11.', expected: ['Rektorerna F–6'] },
    { text: 'Karin och Olof Berglund föreläggs att ta bort förrådet senast den 1 mars 2026.', expected: ['Karin Berglund', 'Olof Berglund'] },
    { text: 'Jonas lägger sedan in passen i Timecare.', expected: ['Jonas'] },
    { text: 'Mehmet och Sara gör en riskbedömning av de nya rengöringsmedlen före den 7 mars.', expected: ['Mehmet', 'Sara'] },
    { text: 'Inspektionen för vård och omsorg (IVO) gör en inspektion på Lindgården den 12 juni.', expected: [] },
    { text: 'Specialpedagogen gör en pedagogisk kartläggning inom två veckor.', expected: ['Specialpedagogen'] },
    { text: 'Rektor gör en orosanmälan till socialtjänsten.', expected: ['Rektor'] },
    { text: 'Jonna gör ett nytt stängningsschema till nästa personalmöte.', expected: ['Jonna'] },
    { text: 'Andre vice ordföranden tar kontakt med gymnasieskolorna.', expected: ['Andre vice ordföranden'] },
    { text: 'Vice ordföranden gör, tillsammans med museichefen, en polisanmälan inom två veckor.', expected: ['Vice ordföranden'] },
    { text: 'Jonas Ahl presenterar förslaget på nästa möte.', expected: [] },
    { text: 'Rönnåsens IF håller i valborgsbrasan vid idrottsplatsen.', expected: ['Rönnåsens IF'] },
    { text: 'Aho Redovisning och Furulunda Camping & Stugby sköter nomineringarna.', expected: ['Aho Redovisning', 'Furulunda Camping & Stugby'] },
    { text: 'Kommunen ställer ut två containrar vid bygdegården den helgen.', expected: ['Kommunen'] },
    { text: 'Lönecentrum tar fram en rutin för avvikelser.', expected: ['Lönecentrum'] },
    { text: 'Nadia (SOF) och Peter (KFF) tar fram ett upplägg för en utbildningsdag.', expected: ['Nadia', 'Peter'] },
    { text: 'Maj-Lis Berg (vpk) frågar hur lång väntetiden är till första besök.', expected: [] },
    { text: 'Vuxenutbildningen undersöker möjligheten att kombinera SFI med yrkesutbildning.', expected: ['Vuxenutbildningen'] },
    { text: 'Stefan och Linda bekräftar antalet till Ingrid senast vecka 47.', expected: ['Stefan', 'Linda'] },
    { text: 'Företagen anmäler sina handledare till Peter senast fredagen den 12 december.', expected: ['Företagen'] },
    { text: 'Kurator och mentorerna i 8A och 8B håller samtal i klasserna under vecka 39.', expected: ['Kurator', 'mentorerna i 8A och 8B'] },
    { text: 'Lisa gör en genomgång av budgeten.', expected: [] },
    { text: 'Ämneslärarna i matematik och engelska lämnar underlag till specialpedagogen senast fredag.', expected: ['Ämneslärarna i matematik och engelska'] },
    { text: 'Arbetsutskottet beslutar att återremittera ärendet till kommunledningskontoret, som får i uppdrag att komplettera underlaget.', expected: ['kommunledningskontoret'] },
    { text: 'Föreningen svarar för renhållning och avspärrningar.', expected: ['Föreningen'] },
    { text: 'Prognosen visar ett underskott på 6,8 mnkr, varav vård- och omsorgsnämnden svarar för 9,2 mnkr.', expected: [] },
    { text: 'Verksamheten (NF och OL) lämnar granskningssynpunkter till FS senast 14/3.', expected: ['NF', 'OL'] },
    { text: 'Omar ringer leverantören.', expected: ['Omar'] },
    { text: 'Lisa redovisar analysen i slutet av maj.', expected: ['Lisa'] },
    { text: 'AB redovisar till nämnden under första kvartalet 2026.', expected: ['AB'] },
    { text: 'Ingrid hade inte siffrorna med sig men återkommer med dem till nästa möte.', expected: ['Ingrid'] },
    { text: 'Per Holm och Lisa Ek träffar skolan och återkopplar därefter.', expected: ['Per Holm', 'Lisa Ek'] },
    { text: 'Rektorerna påminns om att lämna in sina analyser senast fredag.', expected: ['Rektorerna'] },
    { text: 'Gun-Britt lovade att ta upp frågan med kollektivtrafiknämnden under hösten.', expected: ['Gun-Britt'] },
    { text: 'Stabschef, verksamhetschefer samt verksamhetscontroller sammanställer en presentation.', expected: ['Stabschef', 'verksamhetschefer', 'verksamhetscontroller'] },
    { text: 'Parallellt ska verksamhetscheferna ta fram en plan.', expected: ['verksamhetscheferna'] },
    { text: 'Avtalet löper ut i december och förvaltningen ska därför ta fram ett nytt förslag.', expected: ['förvaltningen'] },
    { text: 'Förvaltningen ska inte ta fram något nytt förslag.', expected: [] },
    { text: 'Bygg- och projektledaren tar tillsammans med kultur- och fritidschefen fram en tidplan.', expected: ['Bygg- och projektledaren'] },
    { text: 'Sekreteraren fick i uppdrag att till nästa sammanträde ta fram ett förslag.', expected: ['Sekreteraren'] },
    { text: 'Byggnadsinspektören uppdrogs att underrätta fastighetsägaren.', expected: ['Byggnadsinspektören'] },
    { text: 'Förvaltningen uppdrar åt nämnderna att upprätta internbudgetar.', expected: [] },
    { text: 'HR-chef presenterar rutinen.', expected: [] },
    { text: 'Plan- och bygglovschefen Martin Sundqvist redovisar handläggningstiderna för första kvartalet.', expected: [] },
    { text: 'Ekonomichefen redovisar en ny prognos vid nämndens sammanträde i oktober.', expected: ['Ekonomichefen'] },
    { text: 'Lisa går igenom resultatet av skyddsronden.', expected: [] },
    { text: 'Ljungå IK ansöker om investeringsbidrag med 120 000 kronor för ny belysning.', expected: [] },
    { text: 'Rektor ansöker om statsbidraget senast den 1 mars.', expected: ['Rektor'] },
    { text: 'Varje enhet går igenom sina kostnader.', expected: ['Varje enhet'] },
    { text: 'Varje huvudman skickar senast den 15 maj sin plan för sommarbemanningen till närvårdssamordnaren.', expected: ['Varje huvudman'] },
    { text: 'Ordföranden tar upp att nämndens budgetdag den 7 april krockar med kommunstyrelsens budgetberedning.', expected: [] },
    { text: 'Lisa Ek har lämnat in en motion där hon föreslår att kommunen tar fram en plan för solceller.', expected: [] },
    { text: 'Rådet önskar att kommunen bjuder in till en hearing under hösten.', expected: [] },
    { text: 'Enhetschef Annika Fors redovisar läget per den 30 september 2019.', expected: [] },
    { text: 'Arbetsgivaren åtar sig att genomföra risk- och konsekvensanalysen innan beslut fattas.', expected: ['Arbetsgivaren'] },
    { text: 'Ordföranden överlämnar revisionsberättelsen till kommunfullmäktiges presidium senast den 25 april.', expected: ['Ordföranden'] },
    { text: 'Åtgärdslistan uppdateras, vilket HF slutför till nästa möte.', expected: ['HF'] },
    { text: 'Det bestämdes att alla handledare som inte gått utbildningen anmäler sig senast den 25 mars.', expected: ['alla handledare'] },
  ],
};
