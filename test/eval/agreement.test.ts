/**
 * The project's scorer (src/eval) and the shared one (../shared/eval/score.mjs, outside this
 * repository, loaded at test time and never copied) must count the same: equal tp/fp/fn per
 * field and equal date accuracy, per format, on the samples, the test minutes and (once it has
 * gold files) the blind test minutes.
 * Skipped, with a note, where the shared scorer is not there.
 */
import { copyFileSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { evaluateFormat, evaluationSets, formatsIn } from '../../src/eval/run.js';
import { FIELDS, type Counts, type Field } from '../../src/eval/types.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SHARED_SCORER = path.resolve(ROOT, '../shared/eval/score.mjs');
const present = existsSync(SHARED_SCORER);
if (!present) console.log(`scorer agreement skipped: ${SHARED_SCORER} is not there`);

interface SharedTotals extends Record<Field, Counts> {
  meetingDate: { correct: number; total: number };
  referenceYear: { correct: number; total: number };
}
type SharedEvaluate = (goldDir: string, predDir: string) => { total: SharedTotals };

async function sharedEvaluate(): Promise<SharedEvaluate> {
  const scorer: unknown = await import(pathToFileURL(SHARED_SCORER).href);
  if (typeof scorer !== 'object' || scorer === null || !('evaluate' in scorer) || typeof scorer.evaluate !== 'function') {
    throw new Error(`${SHARED_SCORER} exports no evaluate function`);
  }
  return scorer.evaluate as SharedEvaluate;
}

const temp: string[] = [];
afterAll(() => temp.forEach((d) => rmSync(d, { recursive: true, force: true })));

// the blind test minutes too, once they have gold files: they have real misses to count alike
const sets = evaluationSets(ROOT);
const cases = sets.flatMap((set) => formatsIn(path.join(ROOT, set)).map((format) => [set, format] as const));

describe.skipIf(!present)('the project scorer agrees with ../shared/eval/score.mjs', () => {
  it('has formats to compare', () => {
    expect(sets.slice(0, 2)).toEqual(['samples', 'test/fixtures/minutes']);
    expect(cases.map(([set, format]) => `${set}/${format}`).slice(0, 6)).toEqual(
      ['samples', 'test/fixtures/minutes'].flatMap((set) => ['text', 'docx', 'pdf'].map((format) => `${set}/${format}`)),
    );
  });

  it.each(cases)('%s, %s', async (set, format) => {
    const minutesDir = path.join(ROOT, set, format);
    const goldDir = path.join(ROOT, set, 'gold');
    const ours = await evaluateFormat(format, minutesDir, goldDir);

    // the shared scorer reads folders: the records, and the gold files these minutes have
    const predDir = mkdtempSync(path.join(tmpdir(), 'protokoll-agree-'));
    const goldHere = mkdtempSync(path.join(tmpdir(), 'protokoll-agree-gold-'));
    temp.push(predDir, goldHere);
    for (const [stem, record] of ours.records) writeFileSync(path.join(predDir, `${stem}.json`), JSON.stringify(record));
    const stems = new Set(readdirSync(minutesDir).map((n) => path.parse(n).name));
    for (const g of readdirSync(goldDir)) if (stems.has(path.parse(g).name)) copyFileSync(path.join(goldDir, g), path.join(goldHere, g));
    const theirs = (await sharedEvaluate())(goldHere, predDir).total;

    expect(ours.score.goldFiles).toBeGreaterThan(0);
    expect(ours.failures).toEqual([]);
    const pick = (c: Counts): Counts => ({ tp: c.tp, fp: c.fp, fn: c.fn });
    expect(Object.fromEntries(FIELDS.map((f) => [f, pick(ours.score.totals[f])]))).toEqual(Object.fromEntries(FIELDS.map((f) => [f, pick(theirs[f])])));
    expect([ours.score.meetingDate, ours.score.referenceYear]).toEqual([theirs.meetingDate, theirs.referenceYear]);
  });
});
