/**
 * Each broken or hostile file of the corpus, read the way every pipeline reads a file (its size
 * checked first, then the one pure `extractRecord` under the default settings): a record (with
 * the warning the case calls for) or a DocumentError with its code and a plain message.
 */
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DocumentError } from '../../src/errors.js';
import { checkFileSize } from '../../src/limits/breach.js';
import { DEFAULT_LIMITS } from '../../src/limits/settings.js';
import { ocrAvailability } from '../../src/ocr/tools.js';
import { extractRecord } from '../../src/pipeline.js';
import type { MinutesRecord } from '../../src/record/schema.js';
import { writeCorpus, type Case } from './support/corpus.js';

async function outcomeOf(file: string): Promise<MinutesRecord | DocumentError> {
  try {
    checkFileSize(statSync(file).size, DEFAULT_LIMITS);
    return await extractRecord({ path: file, bytes: readFileSync(file) });
  } catch (error) {
    if (error instanceof DocumentError) return error;
    throw error;
  }
}

const recordText = (r: MinutesRecord) => JSON.stringify(r.items) + JSON.stringify(r.meeting);

describe('broken and hostile files, one by one', () => {
  let dir = '';
  let cases: Case[] = [];
  let ocr = false;

  beforeAll(async () => {
    ocr = (await ocrAvailability('swe')).available;
    dir = mkdtempSync(path.join(os.tmpdir(), 'protokoll-hostile-'));
    cases = writeCorpus(dir, ocr);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('gives each file its expected outcome: a record with its warning, or a DocumentError in plain words', async () => {
    const seen: string[] = [];
    for (const c of cases) {
      const outcome = await outcomeOf(path.join(dir, c.name));
      if (process.env.SHOW) console.log(c.name, outcome instanceof Error ? outcome.message : JSON.stringify({ w: outcome.warnings, i: outcome.items.map((i) => [i.title, i.decisions.map((d) => d.text), i.actions.map((a) => [a.text, a.owners.map((o) => o.text)])]), m: outcome.meeting }));
      const label = `${c.name} (${c.why})`;
      if (c.expected.kind === 'error') {
        expect(outcome, label).toBeInstanceOf(DocumentError);
        const error = outcome as DocumentError;
        expect(error.code, label).toBe(c.expected.code);
        expect(error.message, label).toMatch(c.expected.message);
        // plain words: no library exception names, stack frames or source paths
        expect(error.message, label).not.toMatch(/Exception|TypeError|at .+:\d+|node_modules|undefined/);
      } else {
        expect(outcome, `${label}: ${outcome instanceof Error ? outcome.message : ''}`).not.toBeInstanceOf(Error);
        const record = outcome as MinutesRecord;
        if (c.expected.warning) expect(record.warnings, label).toContainEqual(expect.stringMatching(c.expected.warning));
        if (c.expected.text) expect(recordText(record), label).toMatch(c.expected.text);
        if (c.expected.pages) expect(record.source.pages, label).toBe(c.expected.pages);
      }
      seen.push(c.name);
    }
    expect(seen).toHaveLength(15);
  });

  it('never lets an external entity in: no /etc/passwd content anywhere', async () => {
    const outcome = await outcomeOf(path.join(dir, 'entiteter.docx'));
    expect(String(outcome instanceof Error ? outcome.message : JSON.stringify(outcome))).not.toMatch(/root:|\/bin\/(ba)?sh/);
  });
});
