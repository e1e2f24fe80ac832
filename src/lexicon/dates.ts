/**
 * Swedish calendar words, as data. The date forms (src/extract/dates.ts) build their chrono-node
 * parsers from these lists and the deadline refiners (src/extract/deadlines.ts) their patterns;
 * add a word here and every form and refiner knows it.
 */

// ---------------------------------------------------------------------------------------------
// Calendar words: what a date form reads
// ---------------------------------------------------------------------------------------------

/** Month names and their written abbreviations, to month number. */
export const MONTHS: Record<string, number> = {
  januari: 1, jan: 1,
  februari: 2, feb: 2, febr: 2,
  mars: 3, mar: 3,
  april: 4, apr: 4,
  maj: 5,
  juni: 6, jun: 6,
  juli: 7, jul: 7,
  augusti: 8, aug: 8,
  september: 9, sep: 9, sept: 9,
  oktober: 10, okt: 10,
  november: 11, nov: 11,
  december: 12, dec: 12,
};

/**
 * A year written with two digits ("93-04-19", "12/5-26", "den 240101"): up to 50 in this century,
 * above it in the last (typed minutes of the 1950s-90s, notes of today).
 */
export const fullYearOf = (yy: number): number => (yy <= 50 ? 2000 : 1900) + yy;

/**
 * Month abbreviations that are other words too ("jul" is Christmas, "mar" and "dec" stand in
 * names): alone, without a day or a year, they are not months.
 */
export const AMBIGUOUS_MONTH_ABBREVIATIONS = ['jan', 'feb', 'febr', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'okt', 'nov', 'dec'];

/** Weekday names (with the definite "måndagen" forms) to ISO weekday 1..7. */
export const WEEKDAYS: Record<string, number> = {
  måndag: 1, måndagen: 1, tisdag: 2, tisdagen: 2, onsdag: 3, onsdagen: 3, torsdag: 4, torsdagen: 4,
  fredag: 5, fredagen: 5, lördag: 6, lördagen: 6, söndag: 7, söndagen: 7,
  // as notes shorten them: "senast ons 13/5", "[ ] Anna: byta certifikat fre"
  mån: 1, tis: 2, ons: 3, tors: 4, fre: 5, lör: 6, sön: 7,
};

/** Seasons as EDTF season codes: "till hösten" is autumn (23). School terms count as their season. */
export const SEASONS: Record<string, 21 | 22 | 23 | 24> = {
  våren: 21, vår: 21, vårterminen: 21, vårvintern: 21,
  sommaren: 22, sommar: 22,
  hösten: 23, höst: 23, höstterminen: 23,
  vintern: 24, vinter: 24,
};

/**
 * Season words that are other words too: "i vår" is "this spring" only at the end of a clause
 * ("i vår samverkan" is "in our cooperation"). These need a year, or no word after them.
 */
export const AMBIGUOUS_SEASON_WORDS = ['vår'];

/**
 * Words before a season that move it: "efter sommaren" means the autumn that follows.
 * (before-word, season) -> the season meant.
 */
export const SEASON_SHIFTS: { before: string; season: 21 | 22 | 23 | 24; meaning: 21 | 22 | 23 | 24 }[] = [
  { before: 'efter', season: 22, meaning: 23 },
  { before: 'efter', season: 24, meaning: 21 },
  // "före sommaren": done in the season before it, the spring (as "efter sommaren" is the autumn)
  { before: 'före', season: 22, meaning: 21 },
  { before: 'innan', season: 22, meaning: 21 },
  { before: 'före', season: 23, meaning: 22 },
  { before: 'innan', season: 23, meaning: 22 },
];

/** Words that put a month, season or period somewhere inside it: "i slutet av maj", "i början av hösten". */
export const PHASE_WORDS = ['i slutet av', 'i början av', 'i mitten av', 'slutet av', 'början av', 'mitten av', 'mitt i', 'under senare delen av', 'under första delen av'];

/**
 * Prepositions a month, season, holiday or year form takes into its text ("i mars", "till
 * hösten", "före jul", "under 2025"). A month or season word needs one of them (or a year, or
 * "månad") to be a date: "Mars" alone may be a name, "höst" a word.
 */
export const DATE_PREPOSITIONS = [
  'i', 'under', 'till', 'före', 'innan', 'senast', 'efter', 'in i', 'inför', 'per', 'från', 'tills', 'fram till', 'till och med',
  'senast i', 'senast under', 'senast till', 'redan i', 'någon gång i', 'någon gång under', 'i så fall i',
  // "senast vid utgången av mars": by the month's end
  'vid utgången av', 'senast vid utgången av', 'före utgången av', 'innan utgången av', 'till utgången av',
];

/**
 * Holidays and turns of the year that stand for a month or a season. "före jul" and "före
 * årsskiftet" are December (the work is due before the year turns: the month it turns in);
 * "innan sommaruppehållet" and "före semestern" are the summer season (the break starts in it;
 * "före sommaren" is the spring before the summer itself).
 * "påsk" is April: Easter falls in April in most years (in March in about one year in five).
 */
export const HOLIDAYS: Record<string, { month: number; after?: number } | { season: 21 | 22 | 23 | 24 }> = {
  jul: { month: 12 }, julen: { month: 12 }, årsskiftet: { month: 12 }, nyår: { month: 12 }, nyåret: { month: 12 }, årsskifte: { month: 12 },
  halvårsskiftet: { month: 6 }, midsommar: { month: 6 }, midsommaren: { month: 6 },
  // the school year's start: "inför skolstarten" is August
  skolstarten: { month: 8 }, skolstart: { month: 8 }, läsårsstarten: { month: 8 }, läsårsstart: { month: 8 },
  // the year's end as older minutes write it: "framlägga förslag före årets utgång"
  'årets utgång': { month: 12 }, 'årets slut': { month: 12 }, årsslutet: { month: 12 },
  påsk: { month: 4 }, påsken: { month: 4 },
  sommaruppehållet: { season: 22 }, semestern: { season: 22 }, semestrarna: { season: 22 }, sommarledigheten: { season: 22 }, sommarlovet: { season: 22 },
  // (the school breaks end a week into the month after: "efter sportlovet" (v. 7–10) is March,
  // "efter höstlovet" (v. 44) November)
  jullovet: { month: 12 }, sportlovet: { month: 2, after: 3 }, höstlovet: { month: 10, after: 11 }, påsklovet: { month: 4 },
};

/** Words before a holiday that make it a time limit ("före jul", "till midsommar"). */
export const HOLIDAY_PREPOSITIONS = ['före', 'innan', 'till', 'senast', 'till och med', 'fram till', 'inför', 'efter', 'senast före', 'senast till', 'vid'];

/** Quarter ordinals: "tredje kvartalet". */
export const QUARTER_ORDINALS: Record<string, number> = { första: 1, andra: 2, tredje: 3, fjärde: 4, sista: 4 };

/** How a week number is written before its number: "vecka 12", "v. 12", "v12". */
export const WEEK_WORDS = ['vecka', 'veckan', 'v.', 'v', 'w.', 'w'];

/** Number words of spans ("inom två veckor", older minutes' "inom fjorton dagar", "inom trettio dagar"). */
export const NUMBER_WORDS: Record<string, number> = {
  en: 1, ett: 1, två: 2, tre: 3, fyra: 4, fem: 5, sex: 6, sju: 7, åtta: 8, nio: 9, tio: 10, elva: 11, tolv: 12, 'ett par': 2, några: 3,
  tretton: 13, fjorton: 14, femton: 15, sexton: 16, arton: 18, tjugo: 20, trettio: 30, fyrtio: 40, sextio: 60, nittio: 90,
};

/**
 * Units of "inom N veckor": days and weeks count days from the meeting, months and years count
 * calendar months ("inom en månad" from 9 October is 9 November).
 */
export const DURATION_UNITS: Record<string, { days: number } | { months: number }> = {
  dag: { days: 1 }, dagar: { days: 1 }, dagarna: { days: 1 }, arbetsdagar: { days: 1 },
  vecka: { days: 7 }, veckor: { days: 7 }, veckorna: { days: 7 },
  // short forms in a Klart column: "inom 1 v.", "inom 2 mån."
  'v.': { days: 7 }, v: { days: 7 }, 'mån.': { months: 1 },
  månad: { months: 1 }, månader: { months: 1 }, månaderna: { months: 1 },
  år: { months: 12 },
};

/** Words before a duration that count it from the meeting: "inom två veckor", "om en månad". */
export const WITHIN_WORDS = ['inom', 'senast inom', 'om', 'senast om', 'inom loppet av', 'i löpet av', 'inom de närmaste', 'inom de kommande', 'inom kommande'];

/** Words before a day of the month alone that make it a deadline: "senast den 20:e". */
export const DAY_ONLY_PREPOSITIONS = ['senast', 'till', 'före', 'innan', 'senast till', 'klart', 'klart till', 'klart senast'];

/** Words before a bare weekday that make it the next such day: "senast fredag", "till på måndag". */
export const WEEKDAY_PREPOSITIONS = ['senast', 'till', 'på', 'före', 'innan', 'nu på', 'till på', 'senast på', 'under', 'nu', 'senast nu på', 'kommande', 'nästa'];

/**
 * The meeting's own week, month or year, or the next: "nästa vecka" (the Friday of the week
 * after the meeting's), "nästa månad" (the month after), "i år" (the meeting's year).
 * word -> how far from the meeting.
 */
export const CALENDAR_MOVES: Record<string, number> = { nästa: 1, kommande: 1, nästkommande: 1, 'den här': 0, denna: 0, detta: 0, innevarande: 0, 'den kommande': 1 };
/** The calendar units of "nästa vecka" and their definite forms ("i veckan", "i år"). */
export const CALENDAR_UNITS: Record<string, 'week' | 'month' | 'year'> = { vecka: 'week', veckan: 'week', månad: 'month', månaden: 'month', år: 'year', året: 'year' };
/** "i veckan", "i år": this week, this year. */
export const THIS_CALENDAR: Record<string, 'week' | 'year'> = { 'i veckan': 'week', 'i år': 'year' };

/** Words before a bare year that make it a date: "senast 2026", "under 2025", "till år 2027". */
export const YEAR_PREPOSITIONS = ['under', 'senast', 'till', 'före', 'innan', 'klart', 'klar', 'senast under', 'under år', 'till år', 'senast år', 'före år', 'innan år', 'fram till', 'inför', 'i början av', 'i slutet av', 'i mitten av', 'senast i slutet av', 'vid utgången av', 'senast vid utgången av', 'under första halvan av', 'under andra halvan av', 'under första halvåret', 'under andra halvåret'];

/**
 * "nästa möte" and its kin. The word after "nästa" that makes it the group's next meeting: a
 * meeting word, or a group's short name in capitals ("nästa FLG", "nästa månads FSG").
 * "nästa gång" is not here: minutes use it loosely ("Även nästa gång följa upp"); only after a
 * word that aims a task at it is it the next meeting (NEXT_TIME_PREPOSITIONS).
 */
export const NEXT_MEETING_WORDS = [
  'möte', 'mötet', 'sammanträde', 'sammanträdet', 'sammankomst', 'träff', 'ledningsgruppsmöte', 'ledningsgrupp', 'styrelsemöte', 'apt',
  'arbetsplatsträff', 'nämndmöte', 'nämndsammanträde', 'styrelsesammanträde', 'ordinarie möte', 'ordinarie sammanträde', 'ordinarie styrelsemöte',
  'samverkansmöte', 'direktionsmöte', 'utskottsmöte', 'rådsmöte', 'arbetsmöte', 'projektmöte', 'styrgruppsmöte', 'mötestillfälle',
  // a krisledning's meetings through the day: "Prognos från Nordnät – till nästa avstämning"
  'avstämning', 'avstämningen', 'lägesavstämning', 'stabsmöte',
];
/** "nästa", "kommande", "nästkommande": the word that points at the next meeting. */
/**
 * What a group's next meeting may be called besides the words above: any compound ending in one
 * of these ("nästa rektorsgrupp", "nästa nätverksträff", "nästa ledningsgruppsmöte").
 */
export const NEXT_MEETING_ENDINGS = ['möte', 'mötet', 'sammanträde', 'sammanträdet', 'träff', 'träffen', 'grupp', 'gruppen', 'gruppsmöte', 'forum', 'råd', 'rådet', 'konferens', 'samverkan', 'nätverk', 'utskott', 'presidium', 'presidiet'];
export const NEXT_WORDS = ['nästa', 'kommande', 'nästkommande', 'påföljande', 'närmast följande', 'därpå följande'];
/**
 * The words that make "nästa gång" the next meeting: a task brought "till nästa gång" or prepared
 * "inför nästa gång" is due then; "nästa gång" alone only says when something happens again.
 */
export const NEXT_TIME_PREPOSITIONS = ['till', 'tills', 'inför', 'senast till', 'senast inför'];
/** Words a next meeting is reached with: "till nästa möte", "vid styrelsens nästa sammanträde". */
export const NEXT_MEETING_PREPOSITIONS = ['till', 'på', 'vid', 'inför', 'senast till', 'senast vid', 'senast på', 'senast inför', 'under', 'innan', 'före', 'tills', 'i', 'i samband med', 'senast i samband med', 'fram till'];

// ---------------------------------------------------------------------------------------------
// Words around a date: what the deadline refiners read
// ---------------------------------------------------------------------------------------------

/**
 * Words right before a date that make it the time something is due by: "senast den 7 februari",
 * "före jul", "till nästa möte", "klart v. 12", "Deadline: 30/9". A few words may stand between
 * them and the date ("till FLG den 28 januari", "senast vid sammanträdet i december").
 */
export const DUE_LEADS = ['senast', 'före', 'innan', 'inom', 'förrän', 'till', 'tills', 'fram till', 'deadline', 'klart', 'klar', 'klara', 'färdigt', 'färdig', 'slutdatum', 'sista dag', 'senaste dag', 'åtgärdas senast'];

/** "sista ansökningsdag", "sista inlämningsdag", "sista svarsdag": a last day. */
export const LAST_DAY = /(?<![\p{L}])(?:sista|senaste)\s+\p{L}*dag(?:en)?(?![\p{L}])/iu;

/** Inline deadline labels before a date: "Deadline: 30/9", "Klart: v. 12", "Klart senast 15/4", "När: 3/6". */
export const DEADLINE_LABELS = ['deadline', 'klart', 'klar', 'klart senast', 'klart till', 'klar senast', 'senast', 'när', 'datum', 'tidplan', 'slutdatum', 'färdigt', 'åtgärdas senast', 'återrapporteras', 'återkoppling', 'redovisas'];

/** Words right before a date that make it the start of something: "från april", "fr.o.m. den 240101". */
export const START_LEADS = ['från och med', 'fr.o.m.', 'fr.o.m', 'fr o m', 'fro m', 'from', 'från', 'alltsedan', 'sedan', 'sen', 'allt från', 'med start', 'med början', 'startar', 'start', 'börjar', 'påbörjas'];

/** Words that make a date a validity date: "gäller från och med", "träder i kraft den 1 januari". */
/**
 * Words of the legal notices a § protocol ends a decision with: how to appeal it ("Beslutet kan
 * överklagas … inom tre veckor"), how long a permit lasts ("Ett bygglov upphör att gälla om …
 * inom två år"). Their periods are the law's, not a task's deadline.
 */
// and a permit's own time limit ("med villkor att arbetena påbörjas inom två år")
export const LEGAL_NOTICE_WORDS = ['överklaga*', 'överklagande*', 'överklagat', 'besvärshänvisning', 'laga kraft', 'upphör att gälla', 'förvaltningsrätten', 'klaganden', 'påbörjas inom', 'påbörjats inom', 'påbörjat inom', 'fullbordas inom', 'slutförts inom'];

export const VALIDITY_WORDS = ['gäller', 'gälla', 'gällde', 'gällande från', 'giltig', 'giltigt', 'giltiga', 'träder i kraft', 'träda i kraft', 'trädde i kraft', 'ikraftträdande', 'i kraft', 'tillämpas', 'tillämpas från', 'införs', 'börjar gälla', 'upphör att gälla', 'upphör', 'löper ut', 'löper', 'förlängs', 'förlängt', 'förlängd'];

/** Words that end a period rather than set a deadline: "gäller till och med", "för tiden t.o.m.". */
// ("jobbar 75 % fram till jul": how long something lasts)
export const PERIOD_END_LEADS = ['till och med', 't.o.m.', 't.o.m', 't o m', 'tom', 'fram till'];

/** Changes of a level: "Barnantalet ökar till hösten" says when, not by when something is to be done. */
export const TREND_WORDS = ['ökar', 'ökade', 'minskar', 'minskade', 'växer', 'stiger', 'sjunker', 'höjs', 'sänks', 'förändras', 'beräknas öka', 'beräknas minska', 'väntas öka', 'väntas minska'];

/** Moving work into a year: "flyttas till 2026" puts it somewhere in that year, no deadline. */
export const MOVE_WORDS = ['flyttas', 'flyttades', 'skjuts', 'skjuts upp', 'sköts upp', 'senareläggs', 'senarelades', 'överförs', 'förs över', 'förskjuts'];

/** Words right before a date that make it part of a period: "under perioden 1–15 mars", "för tiden 15 april – 10 maj". */
export const PERIOD_LEADS = ['under perioden', 'perioden', 'under tiden', 'för tiden', 'för perioden', 'tidsperioden', 'mellan', 'under tidsperioden', 'avser perioden', 'avseende perioden'];

/**
 * Words right before a date that make it what something is about, not when it is due: "för
 * våren 2026", "budgetuppföljningen per augusti 2025", "rapport avseende första kvartalet".
 */
/**
 * Words of a question or a matter raised at the meeting: a date after them in its clause dates
 * what is asked about ("frågar om skolskjutsarna efter tidtabellsändringen i augusti", "tar upp
 * frågan om en utbildningsdag i höst"), not a task's time.
 */
export const QUESTION_WORDS = ['frågar om', 'frågade om', 'frågar varför', 'frågade varför', 'frågar när', 'frågade när', 'frågar hur', 'frågade hur', 'undrar', 'undrade', 'ställer frågan', 'ställde frågan', 'ställer en fråga', 'ställde en fråga', 'tar upp frågan om', 'tog upp frågan om', 'lyfter frågan om', 'lyfte frågan om', 'väcker frågan om', 'väckte frågan om'];

export const TOPIC_LEADS = ['för', 'per', 'avseende', 'gällande', 'angående', 'beträffande', 'om', 'rörande', 'efter', 't.o.m', 'jämfört med', 'motsvarande'];

/**
 * Nouns of documents and decisions that a date right after them dates: "Länsstyrelsens beslut
 * 2025-04-30", "dom 2025-08-29", "Protokoll från arbetsutskottet 1996-09-10", "skrivelse daterad".
 * Documents a task is done with ("skickar ut förslaget nästa vecka", "lämnar rapporten i mars")
 * are not here: a date after them is the task's.
 */
/** Documents a list of them names each with its date: "Tjänsteskrivelse 2026-02-02, Ekonomisk uppföljning januari 2026". */
export const LISTED_DOCUMENT_NOUNS = ['tjänsteskrivelse', 'skrivelse', 'protokollsutdrag', 'missiv', 'yttrande', 'rapport'];

export const DOCUMENT_NOUNS = [
  'beslut', 'beslutet', 'beslutade', 'dom', 'domen', 'protokoll', 'protokollet', 'protokollsutdrag', 'skrivelse', 'skrivelsen', 'tjänsteskrivelse',
  'tjänsteskrivelsen', 'cirkulär', 'cirkuläret', 'minnesanteckningar', 'minnesanteckningarna', 'anteckningar', 'anteckningarna', 'mötesanteckningar',
  'mötesanteckningarna', 'daterad', 'daterat', 'daterade', 'sammanträdesdatum', 'mötesdatum', 'justerat', 'justerad', 'justerades', 'anslaget', 'anslogs',
  'inkom', 'inkommen', 'inkommet', 'inkomna', 'ankom', 'diarieförd', 'diariefört', 'revisionsberättelse', 'revisionsberättelsen',
];

/**
 * Past-tense verbs that, standing right before a date, report what was done then: "Kommunfullmäktige
 * beslutade 2024-11-25", "Styrelsen gav den 3 mars", "behandlade ärendet 2025-05-06".
 */
export const REPORTED_VERBS = [
  'beslutade', 'beslöt', 'beslutat', 'beslutades', 'beslöts', 'fattade beslut', 'gav', 'gett', 'givit', 'antog', 'antogs', 'fastställde', 'fastställdes',
  'godkände', 'godkändes', 'behandlade', 'behandlat', 'behandlades', 'föreslog', 'föreslagit', 'yttrade sig', 'avslog', 'avslogs', 'avslagit', 'beviljade',
  'beviljades', 'beviljat', 'remitterade', 'remitterades', 'överlämnade', 'överlämnades', 'återremitterade', 'återremitterades', 'biföll', 'bifölls',
  'valde', 'valdes', 'utsåg', 'utsågs', 'tillstyrkte', 'avstyrkte', 'delegerade', 'uppdrog', 'uppdrogs', 'upphävde', 'upphävdes', 'inkom', 'inkommit',
  'lämnade', 'lämnades', 'skickade', 'skickades', 'hölls', 'höll', 'genomfördes', 'genomförde', 'genomfört', 'redovisade', 'redovisades', 'presenterade',
  'presenterades', 'informerade', 'meddelade', 'meddelades', 'hade', 'har', 'sedan', 'inträffade', 'startade', 'började', 'öppnade', 'öppnades', 'avslutades',
  'avslutade', 'tecknades', 'tecknade', 'undertecknades', 'justerades', 'anslogs', 'kom', 'skedde', 'ägde rum', 'var', 'blev', 'gjordes', 'gjorde',
];

/**
 * Of the reported verbs, those of deciding and assigning: what such a decision set ("gav
 * förvaltningen i uppdrag att ... senast den 31 december") is the other body's, to its end.
 */
export const REPORTED_DECIDING = [
  'beslutade', 'beslöt', 'beslutat', 'beslutades', 'beslöts', 'fattade beslut', 'gav', 'gett', 'givit', 'antog', 'fastställde', 'godkände', 'uppdrog', 'uppdrogs',
  'remitterade', 'överlämnade', 'återremitterade', 'delegerade', 'föreslog', 'föreslagit',
  // an order given earlier: "Hälsovårdsnämnden har den 10 augusti förelagt föreningen att före den 1 juni …"
  'förelagt', 'förelade', 'ålagt', 'ålade',
];

/** Invitations: "kallar till arbetsmöte i vecka 4" dates the meeting called, though after "till". */
export const INVITING_WORDS = ['kallar', 'kallas', 'kallade', 'kallades', 'sammankallar', 'bjuder in', 'bjuds in', 'bjöd in', 'inbjudan', 'inbjudna', 'inbjuds', 'välkomnas', 'välkomna', 'anmäler sig', 'anmälan'];

/** Words of this meeting deciding now: a date after one of them in a sentence is no longer in a reported decision. */
export const PRESENT_DECIDING = ['beslutar', 'beslutas', 'föreslås', 'får i uppdrag', 'ges i uppdrag', 'uppdras', 'uppdrar', 'ger'];

/**
 * Bodies whose decisions are never this meeting's: the region, the state, courts, national
 * agencies, and the councils above a committee. "Regionfullmäktige fattar beslut om taxan i juni"
 * dates their decision, not a deadline of the minutes. (The meeting's own body, when known, is
 * never another body.)
 */
export const OTHER_BODIES = [
  'region', 'regionen', 'regionfullmäktige', 'regionstyrelsen', 'regionens', 'landstinget', 'landstingsfullmäktige', 'länsstyrelsen', 'länsstyrelsens',
  'riksdagen', 'riksdagens', 'regeringen', 'regeringens', 'staten', 'förvaltningsrätten', 'kammarrätten', 'högsta förvaltningsdomstolen',
  'mark- och miljödomstolen', 'mark- och miljööverdomstolen', 'domstolen', 'tingsrätten', 'hovrätten', 'eu', 'eu-kommissionen', 'skatteverket',
  'försäkringskassan', 'socialstyrelsen', 'ivo', 'inspektionen för vård och omsorg', 'skolinspektionen', 'trafikverket', 'boverket', 'naturvårdsverket',
  'arbetsmiljöverket', 'msb', 'skr', 'kommunfullmäktige', 'fullmäktige', 'kf', 'kommunfullmäktiges', 'fullmäktiges', 'valmyndigheten',
];

/** What another body does when it decides: "fattar beslut om", "väntas besluta", "tar ställning till", "behandlar". */
export const OTHER_BODY_DECIDING = [
  'fattar beslut', 'fattar beslutet', 'beslutar', 'väntas besluta', 'väntas fatta beslut', 'ska besluta', 'ska fatta beslut', 'kommer att besluta',
  'kommer att fatta beslut', 'beräknas besluta', 'planerar att besluta', 'tar ställning', 'ska ta ställning', 'väntas ta ställning', 'behandlar',
  'ska behandla', 'väntas behandla', 'kommer att behandla', 'antar', 'fastställer', 'beslut i', 'beslut av', 'besluta om', 'behandlas i', 'behandlas av',
  'beslutas av', 'beslutas i', 'för beslut i', 'fattas av', 'tas av', 'fastställs av', 'antas av',
];

/**
 * What proposes rather than decides: a date inside a proposal, a motion or a claim is that
 * proposal's, not the meeting's ("har i en motion föreslagit att ... senast 2030").
 */
/**
 * Forecasts: what someone expects, not what anyone is to do by then ("Elnätsbolaget bedömer att
 * hushållen har ström igen till torsdag", "Bränslet räcker till onsdag kväll").
 */
/**
 * Conditions with a negation: "om elen inte kommer tillbaka före måndag", "ifall leveransen inte
 * sker före den 1 mars", "såvida inte …": what might happen by then, no one's time limit.
 */
export const CONDITION_WORDS = ['om', 'ifall', 'i fall', 'såvida'];

// (and another's own schedule: "Stadsnät AB ska enligt sin plan gräva i Lillåsen under hösten")
export const FORECAST_WORDS = ['bedömer att', 'bedömde att', 'bedöms', 'räknar med att', 'räknade med att', 'förväntar sig att', 'prognosen är att', 'enligt prognosen', 'räcker', 'räckte', 'spås', 'tros',
  'enligt sin plan', 'enligt deras plan', 'enligt dess plan', 'enligt plan', 'enligt planen'];

/**
 * Another's request told in the item's background: "Länsstyrelsen har begärt kommunens yttrande
 * senast den 30 november", "Byggnadsnämnden har remitterat förslaget för yttrande senast …",
 * "Enligt avtalet ska besked lämnas senast …".
 * The date is the asker's time limit, reported to the meeting; a task the meeting sets to meet it
 * says so in a sentence of its own.
 */
/**
 * Another's word reported in the formal past: "Fastighetsägaren uppgav i skrivelse 83-11-30 att han
 * skulle ordna en infiltrationsanläggning före sommaren". What they said they would do by then is
 * theirs, told as background; no task of the meeting.
 */
export const STATED_WORDS = ['uppgav', 'uppgett', 'uppgivit', 'anförde', 'anfört'];
export const REQUESTED_WORDS = ['har begärt', 'hade begärt', 'begärde', 'har efterfrågat', 'efterfrågade', 'har remitterat', 'remitterade', 'har bett om', 'bad om'];
// (a standing order's time limits: "Enligt arbetsordningen ska en motion besvaras inom ett år")
export const BY_RULE_LEADS = ['enligt avtalet', 'enligt anvisningarna', 'enligt budgetanvisningarna', 'enligt tidplanen för budgetarbetet', 'enligt lagen', 'enligt förordningen',
  'enligt arbetsordningen', 'enligt reglementet', 'enligt kommunallagen', 'enligt delegationsordningen', 'enligt bolagsordningen', 'enligt stadgarna', 'enligt föreskrifterna'];

export const PROPOSING_WORDS = ['föreslår', 'föreslog', 'föreslagit', 'föreslå', 'yrkar', 'yrkade', 'yrkat', 'önskar att', 'önskade att', 'begär att', 'begärde att', 'vill att', 'ville att'];

/**
 * Verbs of events: a date they govern is when the event takes place ("Planeringsdagen hålls den
 * 12 mars", "Invigning sker den 15 augusti", "Byggstart är planerad till mars 2026").
 */
export const EVENT_VERBS = [
  'hålls', 'hålles', 'hållas', 'äger rum', 'äga rum', 'sker', 'ske', 'skedde', 'går av stapeln', 'arrangeras', 'anordnas', 'genomförs', 'planeras', 'planeras till',
  'är planerad', 'är planerat', 'är planerade', 'planerad', 'planerat', 'planerade', 'är inplanerad', 'är inplanerat', 'inplanerad', 'inplanerat',
  'startar', 'börjar', 'inleds', 'öppnar', 'öppnas', 'stänger', 'stängs', 'stängt', 'flyttar', 'flytta', 'infaller', 'inträffar', 'pågår', 'pågå', 'avslutas', 'firas', 'invigs',
  'är bokad', 'är bokat', 'bokad', 'bokat', 'är utlyst', 'utlyst', 'är satt', 'är satt till', 'sätts till', 'är fastställd', 'fastställd till', 'infaller', 'beräknas',
  'beräknas vara', 'kommer att hållas', 'ska hållas', 'kommer att ske', 'ska ske', 'kan ske', 'kunna ske', 'betalas ut', 'utbetalas', 'erbjuds', 'bjuds in', 'är inbjudna',
  'löper ut', 'går ut', 'upphör', 'tillträder', 'träffas', 'samlas', 'sammanträder', 'möts', 'besöker', 'besöks',
  // "länets socialnämnder håller en gemensam konferens i Gävle den 20 oktober"
  'håller en', 'håller ett', 'håller sin', 'håller sitt',
];

/**
 * Nouns of events: a date right after them is the event's ("på chefsdagen 3 mars", "mötet 17/5",
 * "Invigningen den 15 augusti", "Tid: måndagen den 17 mars").
 */
/**
 * Heads of compound event nouns ("budgetdag", "temadagen", "nätverksträff", "personalfesten"):
 * a date after one is the event's. Compounds that name a last day ("ansökningsdag",
 * "förfallodag", "svarsdag") are deadlines and are left out by DEADLINE_DAY_PREFIXES.
 */
// ("Vid skolavslutningen den 11 juni", "invigningen", "vuxenvandringen")
export const EVENT_NOUN_HEADS = ['dag', 'dagen', 'dagar', 'dagarna', 'möte', 'mötet', 'träff', 'träffen', 'konferens', 'konferensen', 'fest', 'festen', 'stämma', 'stämman', 'mässa', 'mässan', 'kväll', 'kvällen',
  'avslutning', 'avslutningen', 'invigning', 'invigningen', 'vandring', 'vandringen'];
export const DEADLINE_DAY_PREFIXES = ['ansöknings', 'sista', 'svars', 'förfallo', 'betalnings', 'inlämnings', 'anmälnings', 'remiss', 'avstämnings'];

export const EVENT_NOUNS = [
  'möte', 'mötet', 'möten', 'mötena', 'dag', 'dagen', 'dagar', 'dagarna', 'konferens', 'konferensen', 'utbildning', 'utbildningen', 'utbildningar',
  'utbildningsdag', 'utbildningsdagen', 'utbildningstillfälle', 'utbildningstillfällen', 'workshop', 'workshopen', 'träff', 'träffen', 'seminarium',
  'seminariet', 'mässa', 'mässan', 'tid', 'tiden', 'tidpunkt', 'tillfälle', 'tillfället', 'tillfällen', 'invigning', 'invigningen', 'årsmöte', 'årsmötet',
  'stämma', 'stämman', 'årsstämma', 'årsstämman', 'bolagsstämma', 'bolagsstämman', 'föreningsstämma', 'val', 'valet', 'valen', 'valdag', 'valdagen',
  'planeringsdag', 'planeringsdagen', 'planeringsdagar', 'chefsdag', 'chefsdagen', 'chefsmöte', 'chefsmötet', 'ledardag', 'ledardagen', 'ledarforum',
  'informationsmöte', 'informationsmötet', 'stormöte', 'personalmöte', 'arbetsmöte', 'nätverksmöte', 'förhandlingsmöte', 'samrådsmöte', 'dialogmöte',
  'besök', 'besöket', 'studiebesök', 'studiebesöket', 'skyddsrond', 'skyddsronden', 'inspektion', 'inspektionen', 'julfest', 'julfesten', 'julbord',
  'julbordet', 'fest', 'festen', 'kickoff', 'kick-off', 'kickoffen', 'kick-offen', 'avslutning', 'avslutningen', 'öppet hus', 'medborgardialog', 'medborgardialogen',
  'byggstart', 'byggstarten', 'markstart', 'markstarten', 'inflyttning', 'inflyttningen', 'tillträde', 'tillträdet', 'driftstart', 'driftstarten',
  'start', 'starten', 'uppstart', 'uppstarten', 'storm', 'stormen', 'brand', 'branden', 'händelse', 'händelsen', 'olycka', 'olyckan',
  'justering', 'justeringen', 'sammanträde', 'sammanträdet', 'sammanträden', 'styrelsemöte', 'styrelsemötet', 'nämndsammanträde', 'stabsmöte', 'stabsmötet',
  'fredagen', 'måndagen', 'tisdagen', 'onsdagen', 'torsdagen', 'lördagen', 'söndagen', 'kl', 'klockan', 'lokal', 'plats',
];

/**
 * Stages of a project that come at a time rather than by it: "byggstart i oktober och
 * inflyttning till hösten 2026" says when they come, "till" notwithstanding.
 */
export const PROJECT_STAGE_NOUNS = [
  'byggstart', 'byggstarten', 'markstart', 'markstarten', 'inflyttning', 'inflyttningen', 'tillträde', 'tillträdet', 'driftstart', 'driftstarten',
  'uppstart', 'uppstarten', 'invigning', 'invigningen', 'öppning', 'öppningen', 'färdigställande', 'färdigställandet', 'driftsättning', 'driftsättningen',
  'lansering', 'lanseringen', 'idrifttagande', 'idrifttagandet', 'produktionsstart', 'produktionsstarten', 'projektstart', 'projektstarten',
];

/**
 * Meetings that a report-back is made at: "redovisas vid nämndens sammanträde i augusti" is a
 * deadline although a meeting is an event ("vid" + one of these + the date).
 */
export const REPORTING_MEETINGS = ['sammanträde', 'sammanträdet', 'möte', 'mötet', 'styrelsemöte', 'styrelsemötet', 'nämndsammanträde', 'nämndmöte', 'ledarforum', 'chefsmöte', 'chefsmötet', 'apt', 'arbetsplatsträff', 'ledningsgrupp', 'ledningsgruppen', 'planeringsdag', 'planeringsdagen', 'chefsdag', 'chefsdagen', 'ledardag', 'ledardagen'];

/** Words that make a date recurring, not a one-time deadline: "i mars varje år", "löpande". */
export const RECURRING_WORDS = [
  'varje år', 'varje månad', 'varje vecka', 'varje termin', 'varje kvartal', 'varje höst', 'varje vår', 'varannan vecka', 'varannan månad', 'vartannat år',
  'årligen', 'årligt', 'årlig', 'löpande', 'fortlöpande', 'kontinuerligt', 'en gång per år', 'en gång om året', 'en gång per termin', 'regelbundet', 'varje gång',
];

/**
 * Report-back: the date is when something comes back to the meeting or a body ("återrapporteras
 * till nämnden senast i oktober", "redovisas vid nämndens sammanträde i mars", "återkommer i vecka
 * 45", "presenteras i augusti"). Present active "redovisar" and "presenterar" say what happens at
 * this meeting, so they count only in a decision's att-clause or before "till"/"vid"/"på".
 */
export const REPORT_BACK_WORDS = [
  'återkoppl*', 'återkommer', 'återkomma', 'återkom', 'återrapport*', 'redovisas', 'redovisa', 'redovisning', 'redovisningen', 'rapporteras', 'rapportera',
  'presenteras', 'presentera', 'tillbaka till', 'lyftas', 'lyfts', 'tas upp', 'ta upp', 'tas upp igen', 'skriva upp', 'skrivs upp', 'inkomma', 'inkommer',
  'återkomma till', 'komma tillbaka', 'kommer tillbaka', 'anmälas', 'anmäls', 'delges', 'delgivas', 'informera nämnden', 'återföras', 'återförs',
  'läggas fram', 'läggs fram', 'föreläggas', 'föreläggs', 'tas med till', 'återremiss', 'återkommande rapport',
  // "uppdrogs åt kultursekreteraren att … under våren 1989 förelägga nämnden förslag till nya regler"
  'förelägga nämnden', 'förelägga styrelsen', 'förelägga utskottet',
  // "att en lägesrapport lämnas vid arbetsutskottets sammanträde den 18 april"
  'lägesrapport*', 'lägesredovisning*',
];
/** Active present report verbs: a report-back only in a decision's att-clause or before "till", "vid", "på". */
// ("att uppdra åt kommunjuristen att anmäla beslutet vid kommunfullmäktiges sammanträde den 20 april")
export const REPORT_BACK_ACTIVE = ['redovisar', 'presenterar', 'rapporterar', 'återrapporterar', 'återkopplar', 'informerar', 'anmäla', 'anmäler'];

/** Decision: the date is when a decision is to be taken ("för beslut", "beslut fattas på FLG den 11 februari"). */
export const DECISION_WORDS = [
  'för beslut', 'beslut fattas', 'beslut tas', 'beslut kommer att fattas', 'beslut kommer att tas', 'beslutet fattas', 'fattas beslut', 'tas beslut', 'tas upp som beslut',
  'för beslut om', 'beslutas på', 'beslutas vid', 'beslutas i', 'beslutas', 'bestäms', 'bestämmas', 'beslutsärende', 'för ställningstagande', 'tas ställning',
  'ta ställning', 'besluta om', 'fatta beslut', 'ta beslut', 'avgöras', 'avgörs',
];

/** Evaluation: the date is when something is evaluated or followed up ("utvärderas i mars", "Uppföljning i oktober"). */
export const EVALUATION_WORDS = ['utvärder*', 'uppföljning', 'uppföljningen', 'följs upp', 'följas upp', 'följa upp', 'stäms av', 'stämmas av', 'stämma av', 'avstämning', 'avstämningen', 'utvärdering', 'ses över', 'revideras'];

/**
 * Duty: a modal with a verb of doing ("ska vara klar", "behöver lyftas", "måste skickas"); not a
 * modal of what runs, holds or may happen ("ska pågå", "ska gälla", "ska kunna ske").
 */
export const DUTY_MODALS = ['ska', 'skall', 'behöver', 'måste', 'bör', 'borde', 'ska ha', 'skall ha', 'ska vara', 'behöver vara', 'måste vara'];
/** Verbs after a modal that make it no duty: "ska pågå under våren", "ska gälla till 2026", "ska kunna ske". */
export const NOT_DUTY_VERBS = ['pågå', 'gälla', 'löpa', 'vara', 'finnas', 'kunna', 'ske', 'hållas', 'äga', 'uppgå', 'omfatta', 'bli', 'få', 'betalas', 'utbetalas', 'användas', 'fortsätta', 'fortgå', 'ligga', 'stå'];
/** What "ska vara" takes to make it a duty: "ska vara klart", "ska vara genomförd", "ska ha inkommit". */
export const DUTY_STATES = ['klar', 'klart', 'klara', 'genomförd', 'genomfört', 'genomförda', 'färdig', 'färdigt', 'färdiga', 'på plats', 'inlämnad', 'inlämnat', 'inlämnade', 'tillhanda', 'slutförd', 'slutfört', 'åtgärdad', 'åtgärdat', 'åtgärdade', 'påbörjad', 'påbörjat', 'inkommit', 'inkommen', 'utförd', 'utfört', 'levererad', 'levererat', 'beslutad', 'beslutat', 'fastställd', 'fastställt', 'antagen', 'antaget', 'klar för', 'igång', 'i drift', 'installerad', 'installerat', 'uppdaterad', 'uppdaterat'];

/** Words of doing a task by a date that are not verbs of the task lists ("lämnas in", "mejlas", "skickas"). */
export const DUE_WORDS = [
  'senast', 'deadline', 'klart', 'klar', 'lämnas in', 'lämnas', 'mejlas', 'mailas', 'skickas in', 'skickas', 'sänds', 'målsättning', 'målsättningen', 'målet är',
  'flyttas', 'flyttas till', 'framflyttat', 'framflyttad', 'skjuts', 'skjuts upp', 'senareläggs', 'inlämning', 'tidsplan', 'tidplan', 'färdigt', 'slutföras',
  'slutförs', 'tas fram', 'ta fram', 'tillsätts', 'tillsättas', 'genomföras', 'åtgärdas', 'kompletteras', 'kompletteringar', 'påbörjas', 'upprättas', 'inkomma', 'inkommit',
  'tillhanda', 'besvaras', 'meddelas', 'görs', 'göras', 'kallas', 'bokas', 'beställas', 'beställs', 'upphandlas', 'uppdateras', 'sammanställs', 'sammanställas', 'uppdrag',
];

// ---------------------------------------------------------------------------------------------
// Small word lists the refiners read at a date's edges
// ---------------------------------------------------------------------------------------------

/** How a deadline's own text may open ("senast i oktober", "till nästa möte", "inom två veckor"). */
export const DUE_PREFIXES = ['senast', 'före', 'innan', 'inom', 'till', 'tills', 'fram till', 'senast i', 'senast under', 'senast till', 'senast vid', 'senast på', 'senast om', 'senast inom', 'senast nu på', 'nu på', 'till på', 'vid utgången av'];
/** How a start date's own text opens ("från hösten", "efter sommaren"). */
export const START_PREFIXES = ['från', 'från och med', 'fr.o.m.', 'efter', 'sedan'];
/** Words right after a date that make it a validity date ("1 januari 2027 och löper i tio år"). */
export const VALIDITY_AFTER = ['gäller', 'löper', 'träder i kraft', 'ska gälla', 'börjar gälla', 'upphör'];
/** Handing something in: "till och med den 15 mars" is a last day for these. */
export const SUBMISSION_WORDS = ['lämnas in', 'lämna in', 'inkomma', 'inkommit', 'skickas in', 'ansök*', 'anmäl*', 'inlämning', 'sista dag'];
/** A goal, whose date is when it is to be reached ("Målsättningen är att ... från hösten"). */
export const GOAL_WORDS = ['målsättningen är', 'målet är', 'ambitionen är', 'siktet är', 'målsättning:', 'målsättningen:'];
/** A plan's date, though after "till": "planeras till vecka 48", "är planerad till mars". */
export const PLANNED_WORDS = ['planeras', 'planerad', 'planerat', 'planerade', 'inplanerad', 'inplanerat', 'är satt', 'sätts', 'beräknas', 'bokad', 'bokat', 'flyttar'];
/** Irregular and common past forms ("hölls", "fick", "var"); regular ones end in PAST_ENDINGS. */
export const PAST_FORMS = [
  'hölls', 'gjordes', 'skedde', 'inträffade', 'fick', 'gav', 'tog', 'kom', 'var', 'blev', 'gick', 'höll', 'sade', 'fanns', 'stod', 'låg', 'fattade', 'beslutade',
  'beslöt', 'började', 'startade', 'öppnade', 'avslutade', 'genomförde', 'presenterade', 'informerade', 'redovisade', 'beviljade', 'avslog', 'antog', 'godkände', 'fastställde',
  // "Annika gjorde en felanmälan redan den 20 februari"
  'gjorde', 'skickade', 'skrev', 'ringde', 'anmälde', 'lämnade',
];
/** Endings of the past passive ("genomfördes", "beviljades", "avslutades"). */
export const PAST_ENDINGS = ['ades', 'des', 'tes'];
/** Words that open a new clause: a date's words are read within its clause. */
export const CLAUSE_OPENERS = ['samt att', 'och att', 'att', 'samt', 'men', 'där', 'när', 'vilket', 'medan', 'eftersom'];
/** Modals that an "att" after them does not open a clause ("kommer att fattas"). */
export const ATT_AFTER = ['kommer', 'ska', 'skall'];
/** Words before a slash date that make it a page or a number ("sida 2/2", "Dnr 4/5"). */
export const PAGE_WORDS = ['sida', 'sid', 'sid.', 's.', 'blad', 'bilaga', 'nr', 'dnr', 'punkt'];
/** Words between two dates that make one period of them after "under perioden" or "mellan". */
export const PERIOD_JOINERS = ['till', 'och', 't.o.m.', 't.o.m', 'till och med'];

/** Days named from the meeting, as a crisis staff's log writes its tasks ("till kl. 15 i morgon"). */
export const RELATIVE_DAYS: Record<string, number> = { 'i dag': 0, idag: 0, 'i kväll': 0, ikväll: 0, 'i eftermiddag': 0, 'i morgon': 1, imorgon: 1, 'i övermorgon': 2, iövermorgon: 2 };
/** What may stand before such a day in a task: "senast i morgon", "till kl. 15 i dag". */
export const RELATIVE_DAY_LEADS = ['senast', 'till', 'före', 'innan', 'klart', 'klar'];
