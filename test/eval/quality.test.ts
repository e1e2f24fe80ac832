/**
 * Extraction quality on the samples (the five real minutes in three formats) and on the project's
 * own test minutes in other shapes (§ protocols, board minutes, action tables, APT memos, older
 * upper-case minutes), scored with the same scorer as ../shared/eval/score.mjs.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync, rmSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { extractRecord } from '../../src/pipeline.js';
// @ts-expect-error: the scorer is plain JavaScript, shared with ../shared/eval
import { evaluate } from '../../scripts/score.mjs';

const temp: string[] = [];
afterAll(() => temp.forEach((d) => rmSync(d, { recursive: true, force: true })));

async function score(minutesDir: string, goldDir: string) {
  const out = mkdtempSync(path.join(tmpdir(), 'protokoll-quality-'));
  const gold = mkdtempSync(path.join(tmpdir(), 'protokoll-quality-gold-'));
  temp.push(out, gold);
  const stems = new Set<string>();
  for (const name of readdirSync(minutesDir)) {
    const file = path.join(minutesDir, name);
    const record = await extractRecord({ path: file, bytes: readFileSync(file) });
    writeFileSync(path.join(out, `${path.parse(name).name}.json`), JSON.stringify(record));
    stems.add(path.parse(name).name);
  }
  for (const g of readdirSync(goldDir)) if (stems.has(path.parse(g).name)) copyFileSync(path.join(goldDir, g), path.join(gold, g));
  return evaluate(gold, out).total;
}

describe.each(['text', 'docx', 'pdf'])('samples as %s', (format) => {
  it('meets the bars: items F1 >= 0.95, decisions, owners and deadlines >= 0.90, every stated date right', async () => {
    const t = await score(path.join('samples', format), path.join('samples', 'gold'));
    expect(t.items.f1).toBeGreaterThanOrEqual(0.95);
    expect(t.decisions.f1).toBeGreaterThanOrEqual(0.9);
    expect(t.owners.f1).toBeGreaterThanOrEqual(0.9);
    expect(t.deadlines.f1).toBeGreaterThanOrEqual(0.9);
    expect(t.meetingDate.correct).toBe(t.meetingDate.total);
    expect(t.referenceYear.correct).toBe(t.referenceYear.total);
  });
});

describe.each(['text', 'docx', 'pdf'])('test minutes of other shapes as %s', (format) => {
  it('score an overall F1 of at least 0.85 with every stated date right', async () => {
    const t = await score(path.join('test/fixtures/minutes', format), 'test/fixtures/minutes/gold');
    expect(t.overallF1).toBeGreaterThanOrEqual(0.85);
    expect(t.meetingDate.correct).toBe(t.meetingDate.total);
  });
});
