import { afterEach, describe, expect, it } from 'vitest';
import path from 'node:path';
import { existsSync } from 'node:fs';
import { REGISTRY_FILE, Registry } from '../../src/registry/registry.js';
import { removeDir, tempDir } from './support.js';

describe('registry of processed files', () => {
  const dirs: string[] = [];
  const open = (): Registry => {
    const dir = tempDir('registry');
    dirs.push(dir);
    return Registry.open(dir);
  };
  afterEach(() => dirs.splice(0).forEach(removeDir));

  const facts = (p: string, sha256 = 'a'.repeat(64)) => ({ path: p, size: 10, mtimeMs: 1000.5, sha256 });

  it('lives in one file in the records folder and survives reopening', () => {
    const dir = tempDir('registry');
    dirs.push(dir);
    const first = Registry.open(dir);
    first.noteOutcome(facts('/a/x.txt'), { recordId: 'aaaa' });
    first.close();
    expect(existsSync(path.join(dir, REGISTRY_FILE))).toBe(true);
    const again = Registry.open(dir);
    expect(again.get('/a/x.txt')).toMatchObject({ status: 'done', recordId: 'aaaa', size: 10, mtimeMs: 1000.5 });
    again.close();
  });

  it('keeps a name that is not UTF-8 byte for byte: found again, listed, and not forgotten by a scan that saw it', () => {
    // "Protokoll m\xE5ndag.txt" from an old Windows share, with its byte kept as a stand-in (src/util/raw-path.ts)
    const latin1 = `/share/Protokoll m${String.fromCharCode(0xdce5)}ndag.txt`;
    const registry = open();
    registry.noteOutcome(facts(latin1), { recordId: 'bbbb' });
    expect(registry.get(latin1)).toMatchObject({ status: 'done', recordId: 'bbbb' });
    expect(registry.all().map((e) => e.path)).toEqual([latin1]);
    expect(registry.forgetUnseen('/share', new Set([latin1]))).toBe(0);
    expect(registry.get(latin1)).toBeDefined();
    expect(registry.forgetUnseen('/share', new Set())).toBe(1);
    registry.close();
  });

  it('gives an outcome to every known path of the same content', () => {
    const r = open();
    r.noteQueued(facts('/a/x.txt'));
    r.noteQueued(facts('/b/copy of x.txt'));
    r.noteOutcome(facts('/a/x.txt'), { reason: 'the file is empty (0 bytes)' });
    expect(r.pathsOf('a'.repeat(64)).map((e) => [e.path, e.status, e.reason])).toEqual([
      ['/a/x.txt', 'failed', 'the file is empty (0 bytes)'],
      ['/b/copy of x.txt', 'failed', 'the file is empty (0 bytes)'],
    ]);
    expect(r.recordFor('a'.repeat(64))).toBeNull();
    r.noteOutcome(facts('/a/x.txt'), { recordId: 'aaaa' });
    expect(r.recordFor('a'.repeat(64))).toBe('aaaa');
    r.close();
  });

  it('never lets a late outcome hide newer content seen at the same path', () => {
    const r = open();
    r.noteQueued(facts('/a/x.txt', 'b'.repeat(64)));
    r.noteOutcome(facts('/a/x.txt', 'a'.repeat(64)), { recordId: 'aaaa' });
    expect(r.get('/a/x.txt')).toMatchObject({ sha256: 'b'.repeat(64), status: 'queued' });
    r.close();
  });

  it('moves a path and forgets paths a full scan no longer sees', () => {
    const r = open();
    r.noteKnown(facts('/share/2024/x.txt'), 'aaaa');
    r.noteKnown(facts('/share/2024/y.txt', 'c'.repeat(64)), 'cccc');
    r.noteKnown(facts('/share-other/z.txt', 'd'.repeat(64)), 'dddd');
    r.movePath('/share/2024/x.txt', '/share/2025/x.txt');
    expect(r.get('/share/2024/x.txt')).toBeUndefined();
    expect(r.get('/share/2025/x.txt')?.recordId).toBe('aaaa');
    // '/share-other' shares the prefix '/share' but is not under it
    expect(r.forgetUnseen('/share', new Set(['/share/2025/x.txt']))).toBe(1);
    expect(r.all().map((e) => e.path)).toEqual(['/share-other/z.txt', '/share/2025/x.txt']);
    r.close();
  });
});
