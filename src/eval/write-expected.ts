/**
 * npm run eval:expected: evaluates every set (samples and every test/fixtures set with gold
 * files) and writes the figures to
 * test/eval/expected-scores.json and to the README's quality table. Run it after a change that
 * moves the figures, and commit both files with the change.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { figuresOf, renderQualityTable, replaceQualityTable, type ExpectedScores } from './expected.js';
import { evaluateSet, evaluationSets } from './run.js';

export const EXPECTED_FILE = 'test/eval/expected-scores.json';

const root = process.cwd();
const expected: ExpectedScores = {};
for (const set of evaluationSets(root)) {
  const formats = await evaluateSet(path.join(root, set));
  for (const { format, score } of formats) if (score.goldFiles > 0) (expected[set] ??= {})[format] = figuresOf(score);
}
writeFileSync(path.join(root, EXPECTED_FILE), `${JSON.stringify(expected, null, 2)}\n`);
const readmeFile = path.join(root, 'README.md');
writeFileSync(readmeFile, replaceQualityTable(readFileSync(readmeFile, 'utf8'), expected));
process.stdout.write(`${renderQualityTable(expected)}\n\nwritten to ${EXPECTED_FILE} and README.md\n`);
