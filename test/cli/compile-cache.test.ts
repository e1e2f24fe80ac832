/**
 * The compile cache (src/util/compile-cache.ts): where the running Node has one (22.1 and later)
 * protokoll turns it on in a folder of its own, for its threads too; where it cannot (Node 20, a
 * folder that cannot be made, one of another user, Node refusing), the run goes on without it.
 * The last test runs the built CLI (`npm run build`).
 */
import { execFile } from 'node:child_process';
import { chownSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import module from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { enableCompileCache } from '../../src/util/compile-cache.js';

const run = promisify(execFile);
const nodeHasCache = typeof (module as unknown as { enableCompileCache?: unknown }).enableCompileCache === 'function';

describe('the compile cache', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'protokoll-cache-test-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /** a stand-in for Node's enableCompileCache that records the folders it was given */
  const fakeNode = (result: (directory: string) => { status: number; directory?: string }) => {
    const calls: string[] = [];
    const enable = (directory?: string) => {
      calls.push(directory!);
      return result(directory!);
    };
    return { calls, enable };
  };

  it('does nothing where Node has no compile cache (Node 20)', () => {
    const env = { PROTOKOLL_COMPILE_CACHE: path.join(dir, 'cache') };
    expect(enableCompileCache(env, null)).toBeNull();
    expect(existsSync(path.join(dir, 'cache'))).toBe(false);
    expect(env).toEqual({ PROTOKOLL_COMPILE_CACHE: path.join(dir, 'cache') });
  });

  it('turns the cache on in a private folder and passes it on to threads and children through NODE_COMPILE_CACHE', () => {
    const node = fakeNode((directory) => ({ status: 1, directory }));
    const env: NodeJS.ProcessEnv = { PROTOKOLL_COMPILE_CACHE: path.join(dir, 'a', 'cache') };
    expect(enableCompileCache(env, node.enable)).toBe(path.join(dir, 'a', 'cache'));
    expect(node.calls).toEqual([path.join(dir, 'a', 'cache')]);
    expect(statSync(path.join(dir, 'a', 'cache')).mode & 0o777).toBe(0o700);
    expect(env.NODE_COMPILE_CACHE).toBe(path.join(dir, 'a', 'cache'));
  });

  it('uses a folder in the OS temp folder by default, and leaves a cache the user set up with NODE_COMPILE_CACHE alone', () => {
    const node = fakeNode((directory) => ({ status: 1, directory }));
    const env: NodeJS.ProcessEnv = {};
    expect(enableCompileCache(env, node.enable)).toBe(node.calls[0]);
    expect(path.dirname(node.calls[0]!)).toBe(tmpdir());
    expect(path.basename(node.calls[0]!)).toMatch(/^protokoll-compile-cache/);
    const own = fakeNode((directory) => ({ status: 1, directory }));
    expect(enableCompileCache({ NODE_COMPILE_CACHE: path.join(dir, 'mine') }, own.enable)).toBe(path.join(dir, 'mine'));
    expect(own.calls).toEqual([]);
  });

  it('is off with PROTOKOLL_COMPILE_CACHE=off or NODE_DISABLE_COMPILE_CACHE', () => {
    const node = fakeNode((directory) => ({ status: 1, directory }));
    expect(enableCompileCache({ PROTOKOLL_COMPILE_CACHE: 'off' }, node.enable)).toBeNull();
    expect(enableCompileCache({ PROTOKOLL_COMPILE_CACHE: '0' }, node.enable)).toBeNull();
    expect(enableCompileCache({ NODE_DISABLE_COMPILE_CACHE: '1' }, node.enable)).toBeNull();
    expect(node.calls).toEqual([]);
  });

  it('is not used, and throws nothing, when its folder cannot be made, Node refuses it, or Node throws', () => {
    writeFileSync(path.join(dir, 'a-file'), '');
    const node = fakeNode((directory) => ({ status: 1, directory }));
    const env: NodeJS.ProcessEnv = { PROTOKOLL_COMPILE_CACHE: path.join(dir, 'a-file', 'cache') };
    expect(enableCompileCache(env, node.enable)).toBeNull();
    expect(node.calls).toEqual([]);
    expect(env.NODE_COMPILE_CACHE).toBeUndefined();

    const refusing = fakeNode(() => ({ status: 0 }));
    const env2: NodeJS.ProcessEnv = { PROTOKOLL_COMPILE_CACHE: path.join(dir, 'cache') };
    expect(enableCompileCache(env2, refusing.enable)).toBeNull();
    expect(env2.NODE_COMPILE_CACHE).toBeUndefined();

    const throwing = () => {
      throw new Error('no cache today');
    };
    expect(enableCompileCache({ PROTOKOLL_COMPILE_CACHE: path.join(dir, 'cache') }, throwing)).toBeNull();
  });

  it.skipIf(process.getuid?.() !== 0)('does not use a folder that belongs to another user (compiled code from it would run here)', () => {
    const theirs = path.join(dir, 'theirs');
    mkdirSync(theirs);
    chownSync(theirs, 65534, 65534);
    const node = fakeNode((directory) => ({ status: 1, directory }));
    expect(enableCompileCache({ PROTOKOLL_COMPILE_CACHE: theirs }, node.enable)).toBeNull();
    expect(node.calls).toEqual([]);
  });

  it('protokoll extract gives the same record with the cache, without it, and when its folder cannot be made', async () => {
    const cli = path.resolve('dist', 'cli.js');
    const input = path.resolve('samples', 'text', '000_7b52d196786977c7.txt');
    writeFileSync(path.join(dir, 'a-file'), '');
    const records: string[] = [];
    for (const setting of ['off', path.join(dir, 'cache'), path.join(dir, 'cache'), path.join(dir, 'a-file', 'cache')]) {
      const env: NodeJS.ProcessEnv = { ...process.env, PROTOKOLL_COMPILE_CACHE: setting };
      delete env.NODE_OPTIONS; // vitest's loader hooks are not for the child
      delete env.NODE_COMPILE_CACHE;
      const out = path.join(dir, `out-${records.length}`);
      await run(process.execPath, [cli, 'extract', '-o', out, input], { env });
      records.push(readFileSync(path.join(out, '000_7b52d196786977c7.json'), 'utf8'));
    }
    expect(new Set(records).size).toBe(1);
    // Node 22: the CLI's modules and the extraction thread's (pdf.js is not loaded for a text file,
    // the pipeline is) are in the cache after a run
    const cached = existsSync(path.join(dir, 'cache')) ? readdirSync(path.join(dir, 'cache'), { recursive: true }).length : 0;
    if (nodeHasCache) expect(cached).toBeGreaterThan(50);
    else expect(cached).toBe(0);
  });
});
