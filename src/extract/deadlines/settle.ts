/**
 * Running the refiners on chrono's results: a chrono refiner lets the deadline rules settle each
 * date in turn, the verdict travelling as a tag on the result.
 */
import type * as chrono from 'chrono-node';
import type { ParsingComponents, ParsingContext, ParsingOption, ParsingResult, Refiner } from 'chrono-node';
import { CHRONO_REFERENCE, createSwedishDates, mentionOf, type DateMention } from '../dates.js';
import type { DeadlineKind } from '../types.js';
import { CLAUSE_START, is, not } from './patterns.js';
import type { DateInSentence, DeadlineContext, DeadlineRule, NotDeadline, Verdict } from './types.js';

export interface DeadlineOption extends ParsingOption {
  deadlines: DeadlineContext;
}

const VERDICT_TAG = 'verdict/';
const RULE_TAG = 'rule/';
const verdictLabel = (v: Verdict) => ('not' in v ? `not:${v.not}` : v.deadline ?? 'due');
export const verdictOf = (c: ParsingComponents): { verdict: Verdict; rule: string } | null => {
  let verdict: Verdict | null = null;
  let rule = '';
  for (const t of c.tags()) {
    if (t.startsWith(RULE_TAG)) rule = t.slice(RULE_TAG.length);
    if (!t.startsWith(VERDICT_TAG)) continue;
    const v = t.slice(VERDICT_TAG.length);
    verdict = v.startsWith('not:') ? not(v.slice(4) as NotDeadline) : v === 'null' ? is(null) : is(v as DeadlineKind);
  }
  return verdict ? { verdict, rule } : null;
};

function clauseBounds(sentence: string, start: number, end: number): [number, number] {
  let from = 0;
  let to = sentence.length;
  for (const m of sentence.matchAll(CLAUSE_START)) {
    const at = m.index! + m[0].length;
    if (m.index! + 1 <= start && at <= start) from = Math.max(from, m.index! + (m[0].startsWith(',') || /^[.;]/.test(m[0]) ? 1 : 0));
    else if (m.index! >= end) { to = Math.min(to, m.index!); break; }
  }
  return [from, to];
}

function viewOf(sentence: string, mention: DateMention, context: DeadlineContext, earlier: DateInSentence['earlier']): DateInSentence {
  const [from, to] = clauseBounds(sentence, mention.start, mention.end);
  const lower = sentence.toLowerCase();
  return {
    sentence,
    mention,
    own: mention.text.toLowerCase().trim(),
    before: lower.slice(0, mention.start),
    after: lower.slice(mention.end),
    clause: lower.slice(from, to),
    clauseBefore: lower.slice(from, mention.start),
    context,
    earlier,
  };
}

/** A chrono refiner that lets `rules` settle each result not yet settled, in order. */
function settling(rules: readonly DeadlineRule[]): Refiner {
  return {
    refine(context: ParsingContext, results: ParsingResult[]) {
      const option = context.option as Partial<DeadlineOption>;
      const earlier: DateInSentence['earlier'] = [];
      for (const r of results) {
        const mention = mentionOf(r);
        const settled = verdictOf(r.start);
        if (settled) { earlier.push({ mention, ...settled }); continue; }
        const view = viewOf(context.text, mention, option.deadlines ?? {}, [...earlier]);
        for (const rule of rules) {
          const verdict = rule.settle(view);
          if (!verdict) continue;
          r.addTag(`${VERDICT_TAG}${'not' in verdict ? `not:${verdict.not}` : String(verdict.deadline)}`);
          r.addTag(`${RULE_TAG}${rule.name}`);
          earlier.push({ mention, verdict, rule: rule.name });
          break;
        }
      }
      return results;
    },
  };
}

export function readerWith(rules: readonly DeadlineRule[]): chrono.Chrono {
  const reader = createSwedishDates();
  reader.refiners.push(settling(rules));
  return reader;
}

/** What one rule settles in a text, the other rules left out (its examples are read this way). */
export function settledBy(rule: DeadlineRule, text: string, context: DeadlineContext): { text: string; verdict: string }[] {
  const option: DeadlineOption = { deadlines: context ?? {} };
  return readerWith([rule]).parse(text, CHRONO_REFERENCE, option).flatMap((r) => {
    const v = verdictOf(r.start as ParsingComponents);
    return v ? [{ text: r.text, verdict: verdictLabel(v.verdict) }] : [];
  });
}


