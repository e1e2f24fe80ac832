/**
 * Fuzzing the readers: seeded random mutations of the sample PDFs and Word documents (bytes, and
 * for Word also the XML inside a valid zip) through the extraction threads under a time limit.
 * Every outcome must be a valid record or a per-file DocumentError, never another error (a crash
 * in a parser), and no document may run past the time limit.
 *
 * PROTOKOLL_FUZZ_ITERATIONS (default 240) and PROTOKOLL_FUZZ_SEED (default 20251) repeat or widen
 * a run; a failure names the seed and iteration, which reproduce its bytes exactly.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, DEFAULT_OCR, type Settings } from '../../src/limits/settings.js';
import { MinutesRecordSchema } from '../../src/record/schema.js';
import { SAMPLES } from '../pipelines/support.js';
import { compiled, ensureBuilt, type ExtractorsModule } from '../hardening/support/compiled.js';
import { mutateBytes, mutateDocxParts, random } from './mutate.js';

const ITERATIONS = Number(process.env.PROTOKOLL_FUZZ_ITERATIONS ?? 240);
const SEED = Number(process.env.PROTOKOLL_FUZZ_SEED ?? 20251);
const TIMEOUT_MS = 10_000;
// OCR would read every page a mutation empties, seconds each: it is tested on its own
const SETTINGS: Settings = { limits: { ...DEFAULT_LIMITS, timeoutMs: TIMEOUT_MS }, ocr: { ...DEFAULT_OCR, mode: 'off' } };

const samples = (kind: 'pdf' | 'docx') =>
  readdirSync(path.join(SAMPLES, kind))
    .sort()
    .map((name) => ({ name, bytes: new Uint8Array(readFileSync(path.join(SAMPLES, kind, name))) }));

describe('fuzzed PDFs and Word documents', { timeout: 600_000 }, () => {
  let extractor: InstanceType<ExtractorsModule['ThreadExtractor']>;
  beforeAll(async () => {
    await ensureBuilt();
    const lib = await compiled<ExtractorsModule>('pipelines/extractors.js');
    extractor = new lib.ThreadExtractor(2, SETTINGS);
  }, 180_000);
  afterAll(() => extractor?.close());

  it(`gives a record or a DocumentError for each of ${ITERATIONS} mutations (seed ${SEED}), each within the time limit`, async () => {
    const pdfs = samples('pdf');
    const docxs = samples('docx');
    const outcomes = { records: 0, errors: new Map<string, number>() };
    const problems: string[] = [];
    const slowest = { ms: 0, label: '' };

    const one = async (i: number) => {
      const rnd = random(SEED * 100_003 + i);
      const asPdf = i % 2 === 0;
      const source = asPdf ? pdfs[Math.floor(rnd() * pdfs.length)]! : docxs[Math.floor(rnd() * docxs.length)]!;
      const bytes = asPdf || rnd() < 0.4 ? mutateBytes(source.bytes, rnd) : mutateDocxParts(source.bytes, rnd);
      const label = `seed ${SEED} iteration ${i} (${source.name})`;
      const started = Date.now();
      try {
        const record = await extractor.extract(`fuzz-${i}.${asPdf ? 'pdf' : 'docx'}`, bytes);
        const valid = MinutesRecordSchema.safeParse(record);
        if (!valid.success) problems.push(`${label}: an invalid record: ${valid.error.message.slice(0, 300)}`);
        outcomes.records++;
      } catch (error) {
        // the compiled build's DocumentError: another class object than the sources', same name
        const e = error as Error & { code?: unknown };
        if (e.name === 'DocumentError' && typeof e.code === 'string') outcomes.errors.set(e.code, (outcomes.errors.get(e.code) ?? 0) + 1);
        else problems.push(`${label}: not a DocumentError: ${e.name}: ${e.message}`);
        if (/^\s*$/.test(e.message)) problems.push(`${label}: an empty message`);
      }
      const ms = Date.now() - started;
      if (ms > slowest.ms) Object.assign(slowest, { ms, label });
      // the thread is stopped at the limit; what is over it is the stopping, not the reading
      if (ms > TIMEOUT_MS + 2000) problems.push(`${label}: took ${ms} ms, past the ${TIMEOUT_MS} ms limit`);
    };

    // two at a time, on the extractor's two threads
    let next = 0;
    await Promise.all([0, 1].map(async () => {
      while (next < ITERATIONS) await one(next++);
    }));

    console.log(`fuzz: ${outcomes.records} records, errors ${JSON.stringify(Object.fromEntries(outcomes.errors))}; slowest ${slowest.ms} ms (${slowest.label})`);
    expect(problems).toEqual([]);
    // the mutations reach the readers: some files still read, others fail
    expect(outcomes.records).toBeGreaterThan(0);
    expect([...outcomes.errors.values()].reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
  });
});
