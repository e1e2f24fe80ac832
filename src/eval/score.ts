/**
 * Scores records against gold annotations: per document, then micro-averaged over a set.
 * Items are aligned by title; an item only in the gold counts everything in it as missed, an item
 * only in the prediction counts everything in it as false positives.
 */
import { alignTitles, titleSimilarity } from './align.js';
import { compareDecision, compareDeadlines, compareOwners, deadlinesOfItem, ownersOfItem, pairDecisions } from './fields.js';
import { normaliseTitle } from './normalise.js';
import { FIELDS, type Counts, type Field, type Gold, type GoldItem, type ScoredItem, type ScoredRecord } from './types.js';

export interface FieldScore extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

/**
 * Precision, recall and F1 from counts. A ratio with nothing to divide by is 1 when there was
 * nothing to get wrong (nothing expected and nothing predicted) and 0 otherwise.
 */
export function prf({ tp, fp, fn }: Counts): FieldScore {
  const ratio = (hits: number, others: number, otherwise: number): number => (hits + others > 0 ? hits / (hits + others) : otherwise > 0 ? 0 : 1);
  return {
    tp,
    fp,
    fn,
    precision: ratio(tp, fp, fn),
    recall: ratio(tp, fn, fp),
    f1: 2 * tp + fp + fn > 0 ? (2 * tp) / (2 * tp + fp + fn) : 1,
  };
}

/** One line of what went wrong: "-" missed, "+" false positive, "~" aligned with a different title, "?" unresolved deadline. */
export interface Finding {
  sign: '-' | '+' | '~' | '?';
  what: 'item' | 'decision' | 'owner' | 'deadline' | 'meeting date' | 'reference year';
  /** the gold title of the item it is in (or the predicted title of an extra item); null for the meeting */
  item: string | null;
  text: string;
  note?: string;
}

export interface DateCheck<T> {
  gold: T | null;
  predicted: T | null;
  /** false also when the gold has no value (then it is not counted) */
  correct: boolean;
}

export interface DocumentScore {
  counts: Record<Field, Counts>;
  meetingDate: DateCheck<string>;
  referenceYear: DateCheck<number>;
  unresolvedDeadlines: number;
  findings: Finding[];
}

const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 });
const zeroCounts = (): Record<Field, Counts> => ({ items: zero(), decisions: zero(), owners: zero(), deadlines: zero() });
const add = (to: Counts, from: Counts): void => {
  to.tp += from.tp;
  to.fp += from.fp;
  to.fn += from.fn;
};

const EMPTY_RECORD: ScoredRecord = { meeting: { date: null, referenceYear: null }, items: [] };

/** Scores one record against its gold annotation; a missing record (null) misses everything. */
export function scoreDocument(gold: Gold, record: ScoredRecord | null): DocumentScore {
  const predicted = record ?? EMPTY_RECORD;
  const counts = zeroCounts();
  const findings: Finding[] = [];
  let unresolvedDeadlines = 0;

  const goldOnly = (item: GoldItem): void => {
    add(counts.items, { tp: 0, fp: 0, fn: 1 });
    add(counts.decisions, { tp: 0, fp: 0, fn: item.decisions.length });
    add(counts.owners, { tp: 0, fp: 0, fn: item.owners.length });
    add(counts.deadlines, { tp: 0, fp: 0, fn: item.deadlines.length });
    const closest = predicted.items
      .map((p) => ({ title: p.title, similarity: titleSimilarity(item.title, p.title) }))
      .reduce<{ title: string; similarity: number } | null>((best, c) => (best === null || c.similarity > best.similarity ? c : best), null);
    findings.push({
      sign: '-', what: 'item', item: item.title, text: item.title,
      ...(closest && closest.similarity > 0 ? { note: `closest predicted: "${closest.title}", similarity ${closest.similarity.toFixed(2)}` } : {}),
    });
    for (const d of item.decisions) findings.push({ sign: '-', what: 'decision', item: item.title, text: d });
    for (const o of item.owners) findings.push({ sign: '-', what: 'owner', item: item.title, text: o.join(' | ') });
    for (const d of item.deadlines) findings.push({ sign: '-', what: 'deadline', item: item.title, text: d });
  };

  const predictedOnly = (item: ScoredItem): void => {
    const owners = compareOwners([], ownersOfItem(item));
    const deadlines = deadlinesOfItem(item);
    add(counts.items, { tp: 0, fp: 1, fn: 0 });
    add(counts.decisions, { tp: 0, fp: item.decisions.length, fn: 0 });
    add(counts.owners, { tp: 0, fp: owners.fp, fn: 0 });
    add(counts.deadlines, { tp: 0, fp: deadlines.values.size, fn: 0 });
    unresolvedDeadlines += deadlines.unresolved.length;
    findings.push({ sign: '+', what: 'item', item: item.title, text: item.title });
    for (const d of item.decisions) findings.push({ sign: '+', what: 'decision', item: item.title, text: d.text });
    for (const o of owners.extra) findings.push({ sign: '+', what: 'owner', item: item.title, text: o });
    for (const v of deadlines.values) findings.push({ sign: '+', what: 'deadline', item: item.title, text: v });
    for (const t of deadlines.unresolved) findings.push({ sign: '?', what: 'deadline', item: item.title, text: t });
  };

  const aligned = (g: GoldItem, p: ScoredItem, similarity: number): void => {
    add(counts.items, { tp: 1, fp: 0, fn: 0 });
    if (normaliseTitle(g.title) !== normaliseTitle(p.title)) {
      findings.push({ sign: '~', what: 'item', item: g.title, text: p.title, note: `similarity ${similarity.toFixed(2)}` });
    }

    const predictedTexts = p.decisions.map((d) => d.text);
    const pairs = pairDecisions(g.decisions, predictedTexts);
    add(counts.decisions, { tp: pairs.length, fp: predictedTexts.length - pairs.length, fn: g.decisions.length - pairs.length });
    const goldPaired = new Set(pairs.map((x) => x.gold));
    const predictedPaired = new Set(pairs.map((x) => x.predicted));
    g.decisions.forEach((text, i) => {
      if (goldPaired.has(i)) return;
      const nearest = predictedTexts
        .map((t) => ({ text: t, comparison: compareDecision(text, t) }))
        .reduce<{ text: string; comparison: ReturnType<typeof compareDecision> } | null>((best, c) => (best === null || c.comparison.score > best.comparison.score ? c : best), null);
      findings.push({
        sign: '-', what: 'decision', item: g.title, text,
        ...(nearest && nearest.comparison.score > 0
          ? { note: `closest predicted: "${nearest.text}" (gold words found ${nearest.comparison.goldCoverage.toFixed(2)}, predicted words in gold ${nearest.comparison.predictedCoverage.toFixed(2)})` }
          : {}),
      });
    });
    predictedTexts.forEach((text, i) => {
      if (!predictedPaired.has(i)) findings.push({ sign: '+', what: 'decision', item: g.title, text });
    });

    const owners = compareOwners(g.owners, ownersOfItem(p));
    add(counts.owners, owners);
    for (const o of owners.missed) findings.push({ sign: '-', what: 'owner', item: g.title, text: o.join(' | ') });
    for (const o of owners.extra) findings.push({ sign: '+', what: 'owner', item: g.title, text: o });

    const predictedDeadlines = deadlinesOfItem(p);
    const deadlines = compareDeadlines(g.deadlines, predictedDeadlines.values);
    add(counts.deadlines, deadlines);
    unresolvedDeadlines += predictedDeadlines.unresolved.length;
    for (const v of deadlines.missed) findings.push({ sign: '-', what: 'deadline', item: g.title, text: v });
    for (const v of deadlines.extra) findings.push({ sign: '+', what: 'deadline', item: g.title, text: v });
    for (const t of predictedDeadlines.unresolved) findings.push({ sign: '?', what: 'deadline', item: g.title, text: t });
  };

  // walk both lists in document order, so the findings read like the minutes
  const pairs = alignTitles(gold.items.map((i) => i.title), predicted.items.map((i) => i.title));
  let g = 0;
  let p = 0;
  for (const pair of [...pairs, { gold: gold.items.length, predicted: predicted.items.length, similarity: 0 }]) {
    for (; g < pair.gold; g++) goldOnly(gold.items[g] as GoldItem);
    for (; p < pair.predicted; p++) predictedOnly(predicted.items[p] as ScoredItem);
    if (g < gold.items.length && p < predicted.items.length) aligned(gold.items[g++] as GoldItem, predicted.items[p++] as ScoredItem, pair.similarity);
  }

  const meetingDate: DateCheck<string> = { gold: gold.date, predicted: predicted.meeting.date, correct: gold.date !== null && predicted.meeting.date === gold.date };
  const referenceYear: DateCheck<number> = {
    gold: gold.referenceYear,
    predicted: predicted.meeting.referenceYear,
    correct: gold.referenceYear !== null && predicted.meeting.referenceYear === gold.referenceYear,
  };
  if (gold.date !== null && !meetingDate.correct) findings.push({ sign: '-', what: 'meeting date', item: null, text: gold.date, note: `predicted ${meetingDate.predicted ?? 'null'}` });
  if (gold.referenceYear !== null && !referenceYear.correct) {
    findings.push({ sign: '-', what: 'reference year', item: null, text: String(gold.referenceYear), note: `predicted ${referenceYear.predicted ?? 'null'}` });
  }
  return { counts, meetingDate, referenceYear, unresolvedDeadlines, findings };
}

export interface Accuracy {
  correct: number;
  /** gold files that state a value */
  total: number;
}

export interface FileScore extends DocumentScore {
  /** the gold file's "file" */
  file: string;
  /** false when no record was given for it: everything counts as missed */
  predicted: boolean;
}

export interface SetScore {
  files: FileScore[];
  totals: Record<Field, FieldScore>;
  meetingDate: Accuracy;
  referenceYear: Accuracy;
  /** mean of the four fields' F1; 0 when there was no gold to score */
  overallF1: number;
  goldFiles: number;
  withoutPrediction: string[];
  unresolvedDeadlines: number;
}

/**
 * Scores the records of a set against its gold files, micro-averaged: the counts of all files are
 * summed before precision, recall and F1 are taken. `records` holds each record under the stem
 * its gold file names; a gold file with no record counts everything in it as missed. With no gold
 * files at all every figure is 0, not a vacuous 1.
 */
export function scoreSet(golds: readonly Gold[], records: ReadonlyMap<string, ScoredRecord>): SetScore {
  const sums = zeroCounts();
  const meetingDate: Accuracy = { correct: 0, total: 0 };
  const referenceYear: Accuracy = { correct: 0, total: 0 };
  const files: FileScore[] = [];
  let unresolvedDeadlines = 0;
  for (const gold of [...golds].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))) {
    const record = records.get(gold.file) ?? null;
    const score = scoreDocument(gold, record);
    for (const field of FIELDS) add(sums[field], score.counts[field]);
    if (gold.date !== null) {
      meetingDate.total += 1;
      if (score.meetingDate.correct) meetingDate.correct += 1;
    }
    if (gold.referenceYear !== null) {
      referenceYear.total += 1;
      if (score.referenceYear.correct) referenceYear.correct += 1;
    }
    unresolvedDeadlines += score.unresolvedDeadlines;
    files.push({ file: gold.file, predicted: record !== null, ...score });
  }
  const scored = golds.length > 0;
  const totals = Object.fromEntries(
    FIELDS.map((field) => {
      const score = prf(sums[field]);
      return [field, scored ? score : { ...score, precision: 0, recall: 0, f1: 0 }];
    }),
  ) as Record<Field, FieldScore>;
  return {
    files,
    totals,
    meetingDate,
    referenceYear,
    overallF1: scored ? FIELDS.reduce((sum, field) => sum + totals[field].f1, 0) / FIELDS.length : 0,
    goldFiles: golds.length,
    withoutPrediction: files.filter((f) => !f.predicted).map((f) => f.file),
    unresolvedDeadlines,
  };
}
