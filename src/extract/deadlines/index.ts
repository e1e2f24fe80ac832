/**
 * Which dates in a sentence are deadlines: chrono-node refiners on the Swedish date reader
 * (../dates.ts). The date forms find every date; these refiners settle what each one is, in order,
 * the first that knows deciding: the date of an event, a validity or period date, the date of a
 * decision or document already taken elsewhere, another body's decision, a proposal's date, the
 * topic of a report, a past event, a recurring one; or a deadline (due, report-back, decision,
 * evaluation) because the words around it say something is to be done by then. A date no refiner
 * settles is not a deadline.
 *
 * Each refiner is a rule unit (DEADLINE_RULES) with its examples, run as tests by
 * test/extract/rule-examples.test.ts. The verdict travels as a tag on the chrono result
 * (`deadline/report-back`, `not-deadline/event`).
 */
import type { ParsingComponents } from 'chrono-node';
import { CHRONO_REFERENCE, mentionOf, type DateMention } from '../dates.js';
import type { DateParts, DeadlineKind, DeadlineMention } from '../types.js';
import { DECISION, DUTY, EVALUATION, REPORT_BACK } from './patterns.js';
import { DEADLINE_RULES } from './refiners.js';
import { readerWith, verdictOf, type DeadlineOption } from './settle.js';
import type { DeadlineContext, Verdict } from './types.js';

export { DEADLINE_RULES } from './refiners.js';
export type { DateInSentence, DeadlineContext, DeadlineRule, NotDeadline, Verdict } from './types.js';

/** The date reader with every deadline refiner. */
export const SWEDISH_DEADLINES = readerWith(DEADLINE_RULES);

/** Cue words of a sentence and the kind of deadline they give, first match naming the kind. */
const KIND_CUES: { kind: DeadlineKind; pattern: RegExp }[] = [
  { kind: 'evaluation', pattern: EVALUATION },
  { kind: 'report-back', pattern: REPORT_BACK },
  { kind: 'due', pattern: DUTY },
  { kind: 'decision', pattern: DECISION },
];

function kindOf(sentence: string): DeadlineKind {
  for (const cue of KIND_CUES) if (cue.pattern.test(sentence)) return cue.kind;
  return 'due';
}

/** The dates of a sentence, each with what the refiners settled it to be. */
export function settleDates(sentence: string, context: DeadlineContext = {}): { mention: DateMention; verdict: Verdict | null; rule: string | null }[] {
  const option: DeadlineOption = { deadlines: context };
  return SWEDISH_DEADLINES.parse(sentence, CHRONO_REFERENCE, option).map((r) => {
    const v = verdictOf(r.start as ParsingComponents);
    return { mention: mentionOf(r), verdict: v?.verdict ?? null, rule: v?.rule ?? null };
  });
}

export function findDeadlines(sentence: string, context: DeadlineContext = {}): DeadlineMention[] {
  const out: DeadlineMention[] = [];
  for (const { mention, verdict } of namedMeetingDates(sentence, settleDates(sentence, context))) {
    // a date in an Åtgärd/beslut column dates what is to be done, unless a refiner said otherwise
    if (!verdict ? !context.inActionColumn : 'not' in verdict) continue;
    out.push({ text: mention.text.trim(), kind: (verdict && 'deadline' in verdict ? verdict.deadline : null) ?? kindOf(sentence), parts: mention.parts as DateParts });
  }
  return out;
}

/**
 * "till nästa sammanträde den 14 april", "på nästa möte 2025-04-14": the next meeting with its date
 * is that date. The date, which alone reads as the meeting's (an event), takes the meeting's
 * verdict, and the next meeting is not a second deadline.
 */
function namedMeetingDates(sentence: string, dates: ReturnType<typeof settleDates>): ReturnType<typeof settleDates> {
  const dated = (x: (typeof dates)[number] | undefined) => x !== undefined && x.mention.parts.day !== undefined;
  const nextMeeting = (x: (typeof dates)[number] | undefined) => x !== undefined && x.mention.parts.relative === 'next-meeting';
  // the date right after the meeting ("nästa möte den 14 april", "nästa möte, 2025-04-14")
  const namesIt = (meeting: (typeof dates)[number], date: (typeof dates)[number]) => /^[\s,]*(?:den\s*)?$/u.test(sentence.slice(meeting.mention.end, date.mention.start));
  return dates.flatMap((d, k) => {
    if (nextMeeting(d) && dated(dates[k + 1]) && namesIt(d, dates[k + 1]!)) return [];
    const before = dates[k - 1];
    if (dated(d) && nextMeeting(before) && namesIt(before!, d)) return [{ ...d, verdict: before!.verdict }];
    return [d];
  });
}
