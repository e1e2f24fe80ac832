/**
 * Swedish calendar words, as data. Deadline parsing (src/extract/dates.ts) builds its patterns
 * from these lists; add a form here and every parser knows it.
 */

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

/** Weekday names (with the definite "måndagen" forms) to ISO weekday 1..7. */
export const WEEKDAYS: Record<string, number> = {
  måndag: 1, måndagen: 1, tisdag: 2, tisdagen: 2, onsdag: 3, onsdagen: 3, torsdag: 4, torsdagen: 4,
  fredag: 5, fredagen: 5, lördag: 6, lördagen: 6, söndag: 7, söndagen: 7,
};

/** Seasons as EDTF season codes: "till hösten" is autumn (23). */
export const SEASONS: Record<string, 21 | 22 | 23 | 24> = {
  våren: 21, vår: 21, vårterminen: 21,
  sommaren: 22, sommar: 22,
  hösten: 23, höst: 23, höstterminen: 23,
  vintern: 24, vinter: 24,
};

/**
 * Words before a season that move it: "efter sommaren" means the autumn that follows.
 * (before-word, season) -> the season meant.
 */
export const SEASON_SHIFTS: { before: string; season: 21 | 22 | 23 | 24; meaning: 21 | 22 | 23 | 24 }[] = [
  { before: 'efter', season: 22, meaning: 23 },
  { before: 'efter', season: 24, meaning: 21 },
];

/** Holidays that stand for a month: "före jul" is December. */
export const HOLIDAY_MONTHS: Record<string, number> = {
  jul: 12, julen: 12, årsskiftet: 12, halvårsskiftet: 6, sommaruppehållet: 6, semestern: 6, midsommar: 6, midsommaren: 6, påsk: 4, påsken: 4, nyår: 12, nyåret: 12,
};

/** Number words up to twelve ("inom två veckor"). */
export const NUMBER_WORDS: Record<string, number> = {
  en: 1, ett: 1, två: 2, tre: 3, fyra: 4, fem: 5, sex: 6, sju: 7, åtta: 8, nio: 9, tio: 10, elva: 11, tolv: 12,
};

/** Units for "inom N veckor" and the days they stand for. */
export const DURATION_UNITS: Record<string, number> = {
  dag: 1, dagar: 1, vecka: 7, veckor: 7, månad: 30, månader: 30,
};

/**
 * "nästa möte" and its kin. The word after "nästa" that makes it the group's next meeting: a
 * meeting word, or a group's short name in capitals ("nästa FLG", "nästa månads FSG").
 * "nästa gång" is not here on purpose: minutes use it loosely ("till nästa gång, 3/6?").
 */
export const NEXT_MEETING_WORDS = ['möte', 'mötet', 'sammanträde', 'sammanträdet', 'sammankomst', 'träff', 'ledningsgruppsmöte', 'ledningsgrupp', 'styrelsemöte', 'apt', 'arbetsplatsträff'];

/**
 * A pattern that finds any of these phrases as whole words. Written forms may end in "*" for any
 * ending ("återkoppl*"). JavaScript's \\b knows only ASCII letters, so the word edges are
 * lookarounds on Unicode letters ("återkommer" starts with a letter \\b does not know).
 */
export function phrasePattern(phrases: string[], flags = 'iu'): RegExp {
  const alts = [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '\\p{L}*').replace(/ /g, '\\s+'));
  return new RegExp(`(?<![\\p{L}])(?:${alts.join('|')})(?![\\p{L}])`, flags);
}

/**
 * Words in a sentence that make its dates deadlines, and the kind of deadline they give. Checked
 * in order; the first that matches names the kind.
 */
export const DEADLINE_CUES: { pattern: RegExp; kind: 'due' | 'report-back' | 'decision' | 'evaluation' }[] = [
  { kind: 'evaluation', pattern: phrasePattern(['utvärder*', 'uppföljning', 'följs upp', 'följas upp', 'stäms av', 'avstämning']) },
  {
    kind: 'report-back',
    pattern: phrasePattern(['återkoppl*', 'återkommer', 'återrapport*', 'redovisas', 'redovisar', 'redovisa', 'redovisning', 'rapporteras', 'rapporterar',
      'rapportera', 'presenteras', 'tillbaka till', 'lyftas', 'tas upp', 'ta upp', 'skriva upp', 'inkomma', 'återkomma']),
  },
  // a duty with a time: "alla ska gå utbildningen under november", "behöver lyftas till VON under
  // våren"; not what runs or holds for a time ("ska pågå under våren", "ska gälla till 2026")
  { kind: 'due', pattern: /(?<![\p{L}])(?:ska|skall|behöver|måste)\s+(?:ha\s+)?(?!pågå|gälla|löpa|vara|finnas|kunna)\p{Ll}+/iu },
  { kind: 'decision', pattern: /(?<![\p{L}])(?:beslut(?!\s+kring)|beslutas|bestäms|fattas|beslutsärende)(?![\p{L}])/iu },
  {
    kind: 'due',
    pattern: phrasePattern(['senast', 'sista *dag', 'deadline', 'klart', 'klar', 'ska vara klar', 'ska vara genomförd', 'lämnas in', 'mejlas', 'skickas in',
      'målsättning', 'målsättningen', 'målet är', 'flyttas', 'framflyttat', 'skjuts', 'inlämning', 'tidsplan', 'tidplan', 'färdigt', 'slutföras']),
  },
];

/**
 * A date right after one of these words dates an event, not a deadline: "chefsmötet 17/5",
 * "på chefsdagen 3 mars", "nätverksmöte den 17/3", "Tid: måndagen den 17 mars".
 */
export const EVENT_NOUN = /(?:möte|mötet|möten|mötena|dag|dagen|dagar|dagarna|konferens|konferensen|utbildning|utbildningen|workshop|workshopen|träff|träffen|seminarium|seminariet|mässa|mässan|tid|inför|måndagen|tisdagen|onsdagen|torsdagen|fredagen|planeringsdag\p{L}*|tillfälle|tillfället|från|reflexioner|sedan)(?:\s+\S+)?:?$/iu;

/** Words before a date that make it a start or validity date: never a deadline. */
export const NOT_DEADLINE_BEFORE = /(?:från och med|fr\.o\.m\.?|fr o m|t\.o\.m\.?|gäller(?:\s+\S+)?|giltig\p{L}*|till och med|from)(?:\s+den)?$/iu;
