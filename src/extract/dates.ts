/**
 * Date mentions in Swedish running text, read by one chrono-node instance: chrono's own Swedish
 * configuration (chrono.sv) with the forms it lacks added as parsers of the same kind, so that
 * every Swedish date form minutes use is read in one pass, overlaps settled the library's way.
 *
 * Each form is a rule unit (DATE_FORMS): a name, what the form means, a chrono `Parser`
 * (`pattern()` built from the lexicon, `extract()` from match to components) and its examples.
 * What chrono's components cannot hold (a season, a quarter, a week number, a count of days or
 * months from the meeting, "nästa möte") travels as tags on the result's components
 * (`protokoll/season=23`); `partsOf` reads a result back into DateParts. The year stays missing
 * where the text does not state it: resolve/ settles it against the meeting date, so chrono's
 * reference date here is arbitrary and only what the text states (chrono's "certain" components)
 * is ever read.
 *
 * Whether a mention is a deadline is decided elsewhere (deadlines.ts, by refiners on this same
 * instance): this file only reads dates.
 */
import { createRequire } from 'node:module';
import type * as chrono from 'chrono-node';
import type { Parser, ParsingComponents, ParsingContext, ParsingResult, Refiner } from 'chrono-node';

/**
 * chrono-node's Swedish locale alone: its root module loads every language it has (about 0.2 s
 * of CPU in each process and extraction thread). Required, because vitest's resolver does not
 * follow the package's "./*" export the way Node does.
 */
const sv = createRequire(import.meta.url)('chrono-node/sv') as typeof chrono.sv;
import {
  AMBIGUOUS_MONTH_ABBREVIATIONS, AMBIGUOUS_SEASON_WORDS, CALENDAR_MOVES, CALENDAR_UNITS, DATE_PREPOSITIONS, DAY_ONLY_PREPOSITIONS, THIS_CALENDAR, DURATION_UNITS, HOLIDAY_PREPOSITIONS, HOLIDAYS, MONTHS,
  NEXT_MEETING_ENDINGS, NEXT_MEETING_PREPOSITIONS, RELATIVE_DAY_LEADS, RELATIVE_DAYS, NEXT_MEETING_WORDS, NEXT_TIME_PREPOSITIONS, NEXT_WORDS, NUMBER_WORDS, PAGE_WORDS, PERIOD_JOINERS, PERIOD_LEADS, PHASE_WORDS, QUARTER_ORDINALS, SEASON_SHIFTS, SEASONS,
  WEEK_WORDS, WEEKDAY_PREPOSITIONS, WEEKDAYS, WITHIN_WORDS, YEAR_PREPOSITIONS,
  DEADLINE_LABELS, fullYearOf,
} from '../lexicon/index.js';
import { alternation, pattern } from '../lexicon/pattern.js';
import type { Rule } from './rules/rule.js';
import type { DateParts } from './types.js';

export interface DateMention {
  start: number;
  end: number;
  text: string;
  parts: DateParts;
  /** the end of a period written as one ("15 april – 10 maj 1994", "vecka 4–6") */
  until?: DateParts;
}

/** A date form: a chrono parser with its examples (the parts of each date the example holds). */
export interface DateForm extends Rule<void, DateMention, DateParts[]> {
  parser: Parser;
}

// ---------------------------------------------------------------------------------------------
// What a form extracts: chrono components for what chrono knows, tags for the rest
// ---------------------------------------------------------------------------------------------

/** The parts chrono's components have no place for. */
type TaggedParts = Pick<DateParts, 'season' | 'quarter' | 'week' | 'offsetDays' | 'offsetMonths' | 'calendarOffset' | 'relative' | 'sameDayAllowed'>;
const TAG = 'protokoll/';
const TAGGED_KEYS = ['season', 'quarter', 'week', 'offsetDays', 'offsetMonths', 'calendarOffset', 'relative', 'sameDayAllowed'] as const;

interface Reading {
  /** components the text states: year, month, day, weekday (ISO 1..7) */
  known?: { year?: number; month?: number; day?: number; weekday?: number };
  tagged?: TaggedParts;
  /** the other end of a period written as one */
  until?: { known?: Reading['known']; tagged?: TaggedParts };
}

function tag(components: ParsingComponents, tagged: TaggedParts | undefined): void {
  for (const key of TAGGED_KEYS) {
    const value = tagged?.[key];
    if (value === undefined) continue;
    components.addTag(`${TAG}${key}=${typeof value === 'object' ? `${value.unit}:${value.n}` : value}`);
  }
}

function components(context: ParsingContext, reading: NonNullable<Reading['until']>): ParsingComponents {
  const { weekday, ...stated } = reading.known ?? {};
  // only what the text states is known; a component left undefined is not
  const rest = Object.fromEntries(Object.entries(stated).filter(([, v]) => v !== undefined)) as typeof stated;
  const c = context.createParsingComponents(rest);
  // chrono counts weekdays from Sunday = 0
  if (weekday !== undefined) c.assign('weekday', weekday % 7);
  // a month without its day, a year without its month: chrono implies the rest from the
  // reference; a valid day keeps its validity checks quiet (they are never read)
  if (rest.month !== undefined && rest.day === undefined) c.imply('day', 1);
  if (rest.year !== undefined && rest.month === undefined) { c.imply('month', 1); c.imply('day', 1); }
  tag(c, reading.tagged);
  return c;
}

/** The parts of a chrono result: its certain components and its tags, nothing chrono implied. */
export function partsOf(c: ParsingComponents): DateParts {
  const parts: DateParts = {};
  if (c.isCertain('year')) parts.year = c.get('year')!;
  if (c.isCertain('month')) parts.month = c.get('month')!;
  if (c.isCertain('day')) parts.day = c.get('day')!;
  else if (c.isCertain('weekday')) parts.weekday = c.get('weekday')! || 7;
  for (const t of c.tags()) {
    if (!t.startsWith(TAG)) continue;
    const [key, value] = t.slice(TAG.length).split('=') as [keyof TaggedParts, string];
    if (key === 'relative') parts.relative = 'next-meeting';
    else if (key === 'sameDayAllowed') parts.sameDayAllowed = true;
    else if (key === 'season') parts.season = Number(value) as 21 | 22 | 23 | 24;
    else if (key === 'calendarOffset') {
      const [unit, n] = value.split(':') as ['week' | 'month' | 'year', string];
      parts.calendarOffset = { unit, n: Number(n) };
    }
    else parts[key] = Number(value);
  }
  return parts;
}

// ---------------------------------------------------------------------------------------------
// Our forms, each a chrono Parser
// ---------------------------------------------------------------------------------------------

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** no letter or digit may follow a form */
const END = '(?![\\p{L}\\p{N}])';
const YEAR = '((?:19|20)\\d\\d)';

/**
 * A chrono parser from a lexicon pattern and a reading of its match. chrono runs a parser's
 * pattern on the text left after its last result, so a lookbehind cannot see the word before the
 * match: the word edge on the left is checked here, on the whole text.
 */
function parserOf(regex: RegExp, read: (m: RegExpMatchArray) => Reading | null): Parser {
  if (regex.global || regex.sticky) throw new Error(`a chrono pattern must not be global: ${regex}`);
  return {
    pattern: () => regex,
    extract(context, match) {
      const index = match.index!;
      if (index > 0 && LETTER_OR_DIGIT.test(context.text[index - 1]!)) return null;
      const reading = read(match);
      if (!reading) return null;
      const result = context.createParsingResult(index, match[0]);
      result.start = components(context, reading);
      if (reading.until) result.end = components(context, reading.until);
      return result;
    },
  };
}

const yearOf = (s: string | undefined): number | undefined => {
  if (!s) return undefined;
  const n = Number(s);
  return n >= 1900 && n <= 2100 ? n : undefined;
};
const validDay = (d: number, m: number) => m >= 1 && m <= 12 && d >= 1 && d <= 31;
const lower = (s: string | undefined) => (s ?? '').toLowerCase().replace(/\s+/g, ' ');
const numberOf = (s: string) => (/^\d+$/.test(s) ? Number(s) : NUMBER_WORDS[lower(s)] ?? NaN);

const MONTH_WORDS = Object.keys(MONTHS);
const PREPOSITION = [...DATE_PREPOSITIONS, ...PHASE_WORDS];
const AMBIGUOUS_MONTHS = new Set(AMBIGUOUS_MONTH_ABBREVIATIONS);
const AMBIGUOUS_SEASONS = new Set(AMBIGUOUS_SEASON_WORDS);

const ordinalDayAndMonth: DateForm = {
  name: 'den 7:e februari',
  about: 'a day written as an ordinal ("7:e", "1:a") before a month name: the form chrono-node\'s Swedish month parser does not read',
  find: (text) => readWith(ordinalDayAndMonth.parser, text),
  parser: parserOf(pattern('iu')`(?:den\s+)?(\d{1,2}):(?:e|a)\s+(${MONTH_WORDS})(?:\.(?=\s*\d))?(?:\s+${YEAR})?${END}`, (m) => {
    const day = Number(m[1]);
    const month = MONTHS[lower(m[2])]!;
    return validDay(day, month) ? { known: { day, month, year: yearOf(m[3]) } } : null;
  }),
  examples: [
    { text: 'Förslag mejlas senast den 7:e februari.', expected: [{ day: 7, month: 2 }] },
    { text: 'Klart 28:e jan 2025', expected: [{ day: 28, month: 1, year: 2025 }] },
    { text: 'Inbjudan skickas ut den 1:a mars.', expected: [{ day: 1, month: 3 }] },
  ],
};

const comingMonth: DateForm = {
  name: 'den 15 instundande april',
  about: 'older minutes name the month to come as "instundande", "innevarande" or "nästkommande" between the day and the month: that day of that month',
  find: (text) => readWith(comingMonth.parser, text),
  parser: parserOf(pattern('iu')`(?:den\s+)?(\d{1,2})(?::(?:e|a))?\s+(?:instundande|innevarande|nästkommande|kommande|förestående|nästa)\s+(${MONTH_WORDS})${END}`, (m) => {
    const day = Number(m[1]);
    const month = MONTHS[lower(m[2])]!;
    return validDay(day, month) ? { known: { day, month } } : null;
  }),
  examples: [
    { text: 'Förslaget föreläggs drätselkammaren den 15 instundande april.', expected: [{ day: 15, month: 4 }] },
    { text: 'Räkenskaperna överlämnas till revisorerna senast den 1 instundande april.', expected: [{ day: 1, month: 4 }] },
  ],
};

const twoDigitYearDate: DateForm = {
  name: '93-04-30',
  about: 'a date with its year in two digits first ("senast 84-09-30", "93-05-01--93-08-15"), as minutes were typed before the 2000s',
  find: (text) => readWith(twoDigitYearDate.parser, text),
  parser: parserOf(/(?<![\d-])(\d\d)-(\d\d)-(\d\d)(?!\d)/u, (m) => {
    const [year, month, day] = [fullYearOf(Number(m[1])), Number(m[2]), Number(m[3])];
    return validDay(day, month) ? { known: { year, month, day } } : null;
  }),
  examples: [
    { text: 'Lena sätter upp anslag om städdagen senast 93-04-26.', expected: [{ year: 1993, month: 4, day: 26 }] },
    { text: 'Tiden för åtgärd är senast 84-09-30.', expected: [{ year: 1984, month: 9, day: 30 }] },
    { text: 'Telefon 08-123 45 67.', expected: [] },
  ],
};

const compactDate: DateForm = {
  name: 'den 240101',
  about: 'a six-digit date (yymmdd) after "den", as some secretaries write it',
  find: (text) => readWith(compactDate.parser, text),
  parser: parserOf(/den\s+(\d\d)(\d\d)(\d\d)(?!\d)/iu, (m) => {
    const [year, month, day] = [2000 + Number(m[1]), Number(m[2]), Number(m[3])];
    return validDay(day, month) ? { known: { year, month, day } } : null;
  }),
  examples: [{ text: 'Verksamheten ingår fr.o.m. den 240101 i enheten.', expected: [{ year: 2024, month: 1, day: 1 }] }],
};

const month: DateForm = {
  name: 'i mars',
  about: 'a month: "i mars", "mars månad", "i slutet av maj", "under maj 2025", "januari–augusti 2025". A month word needs a preposition, "månad" or a year to be a date ("Mars" alone may be a name), an abbreviation a year or "månad"',
  find: (text) => readWith(month.parser, text),
  parser: parserOf(
    pattern('iu')`(?:(${PREPOSITION})\s+)?(${MONTH_WORDS})(?:\.(?=\s*(?:\d|månad|[–—-])))?(?:\s*[–—-]\s*(${MONTH_WORDS}))?(?:\s+(månad(?:en)?|månads))?(?:\s+${YEAR})?${END}`,
    (m) => {
      const [, before, first, last, monthWord, year] = m;
      if (!before && !monthWord && !year) return null;
      // "efter mars månads utfall": the month names a period's figures, it dates nothing
      if (monthWord && lower(monthWord) === 'månads') return null;
      if (AMBIGUOUS_MONTHS.has(lower(first)) && !monthWord && !year) return null;
      const reading: Reading = { known: { month: MONTHS[lower(first)]!, year: yearOf(year) } };
      if (last) reading.until = { known: { month: MONTHS[lower(last)]!, year: yearOf(year) } };
      return reading;
    },
  ),
  examples: [
    { text: 'Rapporten lämnas till nämnden senast vid utgången av mars.', expected: [{ month: 3 }] },
    { text: 'Återkopplas till FLG i mars månad.', expected: [{ month: 3 }] },
    { text: 'Utvärdering september månad 2025.', expected: [{ month: 9, year: 2025 }] },
    { text: 'Fastighetschefen återkommer med en lägesrapport i slutet av november.', expected: [{ month: 11 }] },
    { text: 'Ärendet tas upp under maj 2026.', expected: [{ month: 5, year: 2026 }] },
    { text: 'Styrelsen godkände delårsrapporten för januari–augusti 2025.', expected: [{ month: 1, year: 2025 }] },
    { text: 'Mars Andersson deltog.', expected: [] },
    { text: 'Ekonomichefen återkommer med en prognos efter mars månads utfall vid FSG i april.', expected: [{ month: 4 }] },
    { text: 'Vi bokar in ett möte i mars.', expected: [{ month: 3 }] },
  ],
};

const monthMeeting: DateForm = {
  name: 'vid decembersammanträdet',
  about: 'a meeting named by its month ("decembersammanträdet", "junimötet", "augustinämnden") falls in that month; only full month names make such compounds',
  find: (text) => readWith(monthMeeting.parser, text),
  parser: parserOf(
    pattern('iu')`(?:(${PREPOSITION})\s+)?(${Object.keys(MONTHS).filter((m) => m.length > 3 || m === 'maj')})(sammanträdet|sammanträde|mötet|möte|nämnden|styrelsen|träffen)${END}`,
    (m) => ({ known: { month: MONTHS[lower(m[2]!)]! } }),
  ),
  examples: [
    { text: 'Ekonomichefen redovisar prognosen vid decembersammanträdet.', expected: [{ month: 12 }] },
    { text: 'Frågan tas upp på junimötet.', expected: [{ month: 6 }] },
    { text: 'Marsmötet hölls i Bergvik.', expected: [{ month: 3 }] },
  ],
};

const HOLIDAY_WORDS = Object.keys(HOLIDAYS);
const holiday: DateForm = {
  name: 'före jul',
  about: 'a holiday or a turn of the year as a time limit: "före jul" and "före årsskiftet" are December, "innan sommaruppehållet" the summer, "till midsommar" June',
  find: (text) => readWith(holiday.parser, text),
  parser: parserOf(pattern('iu')`(${HOLIDAY_PREPOSITIONS})\s+(${HOLIDAY_WORDS})(?:\s+${YEAR})?${END}`, (m) => {
    const meant = HOLIDAYS[lower(m[2])]!;
    const year = yearOf(m[3]);
    // "efter semestern" is the autumn after it, as "efter sommaren" is; "efter jul" and "efter
    // årsskiftet" January
    if (lower(m[1]) === 'efter' && 'season' in meant && meant.season === 22) return { known: { year }, tagged: { season: 23 } };
    if (lower(m[1]) === 'efter' && 'month' in meant && meant.month === 12) return { known: { month: 1, year } };
    if (lower(m[1]) === 'efter' && 'month' in meant && meant.after) return { known: { month: meant.after, year } };
    return 'month' in meant ? { known: { month: meant.month, year } } : { known: { year }, tagged: { season: meant.season } };
  }),
  examples: [
    { text: 'Gatuenheten sätter upp skyltar inför skolstarten.', expected: [{ month: 8 }] },
    { text: 'Planen ska vara klar före jul.', expected: [{ month: 12 }] },
    { text: 'Besiktningen görs före årsskiftet.', expected: [{ month: 12 }] },
    { text: 'Byggnadsinspektören framlägger förslaget för nämnden före årets utgång.', expected: [{ month: 12 }] },
    { text: 'Förslagen ska redovisas innan sommaruppehållet.', expected: [{ season: 22 }] },
    { text: 'Rutinen ska vara klar till midsommar 2026.', expected: [{ month: 6, year: 2026 }] },
    { text: 'Per återkommer efter semestern.', expected: [{ season: 23 }] },
    { text: 'Arbetet startar efter årsskiftet.', expected: [{ month: 1 }] },
    { text: 'Åsa återkommer efter sportlovet.', expected: [{ month: 3 }] },
    { text: 'Enkäten skickas ut före sportlovet.', expected: [{ month: 2 }] },
  ],
};

const SEASON_WORDS = Object.keys(SEASONS);
const season: DateForm = {
  name: 'till hösten',
  about: 'a season: "till hösten", "under våren 2025", "hösten 2024", "efter sommaren" (the autumn after it). A season word needs a preposition or a year; "i vår" only at the end of a clause ("i vår samverkan" is "in our cooperation")',
  find: (text) => readWith(season.parser, text),
  parser: parserOf(
    pattern('iu')`(?:(${PREPOSITION})\s+)?(?:(?:${SEASON_WORDS})\s*(?:och|\/|-|–)\s*)?(${SEASON_WORDS})(?:\s+${YEAR})?${END}(?=(\s*[.,;:!?)]|\s*$)?)`,
    (m) => {
      const [, before, word, year, clauseEnd] = m;
      if (!before && !year) return null;
      if (AMBIGUOUS_SEASONS.has(lower(word)) && !year && clauseEnd === undefined) return null;
      let code = SEASONS[lower(word)]!;
      const shift = SEASON_SHIFTS.find((s) => s.before === lower(before) && s.season === code);
      if (shift) code = shift.meaning;
      return { known: { year: yearOf(year) }, tagged: { season: code } };
    },
  ),
  examples: [
    { text: 'Vi ser inte att vi kan delta förrän till hösten.', expected: [{ season: 23 }] },
    { text: 'Frågan lyfts till nämnden under våren 2025.', expected: [{ season: 21, year: 2025 }] },
    { text: 'Arbetet återupptas efter sommaren.', expected: [{ season: 23 }] },
    { text: 'Arbetet ska vara klart före sommaren.', expected: [{ season: 21 }] },
    { text: 'Förslaget tas fram till sommaren.', expected: [{ season: 22 }] },
    { text: 'Det finns en stor potential i vår samverkan.', expected: [] },
    { text: 'Vi återkommer i vår.', expected: [{ season: 21 }] },
  ],
};

const QUARTER_WORDS = Object.keys(QUARTER_ORDINALS);
const quarter: DateForm = {
  name: 'Q3',
  about: 'a quarter: "Q3", "Q2 2026", "kvartal 3", "tredje kvartalet", "3:e kvartalet"; EDTF writes quarters 33..36',
  find: (text) => readWith(quarter.parser, text),
  parser: parserOf(
    pattern('iu')`(?:(?:${PREPOSITION})\s+)?(?:Q([1-4])|kvartal\s+([1-4])|kv\.?\s?([1-4])|(${QUARTER_WORDS})\s+kvartalet|([1-4]):(?:e|a)\s+kvartalet)(?:\s+${YEAR})?${END}`,
    (m) => {
      const q = Number(m[1] ?? m[2] ?? m[3] ?? m[5] ?? QUARTER_ORDINALS[lower(m[4])]);
      return { known: { year: yearOf(m[6]) }, tagged: { quarter: q } };
    },
  ),
  examples: [
    { text: 'Rapporten redovisas Q3.', expected: [{ quarter: 3 }] },
    { text: 'Förslaget presenteras för styrelsen under Q2 2026.', expected: [{ quarter: 2, year: 2026 }] },
    { text: 'Planen redovisas under första kvartalet 2026.', expected: [{ quarter: 1, year: 2026 }] },
  ],
};

const WEEKDAY_WORDS = Object.keys(WEEKDAYS);
const week: DateForm = {
  name: 'vecka 12',
  about: 'an ISO week number: "vecka 12", "v. 12", "v12", "vecka 4–6 2026"; it resolves to the Friday of that week',
  find: (text) => readWith(week.parser, text),
  parser: parserOf(
    pattern('iu')`(?:(?:${PREPOSITION})\s+)?(?:(${WEEKDAY_WORDS})(?:en)?\s+(?:i\s+)?)?(?:${WEEK_WORDS})\s?(\d{1,2})(?:\s*[–—-]\s*(\d{1,2}))?(?:,?\s+${YEAR})?${END}`,
    (m) => {
      const [first, last, year] = [Number(m[2]), m[3] ? Number(m[3]) : undefined, yearOf(m[4])];
      if (first < 1 || first > 53 || (last !== undefined && (last < first || last > 53))) return null;
      // "fredag vecka 12": that day of the week
      const day = m[1] ? WEEKDAYS[lower(m[1])] : undefined;
      if (day !== undefined && last !== undefined) return null;
      const reading: Reading = { known: { year, ...(day !== undefined ? { weekday: day } : {}) }, tagged: { week: first } };
      if (last !== undefined) reading.until = { known: { year }, tagged: { week: last } };
      return reading;
    },
  ),
  examples: [
    { text: 'Anna återkommer med schema i vecka 5.', expected: [{ week: 5 }] },
    { text: 'Ny grind beställs, klart v. 48', expected: [{ week: 48 }] },
    { text: 'Webbsidan uppdateras senast v12.', expected: [{ week: 12 }] },
    { text: 'En kampanj genomförs under vecka 4–6 2026.', expected: [{ week: 4, year: 2026 }] },
    { text: 'Synpunkter lämnas till Lisa senast fredag vecka 12.', expected: [{ week: 12, weekday: 5 }] },
    { text: 'Svar senast måndag i v. 9.', expected: [{ week: 9, weekday: 1 }] },
  ],
};

const weekday: DateForm = {
  name: 'senast fredag',
  about: 'a bare weekday after "senast", "till", "på", "före": the first such day after the meeting. A weekday before a date ("fredag den 7 februari") is that date\'s, not a form of its own',
  find: (text) => readWith(weekday.parser, text),
  // ("senast fredag nästa vecka" is the calendar form's: the Friday of the week after)
  // ("Klart: fredag", "När: torsdag": a weekday after a deadline label's colon, the label left out;
  // "fre" alone: a Klart column's cell, or the last word of a to-do line read as one)
  parser: parserOf(pattern('iu')`(?:(?:${WEEKDAY_PREPOSITIONS})\s+|(?<=(?<![\p{L}])(?:${DEADLINE_LABELS})\s*:\s*)|(?<=^\s*)(?=(?:${WEEKDAY_WORDS})\.?\s*$))(${WEEKDAY_WORDS})${END}(?![\s,]*(?:den\s+)?\d)(?!\s+(?:i\s+)?(?:${WEEK_WORDS})\s?\d)(?!\s+(?:i\s+)?(?:${Object.keys(CALENDAR_MOVES)})\s+veck)`, (m) => ({
    known: { weekday: WEEKDAYS[lower(m[1])]! },
  })),
  examples: [
    { text: 'Önskemål lämnas till Lisa senast fredag.', expected: [{ weekday: 5 }] },
    { text: 'KP kontaktar trafikenheten till på måndag.', expected: [{ weekday: 1 }] },
    { text: 'Ansvarig: MK. Klart: fredag', expected: [{ weekday: 5 }] },
    { text: 'Mötet hålls på fredag den 7 februari.', expected: [] },
    { text: 'Ansvarig: Peter, senast ons', expected: [{ weekday: 3 }] },
    { text: 'fre', expected: [{ weekday: 5 }] },
    { text: 'Fredag', expected: [{ weekday: 5 }] },
    { text: 'Vi ses i mån av tid.', expected: [] },
  ],
};

const NUMBER = alternation(Object.keys(NUMBER_WORDS));
const UNIT_WORDS = Object.keys(DURATION_UNITS);
const within: DateForm = {
  name: 'inom två veckor',
  about: 'a time from the meeting: "inom två veckor" and "inom 14 dagar" count days (the meeting plus 14), "inom en månad" counts calendar months (from 9 October, 9 November)',
  find: (text) => readWith(within.parser, text),
  // "senast 14 dagar efter mötet" counts from the meeting as well
  parser: parserOf(pattern('iu')`(?:(?:${WITHIN_WORDS})\s+(\d{1,3}|${NUMBER})\s+(${UNIT_WORDS})|senast\s+(\d{1,3}|${NUMBER})\s+(${UNIT_WORDS})\s+efter\s+(?:mötet|sammanträdet|dagens\s+(?:möte|sammanträde)))${END}`, (m) => {
    const n = numberOf((m[1] ?? m[3])!);
    const unit = DURATION_UNITS[lower(m[2] ?? m[4])]!;
    if (!Number.isFinite(n)) return null;
    return { tagged: 'days' in unit ? { offsetDays: n * unit.days } : { offsetMonths: n * unit.months } };
  }),
  examples: [
    { text: 'Alla ska ha gått utbildningen inom två veckor.', expected: [{ offsetDays: 14 }] },
    { text: 'Svar lämnas inom 10 dagar.', expected: [{ offsetDays: 10 }] },
    { text: 'Uppdrogs åt ordföranden att utarbeta förslag till yttrande inom fjorton dagar.', expected: [{ offsetDays: 14 }] },
    { text: 'Åtgärdsplanen skickas till rådet inom en månad.', expected: [{ offsetMonths: 1 }] },
    { text: 'Svar lämnas senast 14 dagar efter mötet.', expected: [{ offsetDays: 14 }] },
    { text: 'KR inom 1 v.', expected: [{ offsetDays: 7 }] },
  ],
};

/** a time of day: "kl. 15", "kl 08.00" */
const TIME_OF_DAY = String.raw`kl\.?\s*\d{1,2}(?:[.:]\d{2})?`;
const relativeDay: DateForm = {
  name: 'till kl. 15 i morgon',
  about: 'a day named from the meeting ("i dag", "i morgon"), as a stab\'s log sets its tasks; "i dag" only with a time of day or a "senast"/"till" before it, since alone it most often tells how things stand now ("i morgon" is always ahead)',
  find: (text) => readWith(relativeDay.parser, text),
  // ("i morgon" alone is always ahead: "Åsa felanmäler porttelefonen i morgon"; "i morgon kl. 10"
  // with no lead tells when something happens)
  parser: parserOf(pattern('iu')`(?:(?:${RELATIVE_DAY_LEADS})\s+(?:${TIME_OF_DAY}\s+)?|${TIME_OF_DAY}\s+)(${Object.keys(RELATIVE_DAYS)})${END}|(${Object.keys(RELATIVE_DAYS)})\s+(?:före|senast|innan|till)\s+${TIME_OF_DAY}|(?<![\p{L}])(i\s+morgon|imorgon|i\s+övermorgon)${END}(?!\s*(?:,\s*)?(?:kl|klockan|\p{L}+dag)(?![\p{L}]))`, (m) => ({
    tagged: { offsetDays: RELATIVE_DAYS[lower(m[1] ?? m[2] ?? m[3]).replace(/\s+/gu, ' ')]! },
  })),
  examples: [
    { text: 'LB tar fram en lista över brukare med elberoende hjälpmedel till kl. 15 i morgon.', expected: [{ offsetDays: 1 }] },
    { text: 'ED informerar vårdnadshavarna i dag före kl. 12.', expected: [{ offsetDays: 0 }] },
    { text: 'Klart: Kl. 15 i dag', expected: [{ offsetDays: 0 }] },
    { text: 'Läget i dag är stabilt.', expected: [] },
    { text: 'Åsa felanmäler porttelefonen till Hemsjöbostäder i morgon.', expected: [{ offsetDays: 1 }] },
    { text: 'Stödcentrum hålls öppet i morgon kl. 10–18.', expected: [] },
    { text: 'Mediebriefing i dag kl. 11 i kommunhuset.', expected: [] },
  ],
};

/**
 * "Mobilt reservkraftverk till Solgården – Teknisk chef – kl. 11.00": a time of day alone in a
 * to-do's time column is that time on the meeting's day. Only the whole column reads so: in
 * running text "kl. 13.00" tells when something starts.
 */
const timeOfDayColumn: DateForm = {
  name: 'kl. 11.00 (in a time column)',
  about: 'a time of day alone where a to-do line or a table gives its time: the meeting\'s own day, as a krisledning sets its tasks hour by hour',
  find: (text) => readWith(timeOfDayColumn.parser, text),
  // ("söndag kl. 18": the first such day after the meeting, at that time; "i morgon kl. 08" the next day)
  parser: parserOf(pattern('iu')`^\s*(?:senast\s+|till\s+)?(?:(${WEEKDAY_WORDS})\s+|(${Object.keys(RELATIVE_DAYS)})\s+)?${TIME_OF_DAY}\s*\.?\s*$`, (m) =>
    m[1] ? { known: { weekday: WEEKDAYS[lower(m[1])]! }, tagged: { sameDayAllowed: true } } : { tagged: { offsetDays: m[2] ? RELATIVE_DAYS[lower(m[2]).replace(/\s+/gu, ' ')]! : 0 } }),
  examples: [
    { text: 'kl. 11.00', expected: [{ offsetDays: 0 }] },
    { text: 'söndag kl. 18', expected: [{ weekday: 7, sameDayAllowed: true }] },
    { text: 'i kväll kl. 18', expected: [{ offsetDays: 0 }] },
    { text: 'i morgon kl. 08', expected: [{ offsetDays: 1 }] },
    { text: 'senast kl. 15', expected: [{ offsetDays: 0 }] },
    { text: 'Mötet börjar kl. 13.00.', expected: [] },
  ],
};

const year: DateForm = {
  name: 'senast 2026',
  about: 'a bare year after "senast", "till", "under", "före": the year itself (EDTF "2026"). A year alone, or a span of years ("2027–2028"), is no date',
  find: (text) => readWith(year.parser, text),
  parser: parserOf(pattern('iu')`(?:${YEAR_PREPOSITIONS})\s+${YEAR}(?![\p{L}\p{N}]|\s*[–—/-]\s*\d)`, (m) => ({ known: { year: Number(m[1]) } })),
  examples: [
    { text: 'Solceller ska finnas på alla byggnader senast 2030.', expected: [{ year: 2030 }] },
    { text: 'Identifiera aktiviteter under 2025.', expected: [{ year: 2025 }] },
    { text: 'Planen för 2027–2028 antas.', expected: [] },
  ],
};

const calendar: DateForm = {
  name: 'nästa vecka',
  about: 'the meeting\'s own week, month or year or the next one: "nästa vecka" is the Friday of the week after the meeting\'s (a week is its Friday), "nästa månad" the month after, "i år" the meeting\'s year',
  find: (text) => readWith(calendar.parser, text),
  parser: parserOf(
    pattern('iu')`(?:(?:${PREPOSITION})\s+)?(?:(${WEEKDAY_WORDS})(?:en)?\s+(?:i\s+)?)?(?:(${Object.keys(CALENDAR_MOVES)})\s+(${Object.keys(CALENDAR_UNITS)})|(${Object.keys(THIS_CALENDAR)}))${END}|(?:${PHASE_WORDS})\s+(månaden|veckan|året)${END}`,
    (m) => {
      // "i slutet av månaden", "i början av veckan": a part of the meeting's own month, week or year
      if (m[5]) return { tagged: { calendarOffset: { unit: CALENDAR_UNITS[lower(m[5])]!, n: 0 } } };
      // "tisdag nästa vecka": that day of the week
      const weekday = m[1] && lower(m[3] ?? '').startsWith('veck') ? { known: { weekday: WEEKDAYS[lower(m[1]).replace(/en$/u, '')]! } } : {};
      if (m[4]) return { tagged: { calendarOffset: { unit: THIS_CALENDAR[lower(m[4])]!, n: 0 } } };
      return { ...weekday, tagged: { calendarOffset: { unit: CALENDAR_UNITS[lower(m[3])]!, n: CALENDAR_MOVES[lower(m[2])]! } } };
    },
  ),
  examples: [
    { text: 'Schemat skickas ut nästa vecka.', expected: [{ calendarOffset: { unit: 'week', n: 1 } }] },
    { text: 'Frågan tas upp igen nästa månad.', expected: [{ calendarOffset: { unit: 'month', n: 1 } }] },
    { text: 'Rutinen ska vara klar i år.', expected: [{ calendarOffset: { unit: 'year', n: 0 } }] },
    { text: 'Kontaktpersonerna uppdaterar genomförandeplanerna i slutet av månaden.', expected: [{ calendarOffset: { unit: 'month', n: 0 } }] },
    { text: 'Nästa års budget behandlas.', expected: [] },
    { text: 'LH skickar ut enkäten senast tisdag nästa vecka.', expected: [{ weekday: 2, calendarOffset: { unit: 'week', n: 1 } }] },
    { text: 'Josefin kontaktar APL-samordnaren senast fredag nästa vecka.', expected: [{ weekday: 5, calendarOffset: { unit: 'week', n: 1 } }] },
  ],
};

const dayOnly: DateForm = {
  name: 'senast den 20:e',
  about: 'a day of the month without its month, after "senast", "till", "före": the first such day on or after the meeting',
  find: (text) => readWith(dayOnly.parser, text),
  parser: parserOf(pattern('iu')`(?:${DAY_ONLY_PREPOSITIONS})\s+den\s+(\d{1,2})(?::(?:e|a)|e)${END}(?!\s+(?:${MONTH_WORDS}))`, (m) => {
    const day = Number(m[1]);
    return day >= 1 && day <= 31 ? { known: { day } } : null;
  }),
  examples: [
    { text: 'Underlaget mejlas till Eva senast den 20:e.', expected: [{ day: 20 }] },
    { text: 'Rapporten lämnas senast den 7:e mars.', expected: [] },
  ],
};

const nextMeeting: DateForm = {
  name: 'nästa möte',
  about: 'the group\'s next meeting, as a relative date: "till nästa möte", "nästa FLG", "till nästa månads FSG", "till styrelsens nästa sammanträde", "till nästa APT". "nästa gång" is not one: minutes use it loosely',
  find: (text) => readWith(nextMeeting.parser, text),
  parser: parserOf(
    pattern('iu')`(?:(?:${NEXT_MEETING_PREPOSITIONS})\s+(?:[\p{L}-]+s\s+)?)?(?:${NEXT_WORDS})\s+(?:månads\s+|ordinarie\s+)?(?:(${NEXT_MEETING_WORDS}|[\p{L}-]*(?:${NEXT_MEETING_ENDINGS}))|([\p{L}]{2,5}))${END}`,
    (m) => {
      // a group's short name is in capitals: "nästa FLG", not "nästa vecka"
      if (!m[1] && !/^\p{Lu}{2,5}$/u.test(m[2]!)) return null;
      return { tagged: { relative: 'next-meeting' } };
    },
  ),
  examples: [
    { text: 'Fundera och ta upp på nästa FLG.', expected: [{ relative: 'next-meeting' }] },
    { text: 'Yusuf och Helena planerar upplägget och återkommer till nästa presidium.', expected: [{ relative: 'next-meeting' }] },
    { text: 'Flyttas till nästa månads FSG.', expected: [{ relative: 'next-meeting' }] },
    { text: 'VD redovisar planen till styrelsens nästa möte.', expected: [{ relative: 'next-meeting' }] },
    { text: 'Maria tar fram förslag till nästa APT.', expected: [{ relative: 'next-meeting' }] },
    { text: 'Rektorerna tar med frågan till nästa rektorsgrupp.', expected: [{ relative: 'next-meeting' }] },
    { text: 'Vi ses nästa vecka.', expected: [] },
  ],
};

const nextTime: DateForm = {
  name: 'till nästa gång',
  about: 'a task brought or prepared for "nästa gång" is due at the next meeting; "nästa gång" without "till" or "inför" is not a time limit',
  find: (text) => readWith(nextTime.parser, text),
  parser: parserOf(
    pattern('iu')`(?:${NEXT_TIME_PREPOSITIONS})\s+(?:${NEXT_WORDS})\s+gång${END}`,
    () => ({ tagged: { relative: 'next-meeting' } }),
  ),
  examples: [
    { text: 'Birgitta återkommer om den till nästa gång.', expected: [{ relative: 'next-meeting' }] },
    { text: 'Jesper och Fredrik tar med ett förslag till nästa gång.', expected: [{ relative: 'next-meeting' }] },
    { text: 'Läs rapporten inför nästa gång.', expected: [{ relative: 'next-meeting' }] },
    { text: 'Även nästa gång följa upp arbetet med Canea.', expected: [] },
  ],
};

// ---------------------------------------------------------------------------------------------
// chrono's own Swedish forms, and the ones of its configuration minutes cannot use
// ---------------------------------------------------------------------------------------------

/**
 * chrono.sv's casual configuration, parsers by class name. Kept: ISO dates, slash dates
 * ("28/1", "28/1-25", "7.12.2020") and day-month dates ("den 28 januari 2025", "20–31 oktober").
 * Left out, each replaced by a form above: the weekday parser (it reads the abbreviations "to",
 * "on", "må", "fr" in any text, and "senast fredag" needs its preposition), the casual parser
 * ("nu", "idag": minutes date tasks by the calendar) and the relative parser ("nästa vecka",
 * computed from chrono's reference date, which here is no meeting's).
 */
const CHRONO_SV = sv.createCasualConfiguration(true);
const LEFT_OUT_PARSERS = ['SVCasualDateParser', 'SVWeekdayParser', 'SVTimeUnitCasualRelativeFormatParser'];
const chronoParser = (name: string): Parser => {
  const found = CHRONO_SV.parsers.find((p) => p.constructor.name === name);
  if (!found) throw new Error(`chrono-node's Swedish configuration has no ${name}: check the chrono-node version`);
  return found;
};
const chronoRefiner = (name: string): Refiner => {
  const found = CHRONO_SV.refiners.find((r) => r.constructor.name === name);
  if (!found) throw new Error(`chrono-node's configuration has no ${name}: check the chrono-node version`);
  return found;
};
for (const name of LEFT_OUT_PARSERS) chronoParser(name); // fail loudly if chrono renames them

const isoDate: DateForm = {
  name: '2025-01-28',
  about: 'an ISO date, read by chrono-node\'s ISOFormatParser',
  find: (text) => readWith(isoDate.parser, text),
  parser: chronoParser('ISOFormatParser'),
  examples: [
    { text: 'Planen ska vara klar senast 2025-11-30.', expected: [{ year: 2025, month: 11, day: 30 }] },
    { text: 'Bygglov B 2025-000118 beviljas.', expected: [] },
  ],
};

const slashDate: DateForm = {
  name: '28/2',
  about: 'a day and month with a slash, day first ("28/2", "28/2-25", "7.12.2020"), read by chrono-node\'s SlashDateFormatParser',
  find: (text) => readWith(slashDate.parser, text),
  parser: chronoParser('SlashDateFormatParser'),
  examples: [
    { text: 'Rapporten ska vara klar senast 28/2.', expected: [{ day: 28, month: 2 }] },
    { text: 'Deadline: 30/9-25', expected: [{ day: 30, month: 9, year: 2025 }] },
  ],
};

/** the last day of each month (February's in a common year) */
const LAST_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const lastDayOfMonth: DateForm = {
  name: 'senast sista mars',
  about: 'the last day of a month written as "sista mars" or "den sista april": that day',
  find: (text) => readWith(lastDayOfMonth.parser, text),
  parser: parserOf(pattern('iu')`(?:den\s+)?sista\s+(?:dagen\s+i\s+)?(${MONTH_WORDS})(?:\s+${YEAR})?${END}`, (m) => {
    const month = MONTHS[lower(m[1])]!;
    return { known: { month, day: LAST_DAYS[month - 1]!, ...(m[2] ? { year: Number(m[2]) } : {}) } };
  }),
  examples: [
    { text: 'KE återkommer senast sista mars.', expected: [{ month: 3, day: 31 }] },
    { text: 'Ansökan ska vara inne senast sista dagen i april 2026.', expected: [{ month: 4, day: 30, year: 2026 }] },
  ],
};

const dayAndMonth: DateForm = {
  name: 'den 28 januari',
  about: 'a day and a month name ("den 28 januari", "31 december 2023", "20–31 oktober 2025"), read by chrono-node\'s SVMonthNameLittleEndianParser',
  find: (text) => readWith(dayAndMonth.parser, text),
  parser: chronoParser('SVMonthNameLittleEndianParser'),
  examples: [
    { text: 'Återkoppling till FLG den 28 januari.', expected: [{ day: 28, month: 1 }] },
    { text: 'Yttrandet ska ha inkommit senast den 30 april 2025.', expected: [{ day: 30, month: 4, year: 2025 }] },
  ],
};

/** Every date form, chrono's and ours. A new form is a unit here and a line in this list. */
export const DATE_FORMS: readonly DateForm[] = [
  comingMonth,
  isoDate, twoDigitYearDate, slashDate, dayAndMonth, lastDayOfMonth, ordinalDayAndMonth, compactDate, dayOnly, month, monthMeeting, holiday, season, quarter, week, weekday, within, relativeDay, timeOfDayColumn, calendar, year, nextMeeting, nextTime,
];

// ---------------------------------------------------------------------------------------------
// Refiners of reading
// ---------------------------------------------------------------------------------------------

/** "sida 2/2", "Blad 3 (4)", "s. 2/3": a page number read as a slash date is no date. */
const PAGE_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${alternation(PAGE_WORDS)})\\s*$`, 'iu');
const pageNumbers: Refiner = {
  refine: (context, results) => results.filter((r) => !PAGE_BEFORE.test(context.text.slice(0, r.index))),
};

const PERIOD_JOIN = new RegExp(`^\\s*(?:${alternation(PERIOD_JOINERS)})\\s+(?:den\\s+)?$`, 'iu');
const PERIOD_BEFORE = new RegExp(`(?:${alternation(PERIOD_LEADS)})(?:\\s+från)?(?:\\s+och\\s+med)?(?:\\s+den)?\\s*$`, 'iu');
/**
 * Two dates joined by a dash ("15 april – 10 maj 1994", "2025-08-01–2025-08-31") are one period;
 * so are two joined by "till" or "och" after "under perioden" or "mellan". The first takes its
 * year from the second where it has none ("16 juni–15 augusti 2025").
 */
const periods: Refiner = {
  refine(context, results) {
    const out: ParsingResult[] = [];
    for (const r of results) {
      const prev = out[out.length - 1];
      if (prev && !prev.end && !r.end) {
        const between = context.text.slice(prev.index + prev.text.length, r.index);
        const joined = /^\s*[–—-]\s*$/.test(between)
          || (PERIOD_JOIN.test(between) && PERIOD_BEFORE.test(context.text.slice(0, prev.index)));
        if (joined) {
          prev.text = context.text.slice(prev.index, r.index + r.text.length);
          prev.end = r.start;
          if (!prev.start.isCertain('year') && r.start.isCertain('year')) prev.start.assign('year', r.start.get('year')!);
          continue;
        }
      }
      out.push(r);
    }
    return out;
  },
};

/** Only what the text states counts: a result with no stated component and no tag is dropped. */
const statedOnly: Refiner = {
  refine: (_context, results) => results.filter((r) => Object.keys(partsOf(r.start)).length > 0),
};

/** The Swedish date reader: chrono.sv's configuration with our forms and refiners of reading. */
export function createSwedishDates(): chrono.Chrono {
  return new sv.Chrono({
    parsers: DATE_FORMS.map((f) => f.parser),
    refiners: [
      chronoRefiner('OverlapRemovalRefiner'),
      chronoRefiner('MergeWeekdayComponentRefiner'),
      pageNumbers,
      periods,
      chronoRefiner('OverlapRemovalRefiner'),
      chronoRefiner('UnlikelyFormatFilter'),
      statedOnly,
    ],
  });
}

export const SWEDISH_DATES = createSwedishDates();

/** Any reference date will do: only the components the text states are read, never chrono's guesses. */
export const CHRONO_REFERENCE = new Date(Date.UTC(2000, 0, 1, 12));

export function mentionOf(r: ParsingResult | chrono.ParsedResult): DateMention {
  const mention: DateMention = { start: r.index, end: r.index + r.text.length, text: r.text, parts: partsOf(r.start as ParsingComponents) };
  if (r.end) mention.until = partsOf(r.end as ParsingComponents);
  return mention;
}

/** Every date mention in the text, in text order; where two overlap the longer is kept. */
export function findDateMentions(text: string): DateMention[] {
  return SWEDISH_DATES.parse(text, CHRONO_REFERENCE).map(mentionOf);
}

/** The mentions one parser alone reads (a form's examples are read this way). */
function readWith(parser: Parser, text: string): DateMention[] {
  const alone = new sv.Chrono({ parsers: [parser], refiners: [chronoRefiner('OverlapRemovalRefiner'), statedOnly] });
  return alone.parse(text, CHRONO_REFERENCE).map(mentionOf);
}
