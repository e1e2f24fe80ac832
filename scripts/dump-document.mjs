#!/usr/bin/env node
// Prints what a reader makes of a file, one block per line, so anyone can eyeball a layout:
//   npm run build && node scripts/dump-document.mjs samples/pdf/002_d87efa32b9f021cd.pdf
// A table row shows its cells between "┃", and a cell's paragraphs joined by "⏎" ('' shows as ∅).
// --json prints the whole document model instead.
import { readFile } from 'node:fs/promises';
import { formatFromName } from '../dist/src/read/format.js';
import { readDocument } from '../dist/src/read/index.js';

const args = process.argv.slice(2);
const json = args.includes('--json');
const files = args.filter((a) => a !== '--json');
if (!files.length) {
  process.stderr.write('usage: node scripts/dump-document.mjs [--json] <file.pdf|.docx|.txt>...\n');
  process.exit(2);
}

for (const file of files) {
  const format = formatFromName(file);
  if (!format) {
    process.stderr.write(`${file}: not a format protokoll reads\n`);
    continue;
  }
  const started = performance.now();
  const doc = await readDocument(new Uint8Array(await readFile(file)), format).catch((error) => {
    process.stderr.write(`${file}: ${error.code ?? 'error'}: ${error.message}\n`);
    return null;
  });
  if (!doc) continue;
  if (json) {
    process.stdout.write(JSON.stringify(doc, null, 2) + '\n');
    continue;
  }
  const ms = Math.round(performance.now() - started);
  process.stdout.write(`# ${file}: ${doc.format}, ${doc.pages ?? '-'} pages, ${doc.blocks.length} blocks, ${ms} ms\n`);
  for (const w of doc.warnings) process.stdout.write(`# warning: ${w}\n`);
  for (const b of doc.blocks) process.stdout.write(describe(b) + '\n');
}

function describe(b) {
  const s = b.style ?? {};
  const flags = [s.bold && 'B', s.italic && 'I', s.underline && 'U', s.size && String(s.size), s.headingLevel && `h${s.headingLevel}`]
    .filter(Boolean)
    .join('');
  const tags = [
    b.kind,
    b.page != null ? `p${b.page}` : null,
    b.kind === 'table-row' ? `t${b.table}` : null,
    b.header ? 'header' : null,
    b.listLevel != null ? `L${b.listLevel}` : null,
    b.gapBefore ? 'gap' : null,
    flags || null,
  ].filter(Boolean);
  const text =
    b.kind === 'table-row'
      ? b.cells.map((c) => (c.colSpan > 1 ? `{${c.colSpan}}` : '') + (c.rowSpan > 1 ? `{↓${c.rowSpan}}` : '') + c.lines.map((l) => l || '∅').join(' ⏎ ')).join(' ┃ ')
      : b.text;
  return `[${tags.join(' ')}] ${text}`;
}
