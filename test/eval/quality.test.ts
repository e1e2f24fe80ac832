/**
 * Extraction quality, scored with the project's scorer (src/eval): every set and format must come
 * within 0.02 of the figures in expected-scores.json, either way (a big improvement means the
 * figures and the README are to be rewritten: npm run eval:expected), and the README's table must
 * show those same figures. The sets: the samples (five real minutes in three formats) and every
 * set of test minutes with gold files under test/fixtures (other shapes, blind, held-out, fresh).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { differences, figuresOf, parseQualityTable, type ExpectedScores, type FormatFigures } from '../../src/eval/expected.js';
import { evaluateFormat, evaluationSets } from '../../src/eval/run.js';
import type { SetScore } from '../../src/eval/score.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const TOLERANCE = 0.02;
const expected = JSON.parse(readFileSync(path.join(ROOT, 'test/eval/expected-scores.json'), 'utf8')) as ExpectedScores;
const sets = evaluationSets(ROOT);

const cases = Object.entries(expected).flatMap(([set, formats]) => Object.entries(formats).map(([format, figures]) => [set, format, figures] as const));

async function scoreOf(set: string, format: string): Promise<SetScore> {
  return (await evaluateFormat(format, path.join(ROOT, set, format), path.join(ROOT, set, 'gold'))).score;
}

describe('expected figures', () => {
  it('cover exactly the sets there are, each in every format it has minutes with gold for', () => {
    expect(Object.keys(expected)).toEqual(sets);
    expect(expected.samples && Object.keys(expected.samples)).toEqual(['text', 'docx', 'pdf']);
    expect(expected['test/fixtures/minutes'] && Object.keys(expected['test/fixtures/minutes'])).toEqual(['text', 'docx', 'pdf']);
  });

  it('are the figures the README shows', () => {
    expect(parseQualityTable(readFileSync(path.join(ROOT, 'README.md'), 'utf8'))).toEqual(expected);
  });
});

describe.each(cases)('%s as %s', (set, format, figures: FormatFigures) => {
  it(`scores within ${TOLERANCE} of expected-scores.json (npm run eval:expected rewrites it)`, async () => {
    const score = await scoreOf(set, format);
    expect(score.goldFiles).toBeGreaterThan(0);
    expect(differences({ [set]: { [format]: figuresOf(score) } }, { [set]: { [format]: figures } }, TOLERANCE).join('; ')).toBe('');

    // the bars the project keeps whatever the figures say
    if (set === 'samples') {
      expect(score.totals.items.f1).toBeGreaterThanOrEqual(0.95);
      for (const field of ['decisions', 'owners', 'deadlines'] as const) expect(score.totals[field].f1).toBeGreaterThanOrEqual(0.9);
      expect(score.meetingDate.correct).toBe(score.meetingDate.total);
      expect(score.referenceYear.correct).toBe(score.referenceYear.total);
    }
    if (set === 'test/fixtures/minutes') {
      expect(score.overallF1).toBeGreaterThanOrEqual(0.85);
      expect(score.meetingDate.correct).toBe(score.meetingDate.total);
    }
  });
});
