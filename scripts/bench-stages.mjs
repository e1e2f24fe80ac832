#!/usr/bin/env node
// Where one document's time goes, stage by stage, in this process (after a warm-up read):
// pdf.js (text and drawn lines per page), legibility check of the text layer, layout (lines,
// tables, paragraphs, furniture), then segment, extract, resolve and record. Medians of N rounds,
// CPU ms (this thread is the only busy one, so CPU time is what a stage costs even on a busy
// machine, where wall time also counts the waiting), in all and per page. Figures, not a test.
//   node scripts/bench-stages.mjs <file.pdf> [--rounds 5]
import { readFileSync } from 'node:fs';
import { openPdf } from '../dist/src/read/pdf/open.js';
import { layoutPages } from '../dist/src/read/pdf/layout.js';
import { textWarnings } from '../dist/src/read/pdf/warnings.js';
import { pagesForOcr } from '../dist/src/ocr/scanned.js';
import { documentText } from '../dist/src/model/document.js';
import { segment } from '../dist/src/segment/index.js';
import { extractItems } from '../dist/src/extract/index.js';
import { resolveMinutes } from '../dist/src/resolve/index.js';
import { buildRecord } from '../dist/src/record/build.js';
import { sourceFor } from '../dist/src/pipeline.js';

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--') && a.endsWith('.pdf'));
const rounds = Number(args[args.indexOf('--rounds') + 1]) || 5;
if (!file) {
  process.stderr.write('usage: node scripts/bench-stages.mjs <file.pdf> [--rounds N]\n');
  process.exit(1);
}
const bytes = new Uint8Array(readFileSync(file));

const cpuMs = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };

async function once() {
  const t = [cpuMs()];
  const { pages, warnings } = await openPdf(bytes);
  t.push(cpuMs());
  pagesForOcr(pages);
  t.push(cpuMs());
  const blocks = layoutPages(pages);
  const doc = { format: 'pdf', pages: pages.length, blocks, warnings: [...warnings, ...textWarnings(pages, new Set())] };
  t.push(cpuMs());
  const text = documentText(doc);
  const segmented = segment(doc);
  t.push(cpuMs());
  const extracted = extractItems(segmented, text);
  t.push(cpuMs());
  const resolved = resolveMinutes(segmented.header, extracted);
  t.push(cpuMs());
  buildRecord({ source: sourceFor({ path: file, bytes }, doc), text, resolved, warnings: [...doc.warnings, ...segmented.warnings] });
  t.push(cpuMs());
  return { pages: pages.length, ms: t.slice(1).map((x, i) => x - t[i]) };
}

const STAGES = ['pdf.js', 'legibility', 'layout', 'segment', 'extract', 'resolve', 'record'];
await once();
const runs = [];
for (let r = 0; r < rounds; r++) runs.push(await once());
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const pages = runs[0].pages;
const total = median(runs.map((r) => r.ms.reduce((a, b) => a + b, 0)));
console.log(`${file}: ${pages} pages, median of ${rounds} rounds, ${total.toFixed(0)} CPU ms (${(total / pages).toFixed(2)} ms/page)`);
STAGES.forEach((name, i) => {
  const ms = median(runs.map((r) => r.ms[i]));
  console.log(`  ${name.padEnd(10)} ${ms.toFixed(0).padStart(6)} ms  ${(ms / pages).toFixed(2).padStart(6)} ms/page  ${((100 * ms) / total).toFixed(0).padStart(3)}%`);
});
