import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { runExtract } from '../../src/cli/extract.js';

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
