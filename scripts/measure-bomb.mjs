#!/usr/bin/env node
/**
 * Peak memory on the inflate bomb of issue 10 (a ~3 MB PDF whose page inflates to 3 GiB), per way
 * of reading it, each in a fresh process whose peak resident memory (VmHWM) is printed:
 *   capped      the defaults: Flate streams capped before pdf.js (src/limits/inflate.ts), and the
 *               thread's memory watchdog (src/limits/watchdog.ts)
 *   watchdog    the cap lifted (PROTOKOLL_MAX_INFLATED_MB huge): only the watchdog stops it
 *   unguarded   inline, no cap, no thread, no watchdog: what the limits are there to prevent
 * Goal: peak < the memory limit + 200 MB. Runs alternate; medians are printed.
 *   npm run build && node scripts/measure-bomb.mjs [--gib 3] [--runs 2] [--memory 1024] [--skip-unguarded]
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { inflateBombPdf } from './inflate-bomb.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const dist = path.join(here, '..', 'dist');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
};

function peakMb() {
  const status = readFileSync('/proc/self/status', 'utf8');
  return Number(/VmHWM:\s+(\d+) kB/.exec(status)[1]) / 1024;
}

async function child(mode, file, memoryMb) {
  const { settingsFromEnv } = await import(path.join(dist, 'src/limits/settings.js'));
  const settings = settingsFromEnv();
  settings.limits.memoryMb = memoryMb;
  settings.ocr.mode = 'off';
  const bytes = readFileSync(file);
  const started = Date.now();
  let outcome;
  try {
    if (mode === 'unguarded') {
      const { extractRecord } = await import(path.join(dist, 'src/pipeline.js'));
      await extractRecord({ path: file, bytes }, settings);
      outcome = 'a record';
    } else {
      const { ThreadExtractor } = await import(path.join(dist, 'pipelines/extractors.js'));
      const extractor = new ThreadExtractor(1, settings);
      try {
        await extractor.extract(file, bytes);
        outcome = 'a record';
      } finally {
        await extractor.close();
      }
    }
  } catch (error) {
    outcome = `refused: ${error.message}`;
  }
  process.stdout.write(JSON.stringify({ mode, peakMb: Math.round(peakMb()), seconds: (Date.now() - started) / 1000, outcome }) + '\n');
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

async function main() {
  if (process.argv[2] === '--child') return child(process.argv[3], process.argv[4], Number(process.argv[5]));
  const gib = Number(arg('gib', '3'));
  const runs = Number(arg('runs', '2'));
  const memoryMb = Number(arg('memory', '1024'));
  const modes = ['capped', 'watchdog', ...(process.argv.includes('--skip-unguarded') ? [] : ['unguarded'])];
  const dir = mkdtempSync(path.join(os.tmpdir(), 'protokoll-bomb-'));
  const file = path.join(dir, 'bomb.pdf');
  const pdf = inflateBombPdf(gib * 1024 ** 3);
  writeFileSync(file, pdf);
  console.log(`inflate bomb: ${(pdf.length / 1e6).toFixed(1)} MB PDF, page stream inflates to ${gib} GiB; memory limit ${memoryMb} MiB; goal: peak < ${memoryMb + 200} MB`);
  const results = Object.fromEntries(modes.map((m) => [m, []]));
  try {
    for (let run = 0; run < runs; run++) {
      for (const mode of modes) {
        const env = { ...process.env };
        // the cap lifted for the watchdog's own figure, and for the unguarded reading
        if (mode !== 'capped') env.PROTOKOLL_MAX_INFLATED_MB = '1000000';
        const r = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--child', mode, file, String(memoryMb)], { env, encoding: 'utf8', timeout: 300_000 });
        const line = r.stdout.trim().split('\n').pop();
        const result = line?.startsWith('{') ? JSON.parse(line) : { mode, peakMb: NaN, seconds: NaN, outcome: `crashed (${r.signal ?? r.status}): ${r.stderr.trim().split('\n').pop()}` };
        results[mode].push(result);
        console.log(`  run ${run + 1} ${mode.padEnd(9)} peak ${String(result.peakMb).padStart(5)} MB  ${result.seconds.toFixed(1)} s  ${result.outcome.slice(0, 110)}`);
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log('medians:');
  for (const mode of modes) {
    const peak = median(results[mode].map((r) => r.peakMb));
    console.log(`  ${mode.padEnd(9)} peak ${peak} MB, ${median(results[mode].map((r) => r.seconds)).toFixed(1)} s${mode === 'unguarded' ? '' : peak < memoryMb + 200 ? '  (goal met)' : '  (OVER the goal)'}`);
  }
}

await main();
