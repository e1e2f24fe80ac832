/**
 * The words of a minutes document's frame: its header labels, attendance lists, document types,
 * item codes and table column headers.
 */

/** Labels that open a list of people, and the attendance they mean. */
export const ATTENDANCE_LABELS: { pattern: RegExp; attendance: 'present' | 'absent' | 'guest' }[] = [
  { pattern: /^(?:närvarande|deltagare|närvarande ledamöter|beslutande|ledamöter|tjänstgörande ersättare|tjänstgörande ledamöter|deltagande|närvarande från arbetsgivaren|arbetsgivarrepresentanter|arbetstagarrepresentanter|fackliga representanter|närvarande fackliga)$/i, attendance: 'present' },
  { pattern: /^(?:frånvarande|ej närvarande|förhinder|anmält förhinder|frånvarande ledamöter|ej tjänstgörande ersättare)$/i, attendance: 'absent' },
  { pattern: /^(?:gäster|gäst|inbjudna|adjungerade|adjungerad|övriga närvarande|övriga deltagare|övriga deltagande|övriga|föredragande|inbjuden|inbjudna gäster|övriga närvarande tjänstemän|tjänstemän)$/i, attendance: 'guest' },
];

/** Meeting header labels ("Lokal: Johans kontor", "Tid: 9.00-15.30"). */
export const HEADER_LABELS = {
  location: /^(?:lokal|plats|mötesplats|sammanträdesplats|plats och tid|var)$/i,
  time: /^(?:tid|klockslag|klockan|mötestid|tidpunkt)$/i,
  date: /^(?:datum|mötesdatum|sammanträdesdatum|sammanträdesdag|mötesdag|dag)$/i,
  secretary: /^(?:sekreterare|protokollförare|antecknare|vid protokollet|anteckningar|antecknat av|protokollet fördes av)$/i,
  convener: /^(?:sammankallande|ordförande|mötesledare)$/i,
};

/** Document types, from the words that name them. */
export const DOCUMENT_TYPES: { pattern: RegExp; type: 'protokoll' | 'minnesanteckningar' }[] = [
  { pattern: /\bminnesanteckning(?:ar|en|arna)?\b|\bmötesanteckning(?:ar)?\b|\banteckningar\b/i, type: 'minnesanteckningar' },
  { pattern: /\bprotokoll(?:et)?\b|\bsammanträdesprotokoll\b|\bmötesprotokoll\b/i, type: 'protokoll' },
];

/** Organisations: a word ending in "-förvaltningen", "X kommun", "-nämnden" as the issuer. */
export const ORGANISATION_PATTERN = /^(?:[\p{Lu}][\p{L}-]*(?:\s+och\s+[\p{L}-]+)?förvaltningen|[\p{Lu}][\p{L}-]* kommun|Region [\p{Lu}][\p{L}]+|[\p{Lu}][\p{L}-]*(?:- och [\p{L}]+)?förvaltningen)$/u;

/** The meeting's group: words that name a body that meets. */
export const BODY_PATTERN = /(?<![\p{L}-])(?:[\p{L}-]*ledningsgrupp(?:en|smöte)?|[\p{L}-]*nämnd(?:en)?|styrelse(?:n|möte)?|samverkansgrupp(?:en)?|arbetsutskott(?:et)?|kommunfullmäktige|kommunstyrelsen|referensgrupp(?:en)?|styrgrupp(?:en)?|arbetsplatsträff|APT|FLG|FSG|LSG|LG)(?![\p{L}])/iu;

/** Agenda item type codes: "I/D/B" after an item title. */
export const ITEM_TYPE_CODES: Record<string, 'information' | 'diskussion' | 'beslut'> = {
  I: 'information', D: 'diskussion', B: 'beslut',
};

/**
 * Minutes-table column headers and the role each column plays. Matched against a header cell,
 * lower-cased, with spaces around "/" removed ("Åtgärd/ beslut" -> "åtgärd/beslut").
 */
export const COLUMN_ROLES: { pattern: RegExp; role: 'title' | 'notes' | 'action' | 'owner' | 'deadline' | 'number' }[] = [
  { pattern: /^(?:nr|punkt|§|paragraf|#)$/, role: 'number' },
  { pattern: /^(?:rubrik|ärende|punkt\/ärende|dagordning|fråga|ämne|agendapunkt|område|rubrik\/ärende)$/, role: 'title' },
  // "Vem/När", "Ansvarig/Klart": an owner column that dates its entries too ("KE, v. 38")
  { pattern: /^(?:ansvarig|ansvariga|ansv\.?|vem|ansvarig person|ägare|utförare|vem\/när|ansvarig\/klart|ansvarig\/när|ansvarig\/datum|ansv\/klart|ansvarig\/klart senast)$/, role: 'owner' },
  { pattern: /^(?:klart senast|senast|deadline|klart till|datum|när|klart|tidplan|klar senast|slutdatum|åtgärdas senast|uppföljning)$/, role: 'deadline' },
  { pattern: /(?:åtgärd|beslut|att göra|uppdrag|aktivitet)/, role: 'action' },
  { pattern: /(?:ärende|dialog|anteckning|diskussion|kommentar|information|beskrivning|noteringar|status)/, role: 'notes' },
];

/** Page furniture lines: page numbers and the like, never content. */
export const PAGE_FURNITURE = [
  /^(?:sida|sid|s\.)\s*\d+\s*(?:\/|av|\()\s*\d+\s*\)?$/i,
  /^(?:sida|sid)$/i,
  /^\d+\s*\(\s*\d+\s*\)$/,
  /^\d+\s*\/\s*\d+$/,
];

/** Abbreviations that end in a full stop without ending the sentence. */
export const ABBREVIATIONS = [
  'leg', 'utb', 't.ex', 'bl.a', 'ca', 'dvs', 'resp', 'kl', 'nr', 'st', 'fr.o.m', 't.o.m', 'jfr', 'm.m', 'osv', 'p.g.a', 'pga',
  'enl', 'ang', 'ev', 'inkl', 'exkl', 'max', 'min', 'tf', 'tel', 'o.s.v', 'm.fl', 'f.d', 'mnkr', 'tkr', 'kr', 'inf', 'obs', 'dec', 'jan',
  'feb', 'febr', 'aug', 'sept', 'sep', 'okt', 'nov', 'mån', 'tis', 'ons', 'tors', 'fre', 'avd', 'enh', 'adm', 'forts', 'ordf', 'sekr',
  'bitr', 'förv', 'verks', 'proj', 'mfl', 'ansv', 'dnr', 'bil', 'etc', 'vs', 'ff', 'tom', 'fom', 'u.a', 'a.a', 'prel', 'ung', 'ngt', 'mkt', 'tjg', 'resp',
];
