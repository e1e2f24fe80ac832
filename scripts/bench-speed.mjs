#!/usr/bin/env node
// The speed figures of issue 11, measured the way a user meets them: every contender runs as a
// whole process (start-up included) on the same files, contenders alternate round by round, and
// the figures are medians. Needs a build (dist/) and poppler-utils (pdftotext, pdfunite, pdfinfo).
//   - 100-PDF set: one `protokoll extract -o DIR set/` against `pdftotext -layout` run once per
//     file (a shell loop), both writing files;
//   - the 300-page PDF: `protokoll extract -o DIR large.pdf` against `pdftotext -layout large.pdf`;
//   - memory per page: protokoll's peak RSS on the 300-page PDF less its peak on a 3-page one,
//     per page in between (what each further page costs), and peak RSS / pages;
//   - CLI start: `protokoll search` and `protokoll followup` on a records folder of the samples,
//     against `node -e 0` (what any Node program pays).
// Wall time is what the goals are about; CPU time (user + system, from /usr/bin/time where it is
// installed) is printed beside it because on a shared machine it moves less.
// --compare DIR adds the build of another checkout (DIR/dist/cli.js, e.g. the commit before a
// change) as one more contender in the same rounds, so before and after are measured alike.
//   node scripts/bench-speed.mjs [--rounds 5] [--cli-rounds 15] [--out DIR] [--compare DIR]
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, fallback) => { const i = args.indexOf(name); return i === -1 ? fallback : args[i + 1]; };
const ROUNDS = Number(opt('--rounds', 5));
const CLI_ROUNDS = Number(opt('--cli-rounds', 15));
const CLI = path.join(root, 'dist', 'cli.js');
if (!existsSync(CLI)) throw new Error('no dist/cli.js: run `npm run build` first');
const COMPARE = opt('--compare') ? path.resolve(opt('--compare'), 'dist', 'cli.js') : null;
if (COMPARE && !existsSync(COMPARE)) throw new Error(`no ${COMPARE}: build that checkout first`);
/** The contenders that run protokoll: this build, and the one to compare with. */
const builds = COMPARE ? { protokoll: CLI, 'protokoll (compared)': COMPARE } : { protokoll: CLI };
const each = (make) => Object.fromEntries(Object.entries(builds).map(([name, cli]) => [name, () => make(cli, name)]));
if (spawnSync('pdftotext', ['-v']).error) throw new Error('pdftotext is not installed (Debian: poppler-utils)');

const corpus = JSON.parse(execFileSync(process.execPath, [path.join(root, 'scripts', 'bench-corpus.mjs'), ...(opt('--out') ? ['--out', opt('--out')] : [])], { cwd: root, encoding: 'utf8' }));
const work = mkdtempSync(path.join(os.tmpdir(), 'protokoll-speed-'));
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

/** Runs a command as a whole process: wall ms, CPU ms and peak RSS (KiB) where /usr/bin/time is there. */
function measure(command, commandArgs, { cwd = root } = {}) {
  const stats = path.join(work, 'time.txt');
  const argv = TIME ? [TIME, '-o', stats, '-f', '%U %S %M', command, ...commandArgs] : [command, ...commandArgs];
  const started = process.hrtime.bigint();
  const result = spawnSync(argv[0], argv.slice(1), { cwd, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.status !== 0) throw new Error(`${command} ${commandArgs.join(' ')} failed (${result.status}): ${result.stderr}`);
  if (!TIME) return { wallMs, cpuMs: NaN, rssKiB: NaN };
  const [user, system, rss] = readFileSync(stats, 'utf8').trim().split('\n').pop().split(' ').map(Number);
  return { wallMs, cpuMs: (user + system) * 1000, rssKiB: rss };
}

const median = (xs) => { const s = xs.filter((x) => !Number.isNaN(x)).sort((a, b) => a - b); return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : NaN; };
const summary = (runs) => ({ wallMs: median(runs.map((r) => r.wallMs)), cpuMs: median(runs.map((r) => r.cpuMs)), rssKiB: Math.max(...runs.map((r) => r.rssKiB)) });

/** Each contender once per round, in turn (the order flips every round), so load changes hit both. */
function alternate(rounds, contenders) {
  const runs = Object.fromEntries(Object.keys(contenders).map((k) => [k, []]));
  const names = Object.keys(contenders);
  for (let r = 0; r < rounds; r++) {
    for (const name of r % 2 ? [...names].reverse() : names) runs[name].push(contenders[name]());
  }
  return Object.fromEntries(names.map((k) => [k, summary(runs[k])]));
}

const fresh = (name) => { const dir = path.join(work, name); rmSync(dir, { recursive: true, force: true }); return dir; };
const s = (ms) => `${(ms / 1000).toFixed(2)} s`;
const ratio = (a, b) => `${(a / b).toFixed(2)}x`;
const setFiles = readdirSync(corpus.set).filter((f) => f.endsWith('.pdf')).sort().map((f) => path.join(corpus.set, f));

console.log(`speed benchmark: node ${process.version}, ${os.cpus().length} cores, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
console.log(`files: ${corpus.setFiles} PDFs of ${corpus.setPages} pages in all; one PDF of ${corpus.largePages} pages (${corpus.large})`);

// -- the 100-PDF set
const set = alternate(Math.max(1, Math.ceil(ROUNDS / 2)), {
  ...each((cli) => measure(process.execPath, [cli, 'extract', '-o', fresh('set-records'), corpus.set])),
  pdftotext: () => {
    const out = fresh('set-text');
    return measure('sh', ['-c', 'mkdir -p "$0" && for f in "$@"; do pdftotext -layout "$f" "$0/$(basename "$f" .pdf).txt" || exit 1; done', out, ...setFiles]);
  },
});
console.log(`\n${corpus.setFiles} PDFs (${corpus.setPages} pages), medians of ${Math.max(1, Math.ceil(ROUNDS / 2))} rounds:`);
console.log(`  protokoll extract (one process)      ${s(set.protokoll.wallMs)} wall, ${s(set.protokoll.cpuMs)} CPU`);
console.log(`  pdftotext -layout (a process a file)  ${s(set.pdftotext.wallMs)} wall, ${s(set.pdftotext.cpuMs)} CPU`);
console.log(`  ratio: ${ratio(set.protokoll.wallMs, set.pdftotext.wallMs)} wall, ${ratio(set.protokoll.cpuMs, set.pdftotext.cpuMs)} CPU   (goal <= 1.5x)`);
if (COMPARE) { const c = set['protokoll (compared)']; console.log(`  compared build: ${s(c.wallMs)} wall, ${s(c.cpuMs)} CPU, ratio ${ratio(c.wallMs, set.pdftotext.wallMs)} wall`); }

// -- the 300-page PDF, and a 3-page one for memory per page
const small = setFiles.find((f) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [f], { encoding: 'utf8' }))?.[1]) === 3) ?? setFiles[0];
const smallPages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [small], { encoding: 'utf8' }))[1]);
const large = alternate(ROUNDS, {
  ...each((cli) => measure(process.execPath, [cli, 'extract', '-o', fresh('large-record'), corpus.large])),
  pdftotext: () => measure('pdftotext', ['-layout', corpus.large, path.join(work, 'large.txt')]),
  ...Object.fromEntries(Object.entries(each((cli) => measure(process.execPath, [cli, 'extract', '-o', fresh('small-record'), small]))).map(([k, v]) => [`${k}, 3 pages`, v])),
});
console.log(`\none PDF of ${corpus.largePages} pages, medians of ${ROUNDS} rounds:`);
console.log(`  protokoll extract   ${s(large.protokoll.wallMs)} wall, ${s(large.protokoll.cpuMs)} CPU, peak RSS ${(large.protokoll.rssKiB / 1024).toFixed(0)} MiB`);
console.log(`  pdftotext -layout   ${s(large.pdftotext.wallMs)} wall, ${s(large.pdftotext.cpuMs)} CPU, peak RSS ${(large.pdftotext.rssKiB / 1024).toFixed(0)} MiB`);
console.log(`  ratio: ${ratio(large.protokoll.wallMs, large.pdftotext.wallMs)} wall, ${ratio(large.protokoll.cpuMs, large.pdftotext.cpuMs)} CPU   (goal <= 5x)`);
console.log(`  protokoll on a ${smallPages}-page PDF: ${s(large['protokoll, 3 pages'].wallMs)} wall, peak RSS ${(large['protokoll, 3 pages'].rssKiB / 1024).toFixed(0)} MiB`);
const perPage = (large.protokoll.rssKiB - large['protokoll, 3 pages'].rssKiB) / 1024 / (corpus.largePages - smallPages);
console.log(`  memory per page: ${perPage.toFixed(2)} MiB for each further page; peak RSS / pages ${(large.protokoll.rssKiB / 1024 / corpus.largePages).toFixed(2)} MiB`);
if (COMPARE) {
  const c = large['protokoll (compared)'];
  const cSmall = large['protokoll (compared), 3 pages'];
  console.log(`  compared build: ${s(c.wallMs)} wall, ${s(c.cpuMs)} CPU, ratio ${ratio(c.wallMs, large.pdftotext.wallMs)} wall; peak RSS ${(c.rssKiB / 1024).toFixed(0)} MiB, ${((c.rssKiB - cSmall.rssKiB) / 1024 / (corpus.largePages - smallPages)).toFixed(2)} MiB for each further page, peak RSS / pages ${(c.rssKiB / 1024 / corpus.largePages).toFixed(2)} MiB`);
}

// -- CLI start of the store commands
// each build its own records folder: a store made by another version would be rebuilt each time
const recordsOf = Object.fromEntries(Object.entries(builds).map(([name, build], i) => {
  const records = fresh(`records-${i}`);
  execFileSync(process.execPath, [build, 'extract', '-o', records, path.join(root, 'samples', 'pdf'), path.join(root, 'samples', 'docx')], { stdio: 'ignore' });
  execFileSync(process.execPath, [build, 'search', 'budget', '--records', records], { stdio: 'ignore' }); // the store is built once, as a user's would be
  return [name, records];
}));
const cli = alternate(CLI_ROUNDS, {
  ...Object.fromEntries(Object.entries(builds).flatMap(([name, build]) => {
    const tag = name === 'protokoll' ? '' : ' (compared)';
    return [
      [`search${tag}`, () => measure(process.execPath, [build, 'search', 'beslut', '--records', recordsOf[name]])],
      [`followup${tag}`, () => measure(process.execPath, [build, 'followup', '--records', recordsOf[name]])],
    ];
  })),
  'node -e 0': () => measure(process.execPath, ['-e', '0']),
});
console.log(`\nCLI start on the samples' records, medians of ${CLI_ROUNDS} rounds:`);
for (const [name, r] of Object.entries(cli)) console.log(`  ${name.padEnd(21)} ${r.wallMs.toFixed(0).padStart(5)} ms wall, ${r.cpuMs.toFixed(0).padStart(5)} ms CPU${name === 'node -e 0' ? '' : '   (goal < 300 ms wall)'}`);

rmSync(work, { recursive: true, force: true });
