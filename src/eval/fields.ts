/**
 * Within one aligned agenda item: which predicted decisions, owners and deadlines are the gold ones.
 */
import { EPSILON } from './align.js';
import { contentTokens, normaliseOwner, wordKey } from './normalise.js';
import type { ScoredItem, ScoredOwner, ScoredTask } from './types.js';

// ---------------------------------------------------------------- decisions

/** Share of the gold decision's content words a prediction must have. */
export const DECISION_GOLD_COVERAGE = 0.6;
/** Share of the predicted decision's content words the gold must have. */
export const DECISION_PREDICTED_COVERAGE = 0.4;

export interface DecisionComparison {
  same: boolean;
  /** harmonic mean of the two coverages: how good a pair this is */
  score: number;
  goldCoverage: number;
  predictedCoverage: number;
}

/**
 * Is a predicted decision text the gold decision? Compares content words both ways (enough of the
 * gold found, not too much besides). Texts with no content words at all ("att ja") are the same
 * only when their words are identical.
 */
export function compareDecision(goldText: string, predictedText: string): DecisionComparison {
  const gold = contentTokens(goldText);
  const predicted = contentTokens(predictedText);
  if (gold.size === 0 || predicted.size === 0) {
    const key = wordKey(goldText);
    const same = key !== '' && key === wordKey(predictedText);
    const v = same ? 1 : 0;
    return { same, score: v, goldCoverage: v, predictedCoverage: v };
  }
  let shared = 0;
  for (const token of gold) if (predicted.has(token)) shared += 1;
  const goldCoverage = shared / gold.size;
  const predictedCoverage = shared / predicted.size;
  return {
    same: goldCoverage >= DECISION_GOLD_COVERAGE - EPSILON && predictedCoverage >= DECISION_PREDICTED_COVERAGE - EPSILON,
    score: shared === 0 ? 0 : (2 * goldCoverage * predictedCoverage) / (goldCoverage + predictedCoverage),
    goldCoverage,
    predictedCoverage,
  };
}

export interface DecisionPair {
  gold: number;
  predicted: number;
  score: number;
}

/**
 * One-to-one pairs of gold and predicted decisions: of all pairs that are the same decision, the
 * best is taken first (ties: earlier gold, then earlier prediction), then the best of the rest that
 * uses neither again, and so on. Returned in gold order.
 */
export function pairDecisions(goldTexts: readonly string[], predictedTexts: readonly string[]): DecisionPair[] {
  const candidates: DecisionPair[] = [];
  goldTexts.forEach((goldText, gold) => {
    predictedTexts.forEach((predictedText, predicted) => {
      const comparison = compareDecision(goldText, predictedText);
      if (comparison.same) candidates.push({ gold, predicted, score: comparison.score });
    });
  });
  candidates.sort((a, b) => b.score - a.score || a.gold - b.gold || a.predicted - b.predicted);
  const goldTaken = new Set<number>();
  const predictedTaken = new Set<number>();
  const pairs: DecisionPair[] = [];
  for (const candidate of candidates) {
    if (goldTaken.has(candidate.gold) || predictedTaken.has(candidate.predicted)) continue;
    goldTaken.add(candidate.gold);
    predictedTaken.add(candidate.predicted);
    pairs.push(candidate);
  }
  return pairs.sort((a, b) => a.gold - b.gold);
}

// ---------------------------------------------------------------- owners

export interface OwnerComparison {
  tp: number;
  fp: number;
  fn: number;
  /** gold owners no prediction stands for (their aliases) */
  missed: string[][];
  /** predicted owners that are no gold owner, by the first of text, name, initials, role they have */
  extra: string[];
}

/** A predicted owner's keys: text, name, initials and role, normalised; empty for the missing ones. */
const ownerKeys = (owner: ScoredOwner): string[] => [owner.text, owner.name, owner.initials, owner.role].map(normaliseOwner);

/**
 * Compares the owners of one item. A predicted owner stands for a gold owner when any of its
 * text, name, initials or role equals one of the gold owner's aliases (normalised). Each gold owner
 * is matched at most once and as many as can be are matched; a predicted owner standing only for
 * gold owners matched by others is a duplicate and not counted; one standing for no gold owner is
 * a false positive, counted once per distinct label. Identical predicted owners count once.
 */
export function compareOwners(goldOwners: readonly (readonly string[])[], predictedOwners: readonly ScoredOwner[]): OwnerComparison {
  const aliases = goldOwners.map((list) => new Set(list.map(normaliseOwner).filter((alias) => alias !== '')));

  const byKeys = new Map<string, string[]>();
  for (const owner of predictedOwners) {
    const keys = ownerKeys(owner);
    if (keys.every((key) => key === '')) continue;
    const identity = JSON.stringify(keys);
    if (!byKeys.has(identity)) byKeys.set(identity, keys.filter((key) => key !== ''));
  }
  const predicted = [...byKeys.values()];
  const standsFor = predicted.map((keys) => aliases.flatMap((set, gold) => (keys.some((key) => set.has(key)) ? [gold] : [])));

  // maximum matching of predicted to gold owners, by augmenting paths
  const holder: (number | undefined)[] = aliases.map(() => undefined);
  const tryAssign = (p: number, visited: Set<number>): boolean => {
    for (const gold of standsFor[p] ?? []) {
      if (visited.has(gold)) continue;
      visited.add(gold);
      const current = holder[gold];
      if (current === undefined || tryAssign(current, visited)) {
        holder[gold] = p;
        return true;
      }
    }
    return false;
  };
  predicted.forEach((_, p) => tryAssign(p, new Set()));

  const matched = holder.filter((p) => p !== undefined).length;
  const extra = [...new Set(predicted.filter((_, p) => standsFor[p]?.length === 0).map((keys) => keys[0] ?? ''))];
  const missed = goldOwners.filter((_, gold) => holder[gold] === undefined).map((list) => [...list]);
  return { tp: matched, fp: extra.length, fn: goldOwners.length - matched, missed, extra };
}

/** Every owner of every decision and action of an item. */
export function ownersOfItem(item: ScoredItem): ScoredOwner[] {
  return [...item.decisions, ...item.actions].flatMap((task: ScoredTask) => task.owners);
}

// ---------------------------------------------------------------- deadlines

export const NEXT_MEETING = 'next-meeting';

export interface ItemDeadlines {
  /** distinct EDTF values and "next-meeting" */
  values: Set<string>;
  /** texts of deadlines with neither a value nor next-meeting: not scored, only reported */
  unresolved: string[];
}

/** The deadlines of an item's decisions and actions as the scorer compares them. */
export function deadlinesOfItem(item: ScoredItem): ItemDeadlines {
  const values = new Set<string>();
  const unresolved: string[] = [];
  for (const task of [...item.decisions, ...item.actions]) {
    for (const deadline of task.deadlines) {
      const value = deadline.value?.trim() ?? '';
      if (value !== '') values.add(value);
      else if (deadline.relative === NEXT_MEETING) values.add(NEXT_MEETING);
      else unresolved.push(deadline.text);
    }
  }
  return { values, unresolved };
}

export interface DeadlineComparison {
  tp: number;
  fp: number;
  fn: number;
  missed: string[];
  extra: string[];
}

/** Deadline values compared as sets: a value is right when the gold item has it. */
export function compareDeadlines(goldValues: readonly string[], predictedValues: ReadonlySet<string>): DeadlineComparison {
  const gold = new Set(goldValues);
  const missed = [...gold].filter((value) => !predictedValues.has(value));
  const extra = [...predictedValues].filter((value) => !gold.has(value));
  return { tp: gold.size - missed.length, fp: extra.length, fn: missed.length, missed, extra };
}
