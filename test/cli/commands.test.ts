/**
 * The command table of src/cli.ts: every command is loaded from its own module only when run, so
 * a search or a follow-up list never loads the PDF and Word readers, BullMQ or the pipeline.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { COMMANDS, buildProgram, commandNamed } from '../../src/cli.js';

const run = promisify(execFile);

/**
 * Packages and project folders only extraction and the queue need; and on SQLite, with no record
 * file to index, neither PostgreSQL's client nor the record schema (zod).
 */
const HEAVY_PACKAGES = ['pdf-parse', 'pdfjs-dist', 'mammoth', 'bullmq', 'ioredis', 'natural', 'compromise', 'word-extractor', 'chokidar', 'pg', 'zod'];
const HEAVY_FOLDERS = ['/pipelines/', '/workers/', '/src/read/pdf', '/src/read/docx', '/src/segment/', '/src/extract/'];

async function loadedBy(args: string[]): Promise<{ packages: Set<string>; files: string[] }> {
  const env = { ...process.env };
  delete env.DATABASE_URL; // the SQLite store of the records folder
  delete env.NODE_OPTIONS; // vitest's loader hooks are not for the child
  const result = await run(process.execPath, ['--import', './test/cli/support/trace-packages.mjs', 'dist/cli.js', ...args], { env }).catch((error: { stderr: string }) => error);
  const lines = result.stderr.split('\n');
  return {
    packages: new Set(lines.filter((l) => l.startsWith('PKG ')).map((l) => l.slice(4))),
    files: lines.filter((l) => l.startsWith('SRC ')).map((l) => l.slice(4)),
  };
}

describe('the command table', () => {
  it('names exactly the commands the modules register, each one by its own loader', async () => {
    const all = await buildProgram().loadCommands();
    expect(all.commands.map((c) => c.name()).sort()).toEqual(Object.keys(COMMANDS).sort());
    for (const [name, entry] of Object.entries(COMMANDS)) {
      const program = new Command();
      (await entry.load())(program);
      expect(program.commands.map((c) => c.name()), name).toContain(name);
    }
  });

  it('finds the command in the arguments', () => {
    expect(commandNamed(['node', 'protokoll', 'search', 'budget'])).toBe('search');
    expect(commandNamed(['node', 'protokoll', '--help'])).toBeUndefined();
    expect(commandNamed(['node', 'protokoll', 'serch', 'budget'])).toBeUndefined();
    expect(commandNamed(['node', 'protokoll', 'constructor'])).toBeUndefined();
  });

  it.each(['search', 'followup'])('%s loads no reader, extractor, queue or pipeline', async (command) => {
    const records = mkdtempSync(path.join(tmpdir(), 'protokoll-lazy-'));
    const { packages, files } = await loadedBy(command === 'search' ? ['search', 'budget', '--records', records] : ['followup', '--records', records]);
    expect(files.some((f) => f.endsWith(`/src/cli/${command}.js`))).toBe(true);
    expect(HEAVY_PACKAGES.filter((p) => packages.has(p))).toEqual([]);
    expect(files.filter((f) => HEAVY_FOLDERS.some((folder) => f.includes(folder)))).toEqual([]);
  });

  it('help still lists every command, and a misspelt command is answered with the right one', async () => {
    const help = await run(process.execPath, ['dist/cli.js', '--help']);
    for (const name of Object.keys(COMMANDS)) expect(help.stdout).toMatch(new RegExp(`^  ${name} `, 'm'));
    const wrong = await run(process.execPath, ['dist/cli.js', 'serch', 'budget']).catch((error: { stderr: string; code: number }) => error);
    expect(wrong.stderr).toMatch(/unknown command 'serch'/);
    expect(wrong.stderr).toMatch(/Did you mean search\?/);
  });
});
