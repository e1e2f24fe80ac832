#!/usr/bin/env node
// Proves a change left the output alone: extracts every sample and test PDF (or the folders or
// files given) with this checkout's build and with another checkout's, and compares the JSON
// records byte for byte. Each folder is extracted into a folder of its own (file names repeat
// across the fixture folders). Exits 1 when any record differs or is missing on one side.
//   node scripts/compare-records.mjs --against DIR [--keep] [PATH...]
// DIR is the other checkout (its dist/cli.js is run); PATHs default to samples/pdf and
// test/fixtures/*/pdf of this checkout.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const at = args.indexOf('--against');
if (at === -1 || !args[at + 1]) {
  process.stderr.write('usage: node scripts/compare-records.mjs --against DIR [--keep] [PATH...]\n');
  process.exit(2);
}
const other = path.resolve(args[at + 1]);
const keep = args.includes('--keep');
const paths = args.filter((a, i) => !a.startsWith('--') && i !== at + 1);
const builds = { this: path.join(root, 'dist', 'cli.js'), other: path.join(other, 'dist', 'cli.js') };
for (const cli of Object.values(builds)) if (!existsSync(cli)) throw new Error(`no ${cli}: build that checkout first`);

const fixtures = path.join(root, 'test', 'fixtures');
const inputs = paths.length
  ? paths.map((p) => path.resolve(p))
  : [
      path.join(root, 'samples', 'pdf'),
      ...readdirSync(fixtures).sort().map((d) => path.join(fixtures, d, 'pdf')).filter((d) => existsSync(d) && statSync(d).isDirectory()),
    ];

const work = mkdtempSync(path.join(os.tmpdir(), 'protokoll-compare-'));
const slug = (p) => path.relative(root, p).replace(/[/\\]/g, '__') || 'root';
let records = 0;
const differ = [];
for (const input of inputs) {
  const outs = {};
  for (const [name, cli] of Object.entries(builds)) {
    outs[name] = path.join(work, name, slug(input));
    // a file that fails still gets its message; the run's exit code is not what is compared
    try {
      execFileSync(process.execPath, [cli, 'extract', '-o', outs[name], input], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
    } catch (error) {
      if (!existsSync(outs[name])) throw error;
    }
  }
  const names = new Set([...readdirSync(outs.this), ...readdirSync(outs.other)]);
  for (const file of [...names].sort()) {
    const a = path.join(outs.this, file), b = path.join(outs.other, file);
    records++;
    if (!existsSync(a) || !existsSync(b) || !readFileSync(a).equals(readFileSync(b))) differ.push(path.join(path.relative(root, input), file));
  }
}
console.log(`${records} records from ${inputs.length} folders: ${records - differ.length} identical, ${differ.length} different`);
for (const file of differ) console.log(`  differs: ${file}`);
if (keep) console.log(`records kept in ${work}`);
else rmSync(work, { recursive: true, force: true });
process.exit(differ.length ? 1 : 0);
