/**
 * Which predicted agenda item is which gold item: titles compared by token Dice, items paired in
 * document order so that the summed similarity of the pairs is as high as it can be.
 */
import { normaliseTitle } from './normalise.js';

/** Two titles are the same item from this similarity up. */
export const TITLE_THRESHOLD = 0.6;
/** Slack for comparing sums of similarities. */
export const EPSILON = 1e-9;

/** Dice coefficient of two token lists, each taken as a set: 2|A∩B| / (|A| + |B|); 0 when either is empty. */
export function dice(a: readonly string[], b: readonly string[]): number {
  const left = new Set(a);
  const right = new Set(b);
  if (left.size === 0 || right.size === 0) return 0;
  const shared = [...left].filter((token) => right.has(token)).length;
  return (2 * shared) / (left.size + right.size);
}

const containsWords = (outer: string, inner: string): boolean => ` ${outer} `.includes(` ${inner} `);

/**
 * How alike two titles are, 0 to 1: 1 when their keys are equal, else the Dice of their words,
 * raised to the threshold when one key holds the other as whole words ("Information" and
 * "Information – Nytt inom arbetsmiljö" are the same item). 0 when either key is empty.
 */
export function titleSimilarity(goldTitle: string, predictedTitle: string): number {
  const gold = normaliseTitle(goldTitle);
  const predicted = normaliseTitle(predictedTitle);
  if (gold === '' || predicted === '') return 0;
  if (gold === predicted) return 1;
  const similarity = dice(gold.split(' '), predicted.split(' '));
  const contained = containsWords(gold, predicted) || containsWords(predicted, gold);
  return contained ? Math.max(similarity, TITLE_THRESHOLD) : similarity;
}

export interface ItemPair {
  gold: number;
  predicted: number;
  similarity: number;
}

/**
 * Pairs gold titles with predicted titles without crossing (an order-preserving alignment) so
 * that the sum of the pairs' similarities is largest, counting only pairs at the threshold or
 * above. Among equally good alignments the one that pairs earliest wins: at each step a pair is
 * taken before a predicted item is passed over, and a predicted item is passed over before a gold one.
 */
export function alignTitles(goldTitles: readonly string[], predictedTitles: readonly string[]): ItemPair[] {
  const rows = goldTitles.length;
  const columns = predictedTitles.length;
  const similarity = goldTitles.map((g) => predictedTitles.map((p) => titleSimilarity(g, p)));
  const at = (g: number, p: number): number => similarity[g]?.[p] ?? 0;
  const pairable = (g: number, p: number): boolean => at(g, p) >= TITLE_THRESHOLD - EPSILON;

  // rest[g][p]: the best sum for gold titles from g on against predicted titles from p on
  const rest: number[][] = Array.from({ length: rows + 1 }, () => new Array<number>(columns + 1).fill(0));
  const best = (g: number, p: number): number => rest[g]?.[p] ?? 0;
  for (let g = rows - 1; g >= 0; g--) {
    const row = rest[g] ?? [];
    for (let p = columns - 1; p >= 0; p--) {
      const paired = pairable(g, p) ? at(g, p) + best(g + 1, p + 1) : 0;
      row[p] = Math.max(paired, best(g, p + 1), best(g + 1, p));
    }
  }

  const pairs: ItemPair[] = [];
  let g = 0;
  let p = 0;
  while (g < rows && p < columns) {
    const here = best(g, p);
    if (pairable(g, p) && Math.abs(here - (at(g, p) + best(g + 1, p + 1))) < EPSILON) {
      pairs.push({ gold: g, predicted: p, similarity: at(g, p) });
      g += 1;
      p += 1;
    } else if (Math.abs(here - best(g, p + 1)) < EPSILON) {
      p += 1;
    } else {
      g += 1;
    }
  }
  return pairs;
}
