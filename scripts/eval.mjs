#!/usr/bin/env node
// npm run eval: extracts the sample minutes in each format and scores the records against the
// project's gold with the same scorer as ../shared/eval/score.mjs (a copy: scripts/score.mjs).
//   node scripts/eval.mjs [--samples DIR] [--gold DIR] [--verbose]
// DIR/<format>/ holds the minutes (text, docx, pdf); gold defaults to DIR/gold.
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { extractRecord } from '../dist/src/pipeline.js';
import { evaluate, renderText } from './score.mjs';

const args = process.argv.slice(2);
const opt = (name, fallback) => { const i = args.indexOf(name); return i === -1 ? fallback : args[i + 1]; };
const samples = opt('--samples', 'samples');
const gold = opt('--gold', path.join(samples, 'gold'));
const verbose = args.includes('--verbose');

const formats = readdirSync(samples).filter((d) => ['text', 'docx', 'pdf'].includes(d) && existsSync(path.join(samples, d)));
const summary = [];
for (const format of formats) {
  const dir = path.join(samples, format);
  const out = mkdtempSync(path.join(tmpdir(), `protokoll-eval-${format}-`));
  for (const name of readdirSync(dir).sort()) {
    const file = path.join(dir, name);
    try {
      const record = await extractRecord({ path: file, bytes: readFileSync(file) });
      writeFileSync(path.join(out, `${path.parse(name).name}.json`), JSON.stringify(record));
    } catch (error) {
      console.error(`${file}: ${error instanceof Error ? error.message : error}`);
    }
  }
  // score only the gold files this format has minutes for (test minutes come in one format each)
  const stems = new Set(readdirSync(dir).map((n) => path.parse(n).name));
  const goldHere = mkdtempSync(path.join(tmpdir(), `protokoll-eval-gold-`));
  for (const g of readdirSync(gold)) if (stems.has(path.parse(g).name)) copyFileSync(path.join(gold, g), path.join(goldHere, g));
  const report = evaluate(goldHere, out);
  rmSync(out, { recursive: true, force: true });
  rmSync(goldHere, { recursive: true, force: true });
  console.log(`\n### ${format} (${dir})`);
  console.log(verbose ? renderText(report, true, { goldDir: gold, predDir: dir }) : renderText(report, false, { goldDir: gold, predDir: dir }).split('\n').slice(-12).join('\n'));
  const t = report.total;
  summary.push([format, t.items.f1, t.decisions.f1, t.owners.f1, t.deadlines.f1, `${t.meetingDate.correct}/${t.meetingDate.total}`, t.overallF1]);
}
console.log('\nformat  items  decisions  owners  deadlines  dates  overall');
for (const [f, ...v] of summary) console.log([f.padEnd(6), ...v.map((x) => (typeof x === 'number' ? x.toFixed(3) : x).padEnd(9))].join('  '));
