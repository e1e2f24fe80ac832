import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { BYTES_PER_THREAD, runExtract, threadsFor } from '../../src/cli/extract.js';

const run = promisify(execFile);

/** A folder with good minutes and bad files side by side. */
function mixedFolder(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'protokoll-cli-'));
  copyFileSync('samples/text/000_7b52d196786977c7.txt', path.join(dir, 'good.txt'));
  copyFileSync('samples/docx/001_062690003aef6bc0.docx', path.join(dir, 'good.docx'));
  writeFileSync(path.join(dir, 'empty.pdf'), '');
  writeFileSync(path.join(dir, 'notword.docx'), 'this is plain text with a .docx name');
  writeFileSync(path.join(dir, 'truncated.pdf'), readFileSync('samples/pdf/002_d87efa32b9f021cd.pdf').subarray(0, 2000));
  return dir;
}

describe('protokoll extract', () => {
  let dir: string;
  beforeAll(() => { dir = mixedFolder(); });

  it('writes a record per readable file, names each bad file with its reason, and says some failed', async () => {
    const out = mkdtempSync(path.join(tmpdir(), 'protokoll-out-'));
    const errors: string[] = [];
    const write = process.stderr.write.bind(process.stderr);
    process.stderr.write = ((chunk: string) => { errors.push(String(chunk)); return true; }) as typeof process.stderr.write;
    let code: number;
    try { code = await runExtract([dir], { out }); } finally { process.stderr.write = write; }
    expect(code).toBe(1);
    expect(readdirSync(out).sort()).toEqual(['good.docx.json', 'good.txt.json']);
    const text = errors.join('');
    expect(text).toMatch(/empty\.pdf: the file is empty/);
    expect(text).toMatch(/notword\.docx: .*not a Word document/);
    expect(text).toMatch(/truncated\.pdf: /);
    expect(text).toMatch(/3 of 5 file\(s\) failed/);
    const record = JSON.parse(readFileSync(path.join(out, 'good.txt.json'), 'utf8'));
    expect(record.items.length).toBeGreaterThan(5);
  });

  it('prints JSON Lines on stdout for several files, one record each', async () => {
    const { stdout } = await run(process.execPath, ['dist/cli.js', 'extract', 'samples/text/000_7b52d196786977c7.txt', 'samples/text/001_062690003aef6bc0.txt']);
    const lines = stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((r) => r.source.fileName)).toEqual(['000_7b52d196786977c7.txt', '001_062690003aef6bc0.txt']);
  });
});

describe('threads for a batch', () => {
  it('starts one thread for a small batch and one per core for a large one, never more than the files', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'protokoll-threads-'));
    const file = (name: string, bytes: number) => {
      writeFileSync(path.join(dir, name), Buffer.alloc(bytes));
      return path.join(dir, name);
    };
    const small = [file('a.pdf', 40_000), file('b.pdf', 60_000), file('c.docx', 20_000)];
    expect(await threadsFor(small, 2)).toBe(1);
    expect(await threadsFor(small, 8)).toBe(1);
    const large = Array.from({ length: 20 }, (_, i) => file(`${i}.pdf`, BYTES_PER_THREAD / 4));
    expect(await threadsFor(large, 2)).toBe(2);
    expect(await threadsFor(large, 8)).toBe(5);
    expect(await threadsFor([file('big.pdf', BYTES_PER_THREAD * 10)], 8)).toBe(1);
    expect(await threadsFor([], 2)).toBe(1);
    // a file gone since the listing counts as empty: it fails on its own when it is read
    expect(await threadsFor([path.join(dir, 'gone.pdf'), ...small], 2)).toBe(1);
  });
});
