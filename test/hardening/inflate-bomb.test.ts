/**
 * The inflate bomb (issue 10, defect 2): a small PDF whose page stream inflates to gigabytes.
 * Flate streams are capped before pdf.js sees them, two layers of Flate included; and the memory
 * watchdog stops a thread at its memory limit where the bytes live outside its heap (checked
 * with the cap lifted, so only the watchdog stands between the bomb and the machine).
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { deflateSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { inflateBombPdf, pdfWithContent, zeroBomb } from '../../scripts/inflate-bomb.mjs';
import type { DocumentError } from '../../src/errors.js';
import { checkPdfStreams, inflatedSize } from '../../src/limits/inflate.js';
import { DEFAULT_LIMITS, DEFAULT_OCR, type Settings } from '../../src/limits/settings.js';
import { MemoryWatchdog } from '../../src/limits/watchdog.js';
import { extractRecord } from '../../src/pipeline.js';
import { SAMPLES } from '../pipelines/support.js';
import { documentErrorOf } from '../support/errors.js';
import { compiled, ensureBuilt, type ExtractorsModule } from './support/compiled.js';

const MIB = 1024 * 1024;

describe('Flate streams are capped before pdf.js', () => {
  it('counts on past a damaged inner layer instead of waiting for it for ever', async () => {
    // a zlib header, then data that is no deflate, inside a good outer layer
    const inner = Buffer.concat([Buffer.from([0x78, 0x9c, 0xff, 0xff, 0xff, 0xff]), Buffer.alloc(MIB, 7)]);
    const size = await Promise.race([inflatedSize(deflateSync(inner), 1e12), new Promise<string>((r) => setTimeout(() => r('hung'), 5000))]);
    expect(size).toBeGreaterThanOrEqual(MIB);
  });


  it('counts what a stream inflates to, across layers, and stops as soon as it is over', async () => {
    expect(await inflatedSize(zeroBomb(8 * MIB), 1e12)).toBe(8 * MIB);
    // two layers: the inner 64 MiB counts, and the outer layer's own output
    const twice = await inflatedSize(zeroBomb(64 * MIB, 2), 1e12);
    expect(twice).toBeGreaterThan(64 * MIB);
    expect(twice).toBeLessThan(65 * MIB);
    expect(await inflatedSize(zeroBomb(64 * MIB), 16 * MIB)).toBe(16 * MIB + 1);
    // not deflate data: nothing counted, no error
    expect(await inflatedSize(Buffer.from('BT /F1 12 Tf (Hej) Tj ET'), 1e12)).toBe(0);
  });

  it('refuses a 1 MB PDF that inflates to 1 GiB, quickly and in little memory, naming the limit', async () => {
    const bomb = inflateBombPdf(1024 * MIB);
    expect(bomb.length).toBeLessThan(1.5 * MIB);
    const before = process.memoryUsage.rss();
    const started = Date.now();
    const e = await documentErrorOf(extractRecord({ path: 'bomb.pdf', bytes: bomb }, { limits: DEFAULT_LIMITS, ocr: { ...DEFAULT_OCR, mode: 'off' } }));
    expect(e.code).toBe('too-large');
    expect(e.message).toBe('a compressed part of the PDF unpacks to more than 256 MiB (a "decompression bomb"); refusing to read it (raise it with PROTOKOLL_MAX_INFLATED_MB)');
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(process.memoryUsage.rss() - before).toBeLessThan(150 * MIB);
  });

  it('finds a bomb behind a forged /Length, and one deflated twice', async () => {
    const limits = { maxInflatedBytes: 32 * MIB };
    const lying = pdfWithContent(zeroBomb(64 * MIB)).toString('latin1').replace(/\/Length \d+/, '/Length 10');
    await expect(checkPdfStreams(Buffer.from(lying, 'latin1'), limits)).rejects.toThrow(/unpacks to more than 32 MiB/);
    await expect(checkPdfStreams(inflateBombPdf(64 * MIB, 2), limits)).rejects.toThrow(/unpacks to more than 32 MiB/);
    // a header stating a window zlib refuses (pdf.js does not look at it): counted all the same
    const odd = zeroBomb(64 * MIB);
    odd[0] = 0xf8; // method 8, window 2^23
    odd[1] = 31 - ((0xf8 * 256) % 31); // a valid header check for it
    expect((0xf8 * 256 + odd[1]!) % 31).toBe(0);
    await expect(checkPdfStreams(pdfWithContent(odd), limits)).rejects.toThrow(/unpacks to more than 32 MiB/);
    // pdf.js skips whatever follows the stream keyword up to the end of the line: so does the scan
    const spaced = pdfWithContent(zeroBomb(64 * MIB)).toString('latin1').replace('stream\n', 'stream  %x\n');
    await expect(checkPdfStreams(Buffer.from(spaced, 'latin1'), limits)).rejects.toThrow(/unpacks to more than 32 MiB/);
  });

  it('lets every sample PDF through, each stream far under the limit', async () => {
    for (const name of readdirSync(path.join(SAMPLES, 'pdf'))) {
      const largest = await checkPdfStreams(readFileSync(path.join(SAMPLES, 'pdf', name)), DEFAULT_LIMITS);
      expect(largest, name).toBeLessThan(DEFAULT_LIMITS.maxInflatedBytes / 10);
    }
  });
});

describe('the memory watchdog', () => {
  it('calls a breach only while a document is in hand and memory is over what the threads may use', () => {
    let rss = 100 * MIB;
    let busy = 0;
    const breaches: number[] = [];
    const dog = new MemoryWatchdog({ limitMb: 200, threadBaseMb: 50, threads: () => 2, busy: () => busy, sample: () => rss, onBreach: (mb) => breaches.push(mb) });
    expect(dog.allowedMb).toBe(100 + 2 * 250);
    rss = 700 * MIB;
    expect(dog.check()).toBe(false); // nothing in hand: the memory is not a document's
    busy = 1;
    rss = 600 * MIB;
    expect(dog.check()).toBe(false);
    rss = 601 * MIB;
    expect(dog.check()).toBe(true);
    expect(breaches).toEqual([601]);
    expect(dog.peakMb).toBe(700);
  });

  describe('in an extraction thread, with the Flate cap lifted', { timeout: 120_000 }, () => {
    let lib: ExtractorsModule;
    beforeAll(async () => {
      await ensureBuilt();
      lib = await compiled<ExtractorsModule>('pipelines/extractors.js');
    }, 180_000);

    it('stops the bomb at the memory limit, though pdf.js keeps its bytes outside the heap; the next document reads fine', async () => {
      const settings: Settings = { limits: { ...DEFAULT_LIMITS, memoryMb: 256, maxInflatedBytes: 1e12 }, ocr: { ...DEFAULT_OCR, mode: 'off' } };
      const extractor = new lib.ThreadExtractor(1, settings);
      try {
        const e = await extractor.extract('bomb.pdf', inflateBombPdf(1024 * MIB)).then(
          () => null,
          (error: DocumentError) => error,
        );
        expect(e?.code).toBe('too-much-memory');
        expect(e?.message).toMatch(/needed more than the limit of 256 MiB of memory and was stopped/);
        expect(extractor.watchdog.peakMb).toBeLessThan(extractor.watchdog.allowedMb + 200);
        const pdf = readFileSync(path.join(SAMPLES, 'pdf', '002_d87efa32b9f021cd.pdf'));
        expect((await extractor.extract('protokoll.pdf', pdf)).items.length).toBeGreaterThan(0);
      } finally {
        await extractor.close();
      }
    });
  });
});
