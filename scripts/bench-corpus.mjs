#!/usr/bin/env node
// Makes the PDF sets the speed benchmark reads, from the sample and test minutes (poppler's
// pdfunite joins them; nothing is downloaded and nothing generated is committed):
//   <dir>/large.pdf   one PDF of 300 pages: every sample and test PDF in turn, joined, until 300
//   <dir>/set/*.pdf   100 PDFs of 300 pages in all: the sample and test PDFs, the later ones
//                     joined two or three at a time, so each file has different bytes
// Usage: node scripts/bench-corpus.mjs [--out DIR] [--pages 300] [--files 100]
// DIR defaults to $TMPDIR/protokoll-bench; a set already there with the same counts is kept.
// Prints the folder as JSON (large, set, pages, files) on stdout for the other scripts.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const args = process.argv.slice(2);
const opt = (name, fallback) => { const i = args.indexOf(name); return i === -1 ? fallback : args[i + 1]; };
const out = path.resolve(opt('--out', path.join(tmpdir(), 'protokoll-bench')));
const largePages = Number(opt('--pages', 300));
const setFiles = Number(opt('--files', 100));
const setPages = Number(opt('--set-pages', 300));

function pdfSources(root = '.') {
  const found = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.pdf')) found.push(full);
    }
  };
  walk(path.join(root, 'samples', 'pdf'));
  walk(path.join(root, 'test', 'fixtures'));
  return found.map((file) => ({ file, pages: pageCount(file) })).filter((s) => s.pages > 0);
}

function pageCount(file) {
  const info = spawnSync('pdfinfo', [file], { encoding: 'utf8' });
  return Number(info.stdout?.match(/^Pages:\s+(\d+)/m)?.[1] ?? 0);
}

function join(files, target) {
  if (files.length === 1) writeFileSync(target, readFileSync(files[0]));
  else execFileSync('pdfunite', [...files, target]);
}

function make() {
  if (spawnSync('pdfunite', ['-v']).error) throw new Error('pdfunite is not installed (Debian: poppler-utils)');
  const sources = pdfSources();
  if (!sources.length) throw new Error('no sample or test PDFs found: run from the protokoll folder');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(path.join(out, 'set'), { recursive: true });

  // the large file: the sources in turn until the page count is reached
  const parts = [];
  for (let pages = 0, i = 0; pages < largePages; i++) {
    const s = sources[i % sources.length];
    parts.push(s.file);
    pages += s.pages;
  }
  // pdfunite takes many files, but not an unbounded command line: join in chunks, then the chunks
  const chunks = [];
  for (let i = 0; i < parts.length; i += 40) {
    const chunk = path.join(out, `chunk-${chunks.length}.pdf`);
    join(parts.slice(i, i + 40), chunk);
    chunks.push(chunk);
  }
  join(chunks, path.join(out, 'large.pdf'));
  for (const c of chunks) rmSync(c);

  // the set: file k gets enough sources (taken in turn) to keep the pages on course for the total
  let next = 0;
  let pages = 0;
  for (let k = 0; k < setFiles; k++) {
    const target = (setPages * (k + 1)) / setFiles;
    const picked = [];
    do {
      const s = sources[next++ % sources.length];
      picked.push(s.file);
      pages += s.pages;
    } while (pages < target - 1);
    join(picked, path.join(out, 'set', `${String(k).padStart(3, '0')}.pdf`));
  }
  const manifest = { large: path.join(out, 'large.pdf'), set: path.join(out, 'set'), largePages: pageCount(path.join(out, 'large.pdf')), setFiles, setPages: pages, want: { largePages, setFiles, setPages } };
  writeFileSync(path.join(out, 'manifest.json'), JSON.stringify(manifest, null, 2));
  return manifest;
}

function existing() {
  const file = path.join(out, 'manifest.json');
  if (!existsSync(file)) return null;
  const m = JSON.parse(readFileSync(file, 'utf8'));
  const same = m.want?.largePages === largePages && m.want?.setFiles === setFiles && m.want?.setPages === setPages;
  return same && existsSync(m.large) && readdirSync(m.set).length === setFiles ? m : null;
}

const manifest = existing() ?? make();
process.stdout.write(`${JSON.stringify(manifest)}\n`);
