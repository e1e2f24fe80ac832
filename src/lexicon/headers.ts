/**
 * The words of a minutes document's frame: its header labels, attendance lists, document types,
 * item codes and table column headers.
 */

import { MONTHS, SEASONS, WEEKDAYS } from './dates.js';
import { alternation } from './pattern.js';

/** Labels that open a list of people, and the attendance they mean. */
export const ATTENDANCE_LABELS: { pattern: RegExp; attendance: 'present' | 'absent' | 'guest' }[] = [
  { pattern: /^(?:närvarande|närv\.?|deltagare|med|med på mötet|med på träffen|på mötet|närvarande på mötet|närvarande ledamöter|beslutande|ledamöter|tjänstgörande ersättare|tjänstgörande ledamöter|deltagande|närvarande från arbetsgivaren|arbetsgivarrepresentanter|arbetstagarrepresentanter|arbetsgivarens företrädare|arbetstagarnas företrädare|arbetstagarorganisationernas företrädare|fackliga företrädare|arbetsgivare|arbetstagare|arbetsgivaren|arbetstagarna|arbetsgivarsidan|arbetstagarsidan|för arbetsgivaren|för arbetstagarna|arbetstagarorganisationerna|fackliga organisationer|fackliga representanter|närvarande fackliga|närvarande (?:revisorer|ersättare|suppleanter|suppleant|tjänstemän|tjänstepersoner|från förvaltningen)|sakkunniga biträden|sakkunnigt biträde|ersättare|tjänstepersoner)$/i, attendance: 'present' },
  { pattern: /^(?:frånvarande|frånv\.?|ej närvarande|förhinder|anmält förhinder|frånvarande ledamöter|ej tjänstgörande ersättare|inte med|ej med|inte med på mötet|kunde inte komma|borta|ej på mötet|inte på mötet|lediga|sjuka)$/i, attendance: 'absent' },
  { pattern: /^(?:gäster|gäst|inbjudna|under punkt \d+(?:\s*[–-]\s*\d+)?|adjungerade|adjungerad|övriga närvarande|övriga deltagare|övriga deltagande|övriga|föredragande|inbjuden|inbjudna gäster|övriga närvarande tjänstemän|tjänstemän)$/i, attendance: 'guest' },
];

/**
 * The columns of a participant table ("Namn | Parti | Uppdrag | Tjänstgöring", "Namn |
 * Företräder", "Ledamot | Funktion | Närvaro"): the first is the person's name, the others what
 * the table tells about them.
 */
export const PARTICIPANT_TABLE_COLUMNS = {
  // ("Namn, funktion": the name with its role after a comma, as a participant list writes it)
  name: /^(?:namn|ledamot|ledamöter|deltagare|närvarande|person|ledamot\/ersättare|namn,? (?:och )?(?:funktion|roll|titel|befattning)|namn\/(?:funktion|roll|titel))$/i,
  role: /^(?:roll|funktion|titel|befattning|uppdrag|uppdrag i nämnden|befattning\/roll)$/i,
  party: /^(?:parti|partibeteckning)$/i,
  // ("Kod": a byggmöte's code of each party, BH, E, A, which its action column uses; "Kort": a
  // stab's short form of each member, KA, HS)
  initials: /^(?:initialer|initial|init\.?|sign\.?|signatur|förkortning|förk\.?|kod|kort|kortnamn|kortform)$/i,
  attendance: /^(?:närvaro|närvarande|närv\.?|tjänstgöring|tjänstgör|deltog|deltar)$/i,
  // what the person represents: an organisation, a förvaltning (no role of their own)
  side: /^(?:företräder|representerar|organisation|förening|förvaltning|enhet|verksamhet|kommun|parti\/organisation|part|företag)$/i,
};

/** The titles of what follows a minutes header: the agenda, the items, the annexes ("Dagordning"). */
export const AGENDA_LIST_TITLES = /^(?:dagordning|föredragningslista|ärendelista|ärenden|innehåll|bilagor|agenda|program)$/iu;

/** An attendance cell that says the person was not there. */
export const ABSENT_CELL = /^(?:frånvarande|frånv\.?|ej närvarande|nej|anmält förhinder|förhinder|ej tjänstgörande(?: ersättare)?|-|–|—)$/i;

/**
 * Older protocols name the role before the person, in one running sentence: "Närvarande:
 * ordföranden, fabrikör Nils Ahlgren, vice ordföranden Einar Blom, ledamöterna fru Margit Sahlin,
 * lokförare Gunnar Lind … samt suppleanten Olle Björk, tjänstgörande för Arvid Sundin". These are
 * that sentence's words. A plural role ("ledamöterna") holds for the names after it; its singular
 * is the role of each.
 */
export const PLURAL_ROLES: Record<string, string> = {
  ledamöterna: 'ledamot', ledamöter: 'ledamot', suppleanterna: 'suppleant', ersättarna: 'ersättare', revisorerna: 'revisor', tjänstemännen: 'tjänsteman', tjänstemän: 'tjänsteman',
};
/**
 * Whom the person before served for, or whether they served: "tjänstgörande för ledamoten Sven
 * Öhman", "ej tjänstgörande". The one named is not there.
 */
export const SERVING_FOR = /^(?:tjänstgörande|ej tjänstgörande|inte tjänstgörande|i stället för|ersättare för)(?![\p{L}])/iu;
/** A second role of the person before ("tillika sekreterare", "såsom sekreterare"), or of the one it names ("tillika suppleanten Bertil Åhman"). */
export const ALSO_ROLE = /^(?:tillika|såsom|jämte)\s+/iu;
/** The titles of address before a name: "fru Elsa Nyberg", "herr Gunnar Lind" */
export const HONORIFICS = ['fru', 'herr', 'hr', 'hr.', 'fröken', 'frk', 'frk.', 'doktor', 'dr', 'dr.'];
/**
 * "Dessutom närvoro stadskamreraren Tage Wiklund …", "Dessutom närvarade kommunalkamreren …": the
 * officials and guests after the members, in the same running sentence or the next
 */
export const BESIDES_PRESENT = /^(?:dessutom|därjämte|vidare|även|jämväl)\s+(?:närvoro|närvarade|närvarande|deltog|var\s+närvarande|voro\s+närvarande)(?:\s*:)?\s+/iu;

/** Meeting header labels ("Lokal: Johans kontor", "Tid: 9.00-15.30"). */
export const HEADER_LABELS = {
  location: /^(?:lokal|plats|mötesplats|sammanträdesplats|plats och tid|var)$/i,
  time: /^(?:tid|klockslag|klockan|mötestid|tidpunkt|tid och plats|(?:datum|dag|tid) och (?:tid|datum|dag)|(?:datum|dag)\s?[,/]\s?tid)$/i,
  // ("Datum och tid: 2026-03-25, kl. 09.00", "Dag/tid:": the meeting's own date, before one in a
  // title naming the meeting prepared for, "Ärendeberedning inför miljönämnden 21 april 2026")
  date: /^(?:datum|mötesdatum|sammanträdesdatum|sammanträdesdag|mötesdag|dag|(?:datum|dag|tid) och (?:tid|datum|dag|plats)|(?:datum|dag)\s?[,/]\s?tid)$/i,
  secretary: /^(?:sekreterare|protokollförare|antecknare|vid protokollet|anteckningar|antecknat av|protokollet fördes av)$/i,
  convener: /^(?:sammankallande|ordförande|mötesledare)$/i,
};

/**
 * The labels of an e-mail's head, as Outlook writes them in Swedish and in English ("Från:",
 * "Skickat:", "Ämne:"): minutes sent as a letter. `sent` labels the time it was sent, no meeting's.
 */
export const MAIL_LABELS = {
  any: /^(?:från|skickat|till|kopia|ämne|from|sent|to|cc|subject)$/i,
  sent: /^(?:skickat|sent)$/i,
  subject: /^(?:ämne|subject)$/i,
  /** who wrote the letter */
  sender: /^(?:från|from)$/i,
  /** whom it went to */
  recipients: /^(?:till|kopia|to|cc)$/i,
};

/** "i tisdags", "i fredags": the last such weekday before now ("Vi sågs i tisdags" in a letter); group 1 the weekday */
export const PAST_WEEKDAY = new RegExp(`(?<![\\p{L}])i\\s+(${alternation(Object.keys(WEEKDAYS).filter((w) => w.endsWith('dag')))})s(?![\\p{L}])`, 'iu');

/** Document types, from the words that name them. */
export const DOCUMENT_TYPES: { pattern: RegExp; type: 'protokoll' | 'minnesanteckningar' }[] = [
  { pattern: /\bminnesanteckning(?:ar|en|arna)?\b|\bmötesanteckning(?:ar)?\b|\banteckningar\b/i, type: 'minnesanteckningar' },
  { pattern: /\bprotokoll(?:et)?\b|\bsammanträdesprotokoll\b|\bmötesprotokoll\b/i, type: 'protokoll' },
];

/** The labels minutes are signed under ("Vid pennan: Sara Lindgren", "Justeras:"): no item's title. */
export const SIGNATURE_LABELS = /^(?:vid protokollet|vid pennan|vid anteckningarna|vid tangentbordet|antecknat av|antecknad av|justeras|justerat|justerare|protokollförare|sekreterare|ordförande|underskrifter)$/iu;

/** Organisations: a word ending in "-förvaltningen", "X kommun", "-nämnden" as the issuer. */
export const ORGANISATION_PATTERN = /^(?:[\p{Lu}][\p{L}-]*(?:\s+och\s+[\p{L}-]+)?förvaltningen|[\p{Lu}][\p{L}-]* kommun|Region [\p{Lu}][\p{L}]+|[\p{Lu}][\p{L}-]*(?:- och [\p{L}]+)?förvaltningen)$/u;

/** The meeting's group: words that name a body that meets. */
export const BODY_PATTERN = /(?<![\p{L}-])(?:[\p{L}-]*ledningsgrupp(?:en|smöte)?|[\p{L}-]*nämnd(?:en)?|styrelse(?:n|möte)?|samverkansgrupp(?:en)?|samordningsgrupp(?:en)?|[\p{L}-]*arbetsgrupp(?:en)?|[\p{L}-]*beredning(?:en)?|[\p{L}-]*utskott(?:et)?|kommunfullmäktige|kommunstyrelsen|referensgrupp(?:en|smöte)?|styrgrupp(?:en|smöte)?|[\p{L}-]*projektgrupp(?:en|smöte)?|förvaltningsledning(?:en)?|chefsgrupp(?:en)?|[\p{L}-]*direktion(?:en)?|[\p{L}-]*(?:pensionärs|funktionshinder|tillgänglighets|folkhälso|ungdoms|integrations|brottsförebyggande\s|handikapp)råd(?:et)?|arbetsplatsträff|revisorerna|kommunrevisionen|[\p{L}-]*stämma(?:n)?|APT|FLG|FSG|LSG|LG)(?![\p{L}])/iu;

/** Agenda item type codes: "I/D/B" after an item title. */
export const ITEM_TYPE_CODES: Record<string, 'information' | 'diskussion' | 'beslut'> = {
  I: 'information', D: 'diskussion', B: 'beslut',
};

/** What a column of a minutes table holds. */
export type TableColumnRole = 'number' | 'title' | 'notes' | 'action' | 'owner' | 'deadline' | 'status' | 'delegate';

/**
 * Minutes-table column headers and the role each column plays, by meaning: the item's number
 * ("Nr", "#", "§"), its title ("Rubrik", "Ärende", "Fråga", "Ämne"), what was said ("Diskussion",
 * "Anteckning", "Kommentar", "Ärende/dialog"), what is to be done or was decided ("Beslut",
 * "Åtgärd", "Att göra", "Aktivitet", "Vad"), who does it ("Ansvarig", "Ansv", "Vem", "Ägare"), by
 * when ("Klart senast", "Datum", "När", "Deadline"), how it stands ("Status") and, in a list of
 * delegation decisions, who took each ("Delegat"). Matched against a
 * header cell, lower-cased, with spaces around "/" removed ("Åtgärd/ beslut" -> "åtgärd/beslut");
 * the first entry that matches wins, so whole-cell words come before the words a cell contains.
 * "Punkt" names a column of numbers in one table and of titles in another, and "Ärende" a column
 * of titles or of discussion: the cells decide (src/segment/table-roles.ts).
 */
export const COLUMN_ROLES: { pattern: RegExp; role: TableColumnRole }[] = [
  { pattern: /^(?:nr|nr\.|nummer|punkt|pkt|§|paragraf|#|ärendenr|ärende nr|punkt nr|ref|avser punkt|från punkt|punkt i protokollet|dnr|dnr\.|diarienr|diarienummer|id|risk-id|risk id|löpnr|löpnummer)$/, role: 'number' },
  { pattern: /^(?:rubrik|rubriker|ärende|ärenden|punkt\/ärende|dagordning|dagordningspunkt|fråga|frågor|ämne|ämnen|agendapunkt|område|rubrik\/ärende|frågeställning|tema|delprojekt|projekt|delområde|arbetsområde|objekt|fokusområde|risk|risker|riskområde|identifierad risk|avvikelse|verksamhet\/fastighet|fastighet|fastighetsbeteckning|sökande|adress|synpunkt|synpunkter|inkommen synpunkt|inkomna synpunkter)$/, role: 'title' },
  // who took each decision of a list of delegation decisions ("Dnr | Ärende | Beslut | Delegat | Datum"):
  // the rows report decisions taken elsewhere, not tasks or items of the meeting
  { pattern: /^(?:delegat|delegater|delegat\/beslutsfattare|beslutsfattare|beslutad av|beslutat av|beslut fattat av|fattat av)$/, role: 'delegate' },
  // "Vem/När", "Ansvarig/Klart": an owner column that dates its entries too ("KE, v. 38"); a case
  // list's "Sign" or "Handläggare": whose case it is
  { pattern: /^(?:ansvarig|ansvariga|ansv\.?|vem|vem\?|ansvarig person|ägare|utförare|utförs av|görs av|vem gör|vem gör vad|ansvarig revisor|ansvarig handläggare|ansvarig chef|ansvarig funktion|ansvarig enhet|ansvarig förvaltning|ansvarig part|ansvarig aktör|ansvarig roll|ansvarig verksamhet|ansvarig organisation|kontaktperson|ansvar|huvudansvar|huvudansvarig|vem\/när|ansvarig\/klart|ansvarig\/när|ansvarig\/datum|ansv\/klart|ansvarig\/klart senast|ansv\/datum|vem\/datum|hanteras av|handläggs av|vem ansvarar|ansvarar|sign|sign\.|handläggare|handl\.)$/, role: 'owner' },
  { pattern: /^(?:klart senast|klar senast|senast|deadline|åtgärdas|åtgärdas när|åtgärdat senast|klart till|klart datum|datum|när|när\?|klart|klar|vecka|v\.|v|klart vecka|klar vecka|klart v\.?|klar v\.?|klart \(v\.?\)|tidplan|tidpunkt|tid|klart när|datum\/tid|tidsplan|färdigdatum|slutdatum|åtgärdas senast|uppföljning|färdigt|färdig|återrapport|återrapportering|när\/datum|beslutsdatum|datum för beslut)$/, role: 'deadline' },
  // a risk register's assessment columns say how things stand, not who or when
  // and whether it is done ("Klart?" over ticks: "✓", "Pågår")
  // ("ID | Risk | S | K | Åtgärd | Ansvarig | Klar senast": S and K are sannolikhet and konsekvens)
  { pattern: /^(?:status|läge|lägesrapport|status\/kommentar|utfall|bedömning|riskbedömning|risknivå|nivå|sannolikhet|konsekvens|s|k|s×k|sxk|s\*k|riskvärde|risktal|allvarlighetsgrad|prioritet|prio|klart\?|klar\?|utfört\??|utförd\??|gjort\??|åtgärdat\??|avklarat\??|avbockat|ok\??)$/, role: 'status' },
  // a fault report's columns ("Ärende | Inkom | Plats | Fel | Ansv. | Åtgärdas"): the fault is what is
  // to be put right, when it came in says no more of it (and "Plats" is left unknown: "Datum | Tid |
  // Plats | Antecknare" is a header's table)
  // (and a case list's "Kompl.": the day the application was complete)
  { pattern: /^(?:inkom|inkommen|inkommet|inkomdatum|anmäld|anmält|anmälningsdatum|datum inkommen|kompl\.?|komplett|komplett datum|komplett ansökan|kompletta)$/, role: 'status' },
  { pattern: /^(?:vad|vad\?|vad ska göras|fel|felet|felbeskrivning|brist|brister|vad ska göras\?|vad görs|uppgift|uppgifter|granskning|granskningar|att göra|todo|to do|nästa steg|fortsatt arbete|vidare hantering|hantering|åtgärd|åtgärder)$/, role: 'action' },
  { pattern: /(?:åtgärd|beslut|att göra|uppdrag|aktivitet)/, role: 'action' },
  { pattern: /(?:ärende|dialog|anteckning|diskussion|kommentar|information|beskrivning|notering|redovisning|bakgrund|sammanfattning|protokollsanteckning)/, role: 'notes' },
];

/** A header cell's words as COLUMN_ROLES reads them: lower case, "Åtgärd/ beslut" -> "åtgärd/beslut". */
export function columnKey(header: string): string {
  return header.toLowerCase().replace(/\s*\/\s*/g, '/').replace(/[:.]$/, '').replace(/\s+/g, ' ').trim();
}

/**
 * What a Klart/När column says besides a date: "Löpande", "Snarast", "Nästa möte", "till nästa
 * styrgruppsmöte".
 */
export const DATE_CELL_WORDS = /^(?:löpande|pågående|klart|klar|snarast|omgående|omg|asap|fortlöpande|kontinuerligt|(?:till |inför |före |senast |vid )?nästa [\p{L}-]*(?:möte|sammanträde|träff)t?)\.?$/iu;

const MONTH_WORD = alternation(Object.keys(MONTHS));
const WEEKDAY_WORD = alternation(Object.keys(WEEKDAYS));
const SEASON_WORD = alternation(Object.keys(SEASONS));
/** The dates a Klart column holds, one to a cell ("2025-10-31", "14/10", "v. 45", "Q4 2025", "juni", "Före årsskiftet"). */
const DATE_FORMS = [
  '\\d{4}-\\d{2}-\\d{2}',
  '\\d{1,2}\\s?/\\s?\\d{1,2}(?:[-/]\\d{2,4})?',
  `(?:den\\s+)?\\d{1,2}(?:\\s+|\\.\\s*)(?:${MONTH_WORD})\\.?(?:\\s+\\d{4})?`,
  `(?:${MONTH_WORD})\\.?(?:\\s+\\d{4})?`,
  '(?:v|v\\.|vecka|veckan|w|w\\.)\\s*\\d{1,2}(?:\\s*[-–]\\s*\\d{1,2})?(?:\\s+\\d{4})?',
  '(?:q|kv|kvartal|tertial)\\s*[1-4](?:\\s+\\d{4})?',
  `(?:${SEASON_WORD})(?:\\s+\\d{4})?`,
  '(?:jul|julen|påsk|påsken|midsommar|årsskiftet|nyår|sommaruppehållet|sommarlovet|jullovet|sportlovet|höstlovet)',
  `(?:${WEEKDAY_WORD})(?:\\s+\\d{1,2}\\s?/\\s?\\d{1,2}|\\s+(?:den\\s+)?\\d{1,2}\\s+(?:${MONTH_WORD}))?`,
  '(?:inom|om)\\s+(?:en|ett|två|tre|fyra|fem|sex|\\d{1,2})\\s+(?:dag|dagar|vecka|veckor|v\\.|v|månad|månader|mån\\.)',
  '(?:nästa|kommande)\\s+(?:vecka|månad)',
  '(?:19|20)\\d{2}',
].join('|');
const DATE_CELL = new RegExp(`^(?:(?:senast|före|innan|till|under|inför|i|klart|klar|efter|vid|i slutet av|i början av|i mitten av|slutet av|början av)\\s+)?(?:${DATE_FORMS})\\.?$`, 'iu');

/** A Klart cell that says the row was done, and when: "Klart 31/1", "Åtgärdat 3/2", "Stängd 2026-03-02". */
export const DONE_ON_CELL = /^(?:klart|klar|utfört|utförd|åtgärdat|åtgärdad|avslutat|avslutad|stängd|stängt|gjort)(?![\p{L}])[\s,:]*(?:den\s+)?\d/iu;

/**
 * A Status cell that says the row is done ("Klar", "Stängd", "Utförd 12/2", a tick in a "Klart?"
 * column): a running log's rows from earlier meetings that leave no task.
 */
// ("Klart ✓", "✓ Klart", "Genomförd 28/8": a mark beside the word, or a date)
export const DONE_STATUS = /^(?:[✓✔☑]\s*)?(?:klar|klart|utförd|utfört|genomförd|genomfört|avslutad|avslutat|stängd|stängt|åtgärdad|åtgärdat|avklarad|avklarat|gjord|gjort|levererad|levererat|ja|ok|x|✓|✔|☑)(?:\s*[✓✔☑])?(?:[\s,:]+(?:den\s+)?\d[\d\s./-]*)?[.!]?$/iu;

/**
 * Whether a table cell holds a date and little else: what the cells of a Klart senast column look
 * like where a table has no header to say so, or where a flattened table's cells find their column.
 */
export function isDateCell(cell: string): boolean {
  const text = cell.trim().replace(/\s+/g, ' ');
  return text.length > 0 && text.length <= 40 && (DATE_CELL_WORDS.test(text) || DATE_CELL.test(text));
}

/** A column whose cells are the meeting's decisions ("Beslut", "Beslut/ställningstagande"), not tasks to do. */
export const DECISION_COLUMN = /^(?:beslut|beslut\/ställningstagande|beslutat|beslutades|styrgruppens beslut|beslut i gruppen|fattade beslut)$/;

/** Headings of a closing list of the tasks the items set ("Uppföljningslista", "Att göra-lista", "Åtgärdslista"). */
export const TASK_LIST_TITLES = /^(?:uppföljningslista|uppföljning av åtgärder|att göra(?:-lista)?|att-göra-lista|åtgärdslista|åtgärder|beslutslogg|uppdragslista|aktivitetslista|sammanställning(?: av (?:åtgärder|uppdrag|beslut))?|sammanfattning av uppdrag|uppgifter|(?:att göra |uppgifter |uppdrag )?(?:till|inför) nästa (?:gång|möte|träff|[\p{L}-]+)|(?:åtgärdslista|uppdragslista|uppföljningslista|att göra) (?:efter|från) [^:]{2,40})\s*:?$/iu;

/**
 * "Åtgärd – Ansvarig – Tid", "Vad | Vem | När": a line of column titles over a list whose lines
 * are set out the same way, no heading of its own.
 */
export function isColumnTitleLine(text: string): boolean {
  const parts = text.trim().split(/\s+[–—-]\s+|\s*\|\s*|\s{2,}/u).filter(Boolean);
  if (parts.length >= 2 && parts.every((p) => isWholeColumnTitle(p))) return true;
  // "Punkt Ansv Klart": titles typed at tab stops, which the reading left one space apart (three
  // at least, one of them who or when: "Beslut Status" may be a label)
  const words = text.trim().split(/\s+/u);
  return words.length >= 3 && words.length <= 5 && words.every((w) => isWholeColumnTitle(w)) && words.some((w) => ['owner', 'deadline'].includes(columnRole(w) ?? ''));
}

/**
 * "Punkt  Ansv  Klart": column titles set at tab stops over a list whose lines carry their
 * entries at the right margin: the roles of the columns after the text, or null ("Åtgärd – Vem –
 * När", whose rows are dash lines, gives none).
 */
export function marginColumns(text: string): TableColumnRole[] | null {
  if (!isColumnTitleLine(text) || /\s[–—-]\s|\|/u.test(text)) return null;
  const roles = text.trim().split(/\s+/u).map(columnRole);
  const after = roles.slice(1);
  if (!['number', 'title', 'notes', 'action'].includes(roles[0] ?? '') || !after.includes('owner') || !after.every((r) => r === 'owner' || r === 'deadline')) return null;
  return after as TableColumnRole[];
}

/** Whether the words are one column title as a whole ("Klart senast", "Ansvarig person"), not words a title contains. */
export function isWholeColumnTitle(header: string): boolean {
  const key = columnKey(header);
  return key !== '' && COLUMN_ROLES.some((c) => c.pattern.source.startsWith('^') && c.pattern.test(key));
}

/** The role a header cell's words give its column, or null when they name none. */
export function columnRole(header: string): TableColumnRole | null {
  const key = columnKey(header);
  if (!key) return null;
  const whole = COLUMN_ROLES.find((c) => c.pattern.test(key))?.role;
  if (whole) return whole;
  // "Ansvarig/ vem", "Datum/ status": the first word that names a role
  for (const part of key.split('/')) {
    const role = part.trim() ? COLUMN_ROLES.find((c) => c.pattern.test(part.trim()))?.role : undefined;
    if (role) return role;
  }
  return null;
}

/** Page furniture lines: page numbers and the like, never content. */
export const PAGE_FURNITURE = [
  /^(?:sida|sid|s\.)\s*\d+\s*(?:\/|av|\()\s*\d+\s*\)?$/i,
  /^(?:sida|sid)$/i,
  // ("Blad 1": an older protocol's sheet number)
  /^(?:sida|sid|blad)\s+\d+$/i,
  /^\d+\s*\(\s*\d+\s*\)$/,
  /^\d+\s*\/\s*\d+$/,
  /^-\s*\d{1,3}\s*-$/,
  // a protocol's footer: "Justerandes signatur", "Justerandes sign: ____", "Utdragsbestyrkande"
  /^(?:justerandes|justerares|ordförandes|ordf\.?|sekreterarens|sekr\.?)\s+sign(?:atur|\.)?(?:\s*:?\s*[_.\s]*)?$/i,
  /^utdragsbestyrkande$/i,
];

/** Abbreviations that end in a full stop without ending the sentence. */
export const ABBREVIATIONS = [
  'leg', 'utb', 't.ex', 'bl.a', 'ca', 'dvs', 'resp', 'kl', 'nr', 'st', 'fr.o.m', 't.o.m', 'jfr', 'm.m', 'osv', 'p.g.a', 'pga',
  'enl', 'ang', 'ev', 'inkl', 'exkl', 'max', 'min', 'tf', 'tel', 'o.s.v', 'm.fl', 'f.d', 'mnkr', 'tkr', 'kr', 'inf', 'obs', 'dec', 'jan',
  'feb', 'febr', 'aug', 'sept', 'sep', 'okt', 'nov', 'mån', 'tis', 'ons', 'tors', 'fre', 'avd', 'enh', 'adm', 'forts', 'ordf', 'sekr',
  'bitr', 'förv', 'verks', 'proj', 'mfl', 'ansv', 'dnr', 'bil', 'etc', 'kv', 'fig', 'tab', 'vd:s', 'vs', 'ff', 'tom', 'fom', 'u.a', 'a.a', 'prel', 'ung', 'ngt', 'mkt', 'tjg', 'resp',
  // law references and page numbers: "26 kap. 9 § miljöbalken", "sid. 4"
  'kap', 'sid', 'jmf',
];

/**
 * Words that leave a phrase open at the end of a line: a title or a point that ends in one goes
 * on on the next line ("Hållplatsen vid" over "Norrbyvägen", "Vem/När: Samir och" over "Birgitta").
 */
export const CONTINUING_WORDS = [
  'och', 'samt', 'eller', 'i', 'på', 'till', 'med', 'av', 'för', 'om', 'från', 'hos', 'vid', 'inför', 'efter',
  // words that stand before their noun ("till nästa" over "APT", "för varje" over "enhet")
  'nästa', 'varje', 'respektive', 'denna', 'detta', 'dessa',
];

/**
 * Nouns a title names something by: the name follows ("Ansökan om byggnadslov å fastigheten" over
 * "Gästgivaregården 2:7", "Detaljplan för kvarteret" over "Smedjan 4"), so a title that ends in one
 * goes on on the next line.
 */
export const NAMING_NOUNS = ['fastigheten', 'fastigheterna', 'kvarteret', 'kvarteren', 'kv.'];

/** A line that ends in one of CONTINUING_WORDS: its phrase goes on on the next line. */
export const ENDS_MID_PHRASE = new RegExp(`(?<![\\p{L}])(?:${alternation(CONTINUING_WORDS)})$`, 'iu');
/** A title that ends in a continuing word or a naming noun ("… å fastigheten"): it goes on on the next line. */
export const TITLE_ENDS_OPEN = new RegExp(`(?<![\\p{L}])(?:${alternation([...CONTINUING_WORDS, ...NAMING_NOUNS])})$`, 'iu');

/**
 * Party codes printed after a member's name ("Roland Björkman (SD)", "Eva Rask (KD)"): in
 * parentheses they look like initials, and are the member's party unless they are the name's own
 * initials.
 */
export const PARTY_CODES = ['S', 'M', 'C', 'V', 'L', 'KD', 'MP', 'SD', 'FP', 'VPK', 'KDS', 'NYD', 'MP'];
