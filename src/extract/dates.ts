/**
 * Date mentions in Swedish running text, taken apart into DateParts (the year may be missing; the
 * resolve stage settles it against the meeting date). Day-and-month dates come from chrono-node's
 * Swedish parser, which reads them well; the forms it does not read (months, seasons, quarters,
 * weeks, "inom två veckor", "nästa möte": see scripts/measure-libraries.mjs) are parsers of our
 * own in chrono's manner: a pattern built from the lexicon plus a function from match to parts.
 * `findDateMentions` runs them all and keeps the longest mention where two overlap.
 * Whether a mention is a deadline is decided elsewhere (deadlines.ts): this file only reads dates.
 */
import * as chrono from 'chrono-node';
import {
  DURATION_UNITS, HOLIDAY_MONTHS, MONTHS, NEXT_MEETING_WORDS, NUMBER_WORDS, SEASON_SHIFTS, SEASONS, WEEKDAYS,
} from '../lexicon/index.js';
import { alternation } from '../lexicon/pattern.js';
import type { DateParts } from './types.js';

export interface DateMention {
  start: number;
  end: number;
  text: string;
  parts: DateParts;
}

interface DateParser {
  name: string;
  pattern: RegExp;
  parts: (m: RegExpExecArray) => DateParts | null;
}

const MONTH = alternation(Object.keys(MONTHS));
const WEEKDAY = alternation(Object.keys(WEEKDAYS));
const SEASON = alternation(Object.keys(SEASONS));
const HOLIDAY = alternation(Object.keys(HOLIDAY_MONTHS));
const NUMBER_WORD = alternation(Object.keys(NUMBER_WORDS));
const UNIT = alternation(Object.keys(DURATION_UNITS));
const NEXT_WORD = alternation(NEXT_MEETING_WORDS);
/** letters that may not touch a date word on either side */
const L = '\\p{L}';

const year = (s: string | undefined): number | undefined => {
  if (!s) return undefined;
  const n = Number(s);
  if (s.length === 2) return 2000 + n;
  return n >= 1900 && n <= 2100 ? n : undefined;
};
const validDay = (d: number, m: number) => m >= 1 && m <= 12 && d >= 1 && d <= 31;
const numberOf = (s: string) => (/^\d+$/.test(s) ? Number(s) : NUMBER_WORDS[s.toLowerCase()] ?? NaN);

const PARSERS: DateParser[] = [
  {
    name: 'iso date', // 2025-01-28
    pattern: /(?<![\d-])(20\d\d|19\d\d)-(\d\d)-(\d\d)(?![\d-])/g,
    parts: (m) => {
      const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
      return validDay(d, mo) ? { year: y, month: mo, day: d } : null;
    },
  },
  {
    name: 'compact date', // "den 240101" (yymmdd), only after "den"
    pattern: /(?<=\bden )(\d\d)(\d\d)(\d\d)(?!\d)/g,
    parts: (m) => {
      const [y, mo, d] = [2000 + Number(m[1]), Number(m[2]), Number(m[3])];
      return validDay(d, mo) ? { year: y, month: mo, day: d } : null;
    },
  },
  {
    name: 'ordinal day and month', // "den 7:e februari", "28:e jan": the ordinal form chrono-node's Swedish parser does not read
    pattern: new RegExp(`(?<![${L}\\d])(?:den\\s+)?(\\d{1,2}):(?:e|a)\\s+(${MONTH})\\.?(?:\\s+((?:19|20)\\d\\d))?(?![${L}])`, 'giu'),
    parts: (m) => {
      const d = Number(m[1]);
      const mo = MONTHS[m[2]!.toLowerCase()]!;
      return validDay(d, mo) ? { day: d, month: mo, year: year(m[3]) } : null;
    },
  },
  {
    name: 'month', // "i mars", "mars månad", "september månad 2025", "i slutet av maj", "under maj 2025"
    pattern: new RegExp(`(?<![${L}])(?:(?:i\\s+)?(?:slutet|början|mitten|mitt)\\s+av\\s+|(?:i|under|till|före|innan|senast|efter|in i)\\s+)?(${MONTH})(?:\\s+(månad(?:en)?|månads))?(?:\\s+((?:19|20)\\d\\d))?(?![${L}])`, 'giu'),
    parts: (m) => {
      const text = m[0].toLowerCase();
      const prefixed = /^(?:i|under|till|före|innan|senast|efter|in i|i slutet|slutet|början|i början|mitten|i mitten|mitt)\s/.test(text);
      // a bare month word needs "i", "månad" or a year to be a date ("Mars" alone is a name)
      if (!prefixed && !m[2] && !m[3]) return null;
      if (/^(?:jan|feb|febr|mar|apr|jun|jul|aug|sep|sept|okt|nov|dec)$/i.test(m[1]!) && !m[3] && !m[2]) return null;
      return { month: MONTHS[m[1]!.toLowerCase()]!, year: year(m[3]) };
    },
  },
  {
    name: 'holiday', // "före jul", "till midsommar"
    pattern: new RegExp(`(?<![${L}])(?:före|innan|till|senast|till och med)\\s+(${HOLIDAY})(?:\\s+((?:19|20)\\d\\d))?(?![${L}])`, 'giu'),
    parts: (m) => ({ month: HOLIDAY_MONTHS[m[1]!.toLowerCase()]!, year: year(m[2]) }),
  },
  {
    name: 'season', // "till hösten", "under våren 2025", "efter sommaren", "hösten 2024"
    pattern: new RegExp(`(?<![${L}])(?:(efter|till|under|före|innan|från|i|senast|inför|under)\\s+)?(?:(?:${SEASON})\\s*(?:och|\\/|-)\\s*)?(${SEASON})(?:\\s+((?:19|20)\\d\\d))?(?![${L}])`, 'giu'),
    parts: (m) => {
      if (!m[1] && !m[3]) return null; // "höst" alone is a word, not a date
      let season = SEASONS[m[2]!.toLowerCase()]!;
      const shift = SEASON_SHIFTS.find((s) => s.before === m[1]?.toLowerCase() && s.season === season);
      if (shift) season = shift.meaning;
      return { season, year: year(m[3]) };
    },
  },
  {
    name: 'quarter', // "Q3", "Q3 2025", "kvartal 3", "tredje kvartalet"
    pattern: /(?<![\p{L}\d])(?:Q([1-4])|kvartal\s+([1-4])|(första|andra|tredje|fjärde)\s+kvartalet)(?:\s+((?:19|20)\d\d))?(?![\p{L}\d])/giu,
    parts: (m) => {
      const ordinal: Record<string, number> = { första: 1, andra: 2, tredje: 3, fjärde: 4 };
      return { quarter: Number(m[1] ?? m[2] ?? ordinal[m[3]!.toLowerCase()]), year: year(m[4]) };
    },
  },
  {
    name: 'week', // "vecka 12", "v. 12", "v12", "v 12 2025"
    pattern: /(?<![\p{L}\d])(?:vecka|v\.|v)\s?(\d{1,2})(?:\s+((?:19|20)\d\d))?(?![\p{L}\d])/giu,
    parts: (m) => {
      const w = Number(m[1]);
      return w >= 1 && w <= 53 ? { week: w, year: year(m[2]) } : null;
    },
  },
  {
    name: 'weekday', // "senast fredag", "till på måndag", "på torsdag"
    pattern: new RegExp(`(?<![${L}])(?:senast|till|på|före|innan|nu på|till på)\\s+(${WEEKDAY})(?![${L}\\s]*(?:den\\s+)?\\d)`, 'giu'),
    parts: (m) => ({ weekday: WEEKDAYS[m[1]!.toLowerCase()]! }),
  },
  {
    name: 'within', // "inom två veckor", "inom 14 dagar"
    pattern: new RegExp(`(?<![${L}])inom\\s+(\\d{1,3}|${NUMBER_WORD})\\s+(${UNIT})(?![${L}])`, 'giu'),
    parts: (m) => {
      const n = numberOf(m[1]!);
      return Number.isFinite(n) ? { offsetDays: n * DURATION_UNITS[m[2]!.toLowerCase()]! } : null;
    },
  },
  {
    name: 'year', // "under 2025", "senast 2026", "till år 2025"
    pattern: /(?<![\p{L}\d])(?:under|senast|till|före|innan|klart)\s+(?:år\s+)?((?:19|20)\d\d)(?![\d-])/giu,
    parts: (m) => ({ year: Number(m[1]) }),
  },
  {
    name: 'next meeting', // "nästa möte", "nästa FLG", "till nästa månads FSG", "kommande möte"
    pattern: new RegExp(`(?<![${L}])(?:nästa|kommande|påföljande)\\s+(?:månads\\s+)?(?:(?:${NEXT_WORD})(?![${L}])|(\\p{Lu}{2,5})(?![\\p{L}]))`, 'gu'),
    parts: () => ({ relative: 'next-meeting' }),
  },
  {
    name: 'next meeting, capitalised', // "Nästa möte", sentence-initial
    pattern: new RegExp(`(?<![${L}])(?:Nästa|Kommande)\\s+(?:månads\\s+)?(?:${NEXT_WORD})(?![${L}])`, 'gu'),
    parts: () => ({ relative: 'next-meeting' }),
  },
];

/** Any reference date will do: only the components the text states are kept, never chrono's guesses. */
const CHRONO_REFERENCE = new Date(Date.UTC(2000, 0, 1, 12));

/**
 * Day-and-month dates through chrono-node's Swedish parser ("den 28 januari", "28/1", "28/1-25",
 * "31 december 2023"): kept only where the text itself states the day and the month; the year
 * only where it states it too (resolve/ settles the rest against the meeting date).
 */
function chronoDayMonth(text: string): DateMention[] {
  const out: DateMention[] = [];
  for (const r of chrono.sv.parse(text, CHRONO_REFERENCE)) {
    if (!r.start.isCertain('day') || !r.start.isCertain('month')) continue;
    const day = r.start.get('day')!;
    const month = r.start.get('month')!;
    const y = r.start.isCertain('year') ? r.start.get('year')! : undefined;
    if (!validDay(day, month)) continue;
    // "idag", "imorgon" are certain too, but relative: minutes date tasks by the calendar
    if (!/\d/.test(r.text)) continue;
    out.push({ start: r.index, end: r.index + r.text.length, text: r.text, parts: { day, month, year: y } });
  }
  return out;
}

/** Every date mention in the text, longest first where two overlap, in text order. */
export function findDateMentions(text: string): DateMention[] {
  const found: DateMention[] = chronoDayMonth(text);
  for (const parser of PARSERS) {
    parser.pattern.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = parser.pattern.exec(text))) {
      const parts = parser.parts(m);
      if (parts) found.push({ start: m.index, end: m.index + m[0].length, text: m[0], parts });
      if (m[0].length === 0) parser.pattern.lastIndex++;
    }
  }
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: DateMention[] = [];
  for (const f of found) if (!kept.some((k) => f.start < k.end && k.start < f.end)) kept.push(f);
  return kept.sort((a, b) => a.start - b.start);
}
