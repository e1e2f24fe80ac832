/**
 * Hostile drop folders (issue 10): a symlink farm, a FIFO, control characters in names. Links
 * lead nowhere (nothing outside the watched folder is read or moved), pipes are never opened, and
 * each is reported; names reach the terminal escaped.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DropFolderWatcher } from '../../pipelines/drop-folder.js';
import { inlineExtractor } from '../../pipelines/extractors.js';
import { runImport } from '../../pipelines/import.js';
import { LocalRunner } from '../../pipelines/local-runner.js';
import type { FileResult } from '../../pipelines/result.js';
import { recordIdFor } from '../../src/pipeline.js';
import { closeHookStores } from '../../src/store/hook.js';
import { shown } from '../../src/util/shown.js';
import { SAMPLES, removeDir, tempDir } from '../pipelines/support.js';
import { collector } from './support/streams.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
async function until(check: () => boolean, timeoutMs: number): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error(`not within ${timeoutMs} ms`);
    await sleep(50);
  }
}

const GOOD = path.join(SAMPLES, 'text', '000_7b52d196786977c7.txt');
const OTHER = path.join(SAMPLES, 'text', '002_d87efa32b9f021cd.txt');
const jsonIn = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')).sort() : []);

/**
 * base/outside/{secret.txt, dir/inner.txt} and base/drop with one real file and links every way
 * out: to the parent, to a folder outside, to /etc/passwd, to a file outside, to nothing; and a FIFO.
 */
function symlinkFarm(base: string) {
  const outside = path.join(base, 'outside');
  const drop = path.join(base, 'drop');
  mkdirSync(path.join(outside, 'dir'), { recursive: true });
  mkdirSync(drop);
  copyFileSync(OTHER, path.join(outside, 'secret.txt'));
  copyFileSync(OTHER, path.join(outside, 'dir', 'inner.txt'));
  copyFileSync(GOOD, path.join(drop, 'real.txt'));
  symlinkSync('..', path.join(drop, 'up'));
  symlinkSync(path.join(outside, 'dir'), path.join(drop, 'elsewhere'));
  symlinkSync('/etc/passwd', path.join(drop, 'passwd.txt'));
  symlinkSync(path.join(outside, 'secret.txt'), path.join(drop, 'secret.txt'));
  symlinkSync(path.join(base, 'nothing-here.txt'), path.join(drop, 'dangling.txt'));
  execFileSync('mkfifo', [path.join(drop, 'pipe.txt')]);
  return { outside, drop };
}

describe('a symlink farm and a FIFO in the folder', { timeout: 30_000 }, () => {
  const dirs: string[] = [];
  afterEach(async () => {
    await closeHookStores();
    dirs.splice(0).forEach(removeDir);
  });

  it('watch reads and moves only the real file; links and the pipe are reported, nothing outside is touched', async () => {
    const base = tempDir('farm-watch');
    dirs.push(base);
    const { outside, drop } = symlinkFarm(base);
    const out = path.join(base, 'records');
    const runner = new LocalRunner({ recordsDir: out, extractor: inlineExtractor, concurrency: 2 });
    const results: FileResult[] = [];
    const lines: string[] = [];
    const watcher = new DropFolderWatcher({
      dir: drop, runner, moveDone: path.join(base, 'done'), moveFailed: path.join(base, 'failed'),
      settleMs: 300, incompleteWaitMs: 1000, log: (l) => lines.push(l), onResult: (r) => results.push(r),
    });
    await watcher.start();
    try {
      await until(() => results.some((r) => r.status === 'processed'), 10_000);
      await sleep(1500); // anything followed through a link would be read by now
      await watcher.idle();
    } finally {
      await watcher.close();
      await runner.close();
    }
    // one record: the real file's. Not /etc/passwd's, not the files outside
    expect(jsonIn(out)).toEqual([`${recordIdFor(readFileSync(GOOD))}.json`]);
    expect(readdirSync(path.join(base, 'done'), { recursive: true })).toEqual(['real.txt']);
    expect(existsSync(path.join(base, 'failed'))).toBe(false);
    // everything outside is where it was
    expect(readdirSync(outside, { recursive: true }).sort()).toEqual(['dir', path.join('dir', 'inner.txt'), 'secret.txt']);
    expect(readFileSync('/etc/passwd').length).toBeGreaterThan(0);
    // the links to files and the pipe are reported as not read, each once, and stay where they are
    const skipped = results.filter((r) => r.status === 'skipped');
    expect(skipped.map((r) => [path.basename(r.path), r.status === 'skipped' && r.reason]).sort()).toEqual([
      // (a dangling link is no entry chokidar reports; it leads nowhere either way)
      ['elsewhere', 'symlink'], ['passwd.txt', 'symlink'], ['pipe.txt', 'not-a-file'], ['secret.txt', 'symlink'], ['up', 'symlink'],
    ]);
    expect(readdirSync(drop).sort()).toEqual(['dangling.txt', 'elsewhere', 'passwd.txt', 'pipe.txt', 'secret.txt', 'up']);
    expect(lines.join('\n')).toMatch(/not read +.*passwd\.txt: it is a symbolic link/);
  });

  it('import lists the links and the pipe under their reasons and reads only the real file', async () => {
    const base = tempDir('farm-import');
    dirs.push(base);
    const { drop } = symlinkFarm(base);
    const out = path.join(base, 'records');
    const stdout = collector();
    const stderr = collector();
    const code = await runImport(drop, { out, concurrency: 1 }, stdout.stream, stderr.stream);
    expect(code).toBe(0);
    expect(jsonIn(out)).toEqual([`${recordIdFor(readFileSync(GOOD))}.json`]);
    const summary = stdout.text();
    expect(summary).toMatch(/^processed 1, unchanged 0, failed 0, not read 6$/m);
    expect(summary).toMatch(/not read, symbolic links \(never followed\) \(5\):/);
    for (const name of ['up', 'elsewhere', 'passwd.txt', 'secret.txt', 'dangling.txt']) expect(summary).toContain(`${path.join(drop, name)}: a symbolic link`);
    expect(summary).toMatch(/not read, not regular files .*\(1\):\n.*pipe\.txt: a named pipe \(FIFO\), not a regular file; never opened/);
    // --strict: files not read make the exit code say so
    expect(await runImport(drop, { out, concurrency: 1, strict: true }, collector().stream, collector().stream)).toBe(1);
  });
});

describe('control characters in names', { timeout: 30_000 }, () => {
  const dirs: string[] = [];
  afterEach(async () => {
    await closeHookStores();
    dirs.splice(0).forEach(removeDir);
  });

  it('are shown escaped by the one helper', () => {
    expect(shown('protokoll\nprocessed fake.txt')).toBe('protokoll\\nprocessed fake.txt');
    expect(shown('\x1b[2J\x1b[Hrensa.txt')).toBe('\\x1B[2J\\x1B[Hrensa.txt');
    expect(shown('fakt\u202Etxt.exe')).toBe('fakt\\u202Etxt.exe');
    expect(shown('\u009b31m')).toBe('\\x9B31m');
    expect(shown('Sammanträde Årsmöte.pdf')).toBe('Sammanträde Årsmöte.pdf');
    expect(shown('a\\n')).toBe('a\\\\n'); // a real backslash-n cannot pass for an escaped newline
  });

  it('never reach the terminal: progress lines and the summary show them escaped', async () => {
    const base = tempDir('ctrl');
    dirs.push(base);
    const dir = path.join(base, 'in');
    mkdirSync(dir);
    const forged = 'x.txt\nprocessed shadow -> 0000000000000000.json\nok.txt';
    const clearing = '\x1b[2J\x1b[3Jrensa.txt';
    writeFileSync(path.join(dir, forged), readFileSync(GOOD));
    writeFileSync(path.join(dir, clearing), 'inte ett protokoll');
    writeFileSync(path.join(dir, 'bell\x07.md'), '');
    const stdout = collector();
    const stderr = collector();
    await runImport(dir, { out: path.join(base, 'records'), concurrency: 1 }, stdout.stream, stderr.stream);
    const all = stdout.text() + stderr.text();
    // no control character but the line ends the program writes itself
    expect(all).not.toMatch(/[\x00-\x09\x0b-\x1f\x7f]/);
    expect(all).toContain('x.txt\\nprocessed shadow -> 0000000000000000.json\\nok.txt');
    expect(all).toContain('\\x1B[2J\\x1B[3Jrensa.txt');
    expect(all).toContain('bell\\x07.md');
    // every line the progress wrote is one of its own
    for (const line of stderr.text().trim().split('\n').slice(1)) expect(line).toMatch(/^(\[\d\/\d\] |nothing)/);
  });
});

describe('a FIFO given to extract', () => {
  it('fails at once with a plain error instead of blocking', { timeout: 10_000 }, async () => {
    const base = tempDir('fifo');
    try {
      const fifo = path.join(base, 'protokoll.txt');
      execFileSync('mkfifo', [fifo]);
      const { runExtract } = await import('../../src/cli/extract.js');
      const errors: string[] = [];
      const write = process.stderr.write.bind(process.stderr);
      process.stderr.write = ((chunk: string) => (errors.push(String(chunk)), true)) as typeof process.stderr.write;
      const started = Date.now();
      let code: number;
      try {
        code = await runExtract([fifo], {});
      } finally {
        process.stderr.write = write;
      }
      expect(Date.now() - started).toBeLessThan(3000);
      expect(code).toBe(1);
      expect(errors.join('')).toContain(`${fifo}: not read: it is a named pipe (FIFO), not a regular file`);
    } finally {
      removeDir(base);
    }
  });

  it('and a device (/dev/zero would be read for ever) fails at once too', { timeout: 10_000 }, async () => {
    const { runExtract } = await import('../../src/cli/extract.js');
    const errors: string[] = [];
    const write = process.stderr.write.bind(process.stderr);
    process.stderr.write = ((chunk: string) => (errors.push(String(chunk)), true)) as typeof process.stderr.write;
    try {
      expect(await runExtract(['/dev/zero'], {})).toBe(1);
    } finally {
      process.stderr.write = write;
    }
    expect(errors.join('')).toContain('/dev/zero: not read: it is a device, not a regular file');
  });
});

describe('folders with nothing readable, unreadable folders, doubtful records', { timeout: 30_000 }, () => {
  it('a folder with nothing readable says so, and --strict makes it an error', async () => {
    const base = tempDir('nothing');
    try {
      writeFileSync(path.join(base, 'budget.xlsx'), 'x');
      const stderr = collector();
      const stdout = collector();
      expect(await runImport(base, { out: path.join(base, '.records'), concurrency: 1 }, stdout.stream, stderr.stream)).toBe(0);
      expect(stderr.text()).toMatch(/nothing readable in .*: no \.pdf, \.docx, .* files \(1 other entry, listed below\)/);
      expect(stdout.text()).toMatch(/budget\.xlsx: \.xlsx files are not read .*; a spreadsheet: minutes are read from documents; save them as PDF or DOCX/);
      expect(await runImport(base, { out: path.join(base, '.records'), concurrency: 1, strict: true }, collector().stream, collector().stream)).toBe(1);
    } finally {
      await closeHookStores();
      removeDir(base);
    }
  });

  it('lists a record with no agenda items and no date among the records to check', async () => {
    const base = tempDir('doubtful');
    try {
      const dir = path.join(base, 'in');
      mkdirSync(dir);
      writeFileSync(path.join(dir, 'kallelse.txt'), 'Kallelse till möte\n');
      const stdout = collector();
      expect(await runImport(dir, { out: path.join(base, 'records'), concurrency: 1 }, stdout.stream, collector().stream)).toBe(0);
      expect(stdout.text()).toMatch(/^records to check \(1\):\n  .*kallelse\.txt -> [0-9a-f]{16}\.json: no agenda items, no meeting date$/m);
    } finally {
      await closeHookStores();
      removeDir(base);
    }
  });

  // root reads every folder whatever its permissions: this runs where the tests do not run as root (CI)
  it.skipIf(process.getuid?.() === 0)('reports a sub-folder it cannot read and imports the rest', async () => {
    const base = tempDir('unreadable');
    const locked = path.join(base, 'in', 'låst');
    try {
      mkdirSync(locked, { recursive: true });
      copyFileSync(GOOD, path.join(base, 'in', 'bra.txt'));
      copyFileSync(GOOD, path.join(locked, 'dold.txt'));
      chmodSync(locked, 0o000);
      const stdout = collector();
      expect(await runImport(path.join(base, 'in'), { out: path.join(base, 'records'), concurrency: 1 }, stdout.stream, collector().stream)).toBe(0);
      expect(stdout.text()).toMatch(/^processed 1, unchanged 0, failed 0, not read 1$/m);
      expect(stdout.text()).toContain(`${locked}: the folder could not be read: no permission to read it`);
    } finally {
      chmodSync(locked, 0o755);
      await closeHookStores();
      removeDir(base);
    }
  });
});

describe('names that are not UTF-8 (Latin-1 names from old Windows shares)', { timeout: 30_000 }, () => {
  it('are read by watch and moved with their bytes as they were', async () => {
    const base = tempDir('latin1-watch');
    const drop = path.join(base, 'drop');
    mkdirSync(drop);
    const runner = new LocalRunner({ recordsDir: path.join(base, 'records'), extractor: inlineExtractor, concurrency: 1 });
    const results: FileResult[] = [];
    const watcher = new DropFolderWatcher({ dir: drop, runner, moveDone: path.join(base, 'done'), settleMs: 200, incompleteWaitMs: 1000, log: () => {}, onResult: (r) => results.push(r) });
    await watcher.start();
    const name = Buffer.concat([Buffer.from('M'), Buffer.from([0xf6]), Buffer.from('te.txt')]); // "Möte.txt" in Latin-1
    try {
      writeFileSync(Buffer.concat([Buffer.from(`${drop}/`), name]), readFileSync(GOOD));
      await until(() => results.length > 0, 10_000);
      await watcher.idle();
    } finally {
      await watcher.close();
      await runner.close();
      await closeHookStores();
    }
    try {
      expect(results).toEqual([{ path: path.join(drop, 'M\udcf6te.txt'), status: 'processed', recordId: recordIdFor(readFileSync(GOOD)) }]);
      expect(readdirSync(Buffer.from(path.join(base, 'done')), { encoding: 'buffer' })).toEqual([name]);
    } finally {
      removeDir(base);
    }
  });

  it('are read by import, not reported missing', async () => {
    const base = tempDir('latin1');
    try {
      const dir = path.join(base, 'in');
      mkdirSync(dir);
      // "Protokoll måndag.txt" with å as the single Latin-1 byte 0xE5
      const name = Buffer.concat([Buffer.from('Protokoll m'), Buffer.from([0xe5]), Buffer.from('ndag.txt')]);
      writeFileSync(Buffer.concat([Buffer.from(`${dir}/`), name]), readFileSync(GOOD));
      const out = path.join(base, 'records');
      const stdout = collector();
      const stderr = collector();
      expect(await runImport(dir, { out, concurrency: 1 }, stdout.stream, stderr.stream)).toBe(0);
      expect(stdout.text()).toMatch(/^processed 1, unchanged 0, failed 0$/m);
      expect(jsonIn(out)).toEqual([`${recordIdFor(readFileSync(GOOD))}.json`]);
      // shown with the byte escaped, and the same file unchanged on the next import
      expect(stderr.text()).toContain('Protokoll m\\xE5ndag.txt');
      const again = collector();
      expect(await runImport(dir, { out, concurrency: 1 }, again.stream, collector().stream)).toBe(0);
      expect(again.text()).toMatch(/^processed 0, unchanged 1, failed 0$/m);
    } finally {
      await closeHookStores();
      removeDir(base);
    }
  });
});
