/**
 * The Swedish word list is read from word tables that `npm run build` writes
 * (src/lexicon/swedish-words.ts, src/util/word-table.ts): they must answer exactly as the
 * dictionary parsed into a Map and a Set did, for every word and for words that are not there.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeWordTables } from '../../src/lexicon/swedish-words.js';
import { packWordTables, unpackWordTables, WordTable } from '../../src/util/word-table.js';

describe('a word table', () => {
  const entries = new Map<string, string>([
    ['plan', 'DEY'],
    ['', 'empty key'],
    ['tom', ''],
    ['Göran', ''],
    ['αβγ', 'ω'],
    ['𝔘nicode', 'surrogates'],
    ...Array.from({ length: 500 }, (_, i) => [`ord${i}`, String(i)] as [string, string]),
  ]);

  it('answers as a Map of the same entries, before and after it is packed into bytes', () => {
    const built = WordTable.build(entries);
    const packed = unpackWordTables(new Uint8Array(packWordTables({ made: 'here' }, { a: built, b: WordTable.build([]) })));
    expect(packed?.about).toEqual({ made: 'here' });
    for (const table of [built, packed!.tables.a!]) {
      for (const [key, value] of entries) {
        expect(table.has(key)).toBe(true);
        expect(table.get(key)).toBe(value);
      }
      for (const absent of ['pla', 'plann', 'Plan', 'göran', 'ord500', 'αβ', '𝔘nicod', ' ']) {
        expect(table.has(absent)).toBe(false);
        expect(table.get(absent)).toBeUndefined();
      }
      expect(new Map(table.entries())).toEqual(entries);
    }
    expect(packed!.tables.b!.has('plan')).toBe(false);
  });

  it('is not read from bytes that are not a word table file', () => {
    expect(unpackWordTables(new Uint8Array([1, 2, 3]))).toBeNull();
    expect(unpackWordTables(new Uint8Array(Buffer.from('{"not":"a table"}')))).toBeNull();
  });
});

describe('the Swedish word tables', () => {
  it('hold every word of the dictionary with its flags, and every proper noun, as the dictionary parsed into a Map and a Set', () => {
    // the dictionary read the way src/lexicon/swedish-words.ts read it before there were tables
    const dir = path.dirname(createRequire(import.meta.url).resolve('dictionary-sv'));
    const forbidden = /^FORBIDDENWORD\s+(\S+)/m.exec(readFileSync(path.join(dir, 'index.aff'), 'utf8'))![1]!;
    const words = new Map<string, string>();
    const proper = new Set<string>();
    for (const line of readFileSync(path.join(dir, 'index.dic'), 'utf8').split('\n').slice(1)) {
      const slash = line.indexOf('/');
      const word = (slash >= 0 ? line.slice(0, slash) : line).trim();
      const flags = slash >= 0 ? line.slice(slash + 1).trim() : '';
      if (!word || flags.includes(forbidden)) continue;
      if (/^\p{Lu}/u.test(word)) proper.add(word);
      else words.set(word, (words.get(word) ?? '') + flags);
    }
    expect(words.size).toBeGreaterThan(100_000);
    expect(proper.size).toBeGreaterThan(10_000);

    const tmp = mkdtempSync(path.join(os.tmpdir(), 'protokoll-words-'));
    try {
      writeWordTables(path.join(tmp, 'words.bin'));
      const tables = unpackWordTables(readFileSync(path.join(tmp, 'words.bin')))!.tables;
      expect(new Map(tables.words!.entries())).toEqual(words);
      expect(new Set([...tables.proper!.entries()].map(([w]) => w))).toEqual(proper);
      for (const [word, flags] of words) if (tables.words!.get(word) !== flags) expect(tables.words!.get(word)).toBe(flags);
      for (const word of proper) if (!tables.proper!.has(word)) expect(word).toBe('found');
      // forms that are not entries: a suffix, a capital, a misspelling
      for (const absent of ['planen', 'Plan', 'omar', 'Dragana', 'tidplanen', 'xyzzy']) expect(tables.words!.has(absent) || tables.proper!.has(absent)).toBe(words.has(absent) || proper.has(absent));
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});
