/**
 * The pipeline's stages depend one way: read -> segment -> extract -> resolve -> record, with the
 * model and the lexicon below them all. No stage imports code of a later one (types of the record
 * contract excepted: the contract is what every stage works towards).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const STAGES = ['read', 'segment', 'extract', 'resolve', 'record'];
const BELOW = ['model', 'lexicon'];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : name.endsWith('.ts') ? [full] : [];
  });
}

/** The src/ folders a file imports code (not only types) from. */
function importedFolders(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const m of source.matchAll(/^import\s+(type\s+)?[^'"]*?from\s+'(\.[^']+)'/gmu)) {
    if (m[1]) continue;
    const target = path.relative('src', path.resolve(path.dirname(file), m[2]!));
    out.push(target.split(path.sep)[0]!);
  }
  return out;
}

describe('dependencies point one way', () => {
  it.each(STAGES)('src/%s imports no later stage', (stage) => {
    const later = STAGES.slice(STAGES.indexOf(stage) + 1);
    const offending = files(path.join('src', stage)).flatMap((f) => importedFolders(f).filter((d) => later.includes(d)).map((d) => `${f} -> ${d}`));
    expect(offending).toEqual([]);
  });

  it('the stages run no converter of their own: src/convert (LibreOffice) is passed in through ReadOptions', () => {
    const offending = STAGES.flatMap((stage) => files(path.join('src', stage)).flatMap((f) => importedFolders(f).filter((d) => d === 'convert').map((d) => `${f} -> ${d}`)));
    expect(offending).toEqual([]);
  });

  it.each(BELOW)('src/%s imports no stage', (folder) => {
    const offending = files(path.join('src', folder)).flatMap((f) => importedFolders(f).filter((d) => STAGES.includes(d)).map((d) => `${f} -> ${d}`));
    expect(offending).toEqual([]);
  });

  it('src/observe (logs, metrics, health) knows nothing of Redis, stores or runners: they pass it what it reports', () => {
    const offending = files(path.join('src', 'observe')).flatMap((f) => importedFolders(f).filter((d) => !['observe', 'util'].includes(d)).map((d) => `${f} -> ${d}`));
    expect(offending).toEqual([]);
  });

  it('src/limits imports no stage and no adapter: the readers and runners apply the limits', () => {
    const adapters = ['queue', 'store', 'observe', 'ocr', 'convert', 'registry'];
    const offending = files(path.join('src', 'limits')).flatMap((f) => importedFolders(f).filter((d) => STAGES.includes(d) || adapters.includes(d)).map((d) => `${f} -> ${d}`));
    expect(offending).toEqual([]);
  });

  it('nothing under src/ but the CLI and the web app imports the runners (pipelines/, workers/)', () => {
    // the web app sits at the top beside the CLI: its uploads run through the same runners as import
    const below = files('src').filter((f) => !f.startsWith(path.join('src', 'cli')) && !f.startsWith(path.join('src', 'web')));
    const offending = below.flatMap((f) => importedFolders(f).filter((d) => d === '..').map(() => f));
    expect(offending).toEqual([]);
  });
});

describe('the web app sits at the top', () => {
  it('nothing below the CLI imports src/web, and src/web imports no CLI module', () => {
    const below = readdirSync('src').filter((d) => !['web', 'cli'].includes(d) && statSync(path.join('src', d)).isDirectory());
    const offending = below.flatMap((folder) => files(path.join('src', folder)).flatMap((f) => importedFolders(f).filter((d) => d === 'web').map(() => `${f} -> web`)));
    const sideways = files(path.join('src', 'web')).flatMap((f) => importedFolders(f).filter((d) => d === 'cli').map(() => `${f} -> cli`));
    expect([...offending, ...sideways]).toEqual([]);
  });

  it('src/web holds no SQL of its own: queries live in the store, follow-up and search modules', () => {
    const sql = files(path.join('src', 'web')).filter((f) => /\b(SELECT|INSERT INTO|UPDATE \w+ SET|DELETE FROM)\b/.test(readFileSync(f, 'utf8')));
    // the health check's "SELECT 1" asks the store whether it answers, nothing more
    expect(sql).toEqual(['src/web/pages/health.ts']);
  });
});
