#!/usr/bin/env node
// Extraction benchmark: documents/s, pages/s and peak RSS for extracting the sample PDFs and DOCX
// files repeated N times, and, in the same run, how long poppler's `pdftotext` takes on the same
// PDFs (where it is installed), as a ratio. Figures, not a test: the machine is shared and noisy,
// so compare the ratios of one run.
//   node scripts/bench-extract.mjs [--repeat N] [--samples DIR]
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { extractRecord } from '../dist/src/pipeline.js';

const args = process.argv.slice(2);
const opt = (name, fallback) => { const i = args.indexOf(name); return i === -1 ? fallback : args[i + 1]; };
const repeat = Number(opt('--repeat', 10));
const samples = opt('--samples', 'samples');

const load = (format) => readdirSync(path.join(samples, format)).sort().map((n) => {
  const file = path.join(samples, format, n);
  return { file, bytes: readFileSync(file) };
});

let peakRss = process.memoryUsage().rss;
const sampleRss = setInterval(() => { peakRss = Math.max(peakRss, process.memoryUsage().rss); }, 20);

async function bench(format) {
  const files = load(format);
  // one warm-up pass so the figures are not about module loading
  for (const f of files) await extractRecord({ path: f.file, bytes: f.bytes });
  let pages = 0;
  const t0 = performance.now();
  for (let i = 0; i < repeat; i++)
    for (const f of files) {
      const r = await extractRecord({ path: f.file, bytes: f.bytes });
      pages += r.source.pages ?? 0;
      peakRss = Math.max(peakRss, process.memoryUsage().rss);
    }
  const seconds = (performance.now() - t0) / 1000;
  return { format, docs: files.length * repeat, pages, seconds, files };
}

const fmt = (n, d = 1) => n.toFixed(d);
console.log(`extraction benchmark: samples/ (${repeat} rounds), node ${process.version}`);
const results = [];
for (const format of ['pdf', 'docx', 'text']) results.push(await bench(format));
clearInterval(sampleRss);
console.log('format  docs  seconds  docs/s  pages/s  ms/doc');
for (const r of results)
  console.log(`${r.format.padEnd(6)}  ${String(r.docs).padEnd(4)}  ${fmt(r.seconds, 2).padEnd(7)}  ${fmt(r.docs / r.seconds).padEnd(6)}  ${(r.pages ? fmt(r.pages / r.seconds) : '-').padEnd(7)}  ${fmt((r.seconds * 1000) / r.docs)}`);
console.log(`peak RSS: ${fmt(peakRss / 2 ** 20)} MiB`);

const pdf = results[0];
const hasPdftotext = spawnSync('pdftotext', ['-v']).status === 0;
if (!hasPdftotext) console.log('pdftotext: not installed (Debian: poppler-utils), no ratio');
else {
  const t0 = performance.now();
  for (let i = 0; i < repeat; i++) for (const f of pdf.files) execFileSync('pdftotext', ['-layout', f.file, '-']);
  const seconds = (performance.now() - t0) / 1000;
  console.log(`pdftotext -layout on the same PDFs: ${fmt(seconds, 2)} s (${fmt(pdf.docs / seconds)} docs/s, a process per file)`);
  console.log(`ratio protokoll extract / pdftotext: ${fmt(pdf.seconds / seconds, 2)}x the time (protokoll also segments, extracts and validates)`);
}
