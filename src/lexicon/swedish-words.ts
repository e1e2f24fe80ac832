/**
 * Swedish words from the Hunspell dictionary in `dictionary-sv` (LGPL-3.0, used unmodified as
 * data): whether a word is a proper noun the dictionary spells with a capital ("Omar", "Göran",
 * "Tornberg", "Helsingborg") or a lower-case word in any of its inflected forms ("planen",
 * "arbetet", "personal", "dock") or a compound of such words ("tidplanen", "riskbedömning").
 *
 * The dictionary is read lazily, once per process (or worker thread), the first time a question
 * is asked; after that every answer is pure and synchronous. Only extraction asks, so commands
 * that do not extract never read it. Its 150,000 words are held in two word tables
 * (`src/util/word-table.ts`) that `npm run build` writes beside the compiled module
 * (`swedish-words.bin`, made from the same dictionary files by the same code): reading that file
 * takes a few milliseconds and keeps the words out of the JavaScript heap. Without it (running
 * from the TypeScript sources) or when the installed dictionary is not the one it was made from,
 * the tables are made from the dictionary itself, about 0.3 s. Either way the answers are the same.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { packWordTables, unpackWordTables, WordTable } from '../util/word-table.js';

interface Suffix {
  flag: string;
  strip: string;
  add: string;
  condition: RegExp;
}

interface Dictionary {
  /** lower-case entries and their affix flags: "planen" is "plan" with flag D */
  words: WordTable;
  /** entries spelled with a capital: proper nouns */
  proper: WordTable;
  /** suffix rules by the ending they add */
  suffixes: Suffix[];
  forbidden: string;
  compoundEnd: string;
}

/** The word tables `npm run build` writes (scripts/postbuild.mjs), beside the compiled module. */
export const WORD_TABLE_FILE = new URL('./swedish-words.bin', import.meta.url);

let dictionary: Dictionary | undefined;

function dictionaryFiles() {
  const dir = dirname(createRequire(import.meta.url).resolve('dictionary-sv'));
  return { aff: join(dir, 'index.aff'), dic: join(dir, 'index.dic'), manifest: join(dir, 'package.json') };
}

/** What word tables are made from: the dictionary's version and its files' sizes. */
function madeFrom(files: ReturnType<typeof dictionaryFiles>) {
  const { version } = JSON.parse(readFileSync(files.manifest, 'utf8')) as { version: string };
  return { dictionary: `dictionary-sv@${version}`, affBytes: statSync(files.aff).size, dicBytes: statSync(files.dic).size };
}

function directive(aff: string[], name: string): string {
  return aff.find((l) => l.startsWith(`${name} `))?.split(/\s+/)[1] ?? '';
}

/** The dictionary's words: lower-case ones with their flags, and proper nouns. */
function makeTables(files: ReturnType<typeof dictionaryFiles>): { words: WordTable; proper: WordTable } {
  const forbidden = directive(readFileSync(files.aff, 'utf8').split('\n'), 'FORBIDDENWORD');
  const dic = readFileSync(files.dic, 'utf8').split('\n');
  const words = new Map<string, string>();
  const proper = new Set<string>();
  for (const line of dic.slice(1)) {
    const slash = line.indexOf('/');
    const word = (slash >= 0 ? line.slice(0, slash) : line).trim();
    const flags = slash >= 0 ? line.slice(slash + 1).trim() : '';
    if (!word || (forbidden && flags.includes(forbidden))) continue;
    if (/^\p{Lu}/u.test(word)) proper.add(word);
    else words.set(word, (words.get(word) ?? '') + flags);
  }
  return { words: WordTable.build(words), proper: WordTable.build([...proper].map((w) => [w, ''] as const)) };
}

/** The tables of the build's file, when there is one made from this dictionary. */
function readTables(files: ReturnType<typeof dictionaryFiles>, file: URL | string): { words: WordTable; proper: WordTable } | null {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return null;
  }
  const unpacked = unpackWordTables(bytes);
  const { words, proper } = unpacked?.tables ?? {};
  if (!words || !proper || JSON.stringify(unpacked!.about) !== JSON.stringify(madeFrom(files))) return null;
  return { words, proper };
}

/** Writes the word tables of the installed dictionary to `file` (`npm run build` does, to WORD_TABLE_FILE). */
export function writeWordTables(file: URL | string = WORD_TABLE_FILE): void {
  const files = dictionaryFiles();
  writeFileSync(file, packWordTables(madeFrom(files), makeTables(files)));
}

function load(): Dictionary {
  const files = dictionaryFiles();
  const aff = readFileSync(files.aff, 'utf8').split('\n');
  const forbidden = directive(aff, 'FORBIDDENWORD');
  const suffixes: Suffix[] = [];
  for (const line of aff) {
    const f = line.trim().split(/\s+/);
    // "SFX D 0 en [^a]": a rule line has five fields; the header "SFX D Y 3" has four
    if (f[0] !== 'SFX' || f.length < 5) continue;
    const strip = f[2] === '0' ? '' : f[2]!;
    const add = f[3]!.split('/')[0]!;
    suffixes.push({ flag: f[1]!, strip, add: add === '0' ? '' : add, condition: new RegExp(`${f[4] === '.' ? '' : f[4]}$`, 'u') });
  }
  const { words, proper } = readTables(files, WORD_TABLE_FILE) ?? makeTables(files);
  return { words, proper, suffixes, forbidden, compoundEnd: directive(aff, 'COMPOUNDEND') };
}

function dict(): Dictionary {
  return (dictionary ??= load());
}

/** Is this lower-case form an entry, or an entry with one of its suffixes ("planen", "arbetet")? With a flag, the entry must carry it. */
function isForm(lower: string, needFlag = ''): boolean {
  const { words, suffixes } = dict();
  const own = words.get(lower);
  if (own !== undefined && (!needFlag || own.includes(needFlag))) return true;
  for (const s of suffixes) {
    if (!lower.endsWith(s.add) || lower.length - s.add.length < 2) continue;
    const stem = lower.slice(0, lower.length - s.add.length) + s.strip;
    const flags = words.get(stem);
    if (flags !== undefined && flags.includes(s.flag) && (!needFlag || flags.includes(needFlag)) && s.condition.test(stem)) return true;
  }
  return false;
}

/** A compound whose last part may end a compound ("tid|planen", "risk|bedömning", "delegations|ordningen"). */
function isCompound(lower: string): boolean {
  const { words, compoundEnd } = dict();
  for (let i = 3; i <= lower.length - 4; i++) {
    const head = lower.slice(0, i);
    if (!words.has(head) && !(head.endsWith('s') && words.has(head.slice(0, -1)))) continue;
    if (isForm(lower.slice(i), compoundEnd)) return true;
  }
  return false;
}

/** Does the dictionary spell this word with a capital, as a proper noun: a first name, a surname, a place? */
export function isProperNoun(word: string): boolean {
  return dict().proper.has(word);
}

/** Is this word, lower-cased, a Swedish word or one of its inflected forms ("Planen", "Personal", "Dock")? */
export function isCommonWord(word: string, compounds = true): boolean {
  const lower = word.toLowerCase();
  return isForm(lower) || (compounds && isCompound(lower));
}
