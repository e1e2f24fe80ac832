#!/usr/bin/env node
// npm run bench: the benchmarks in one run, after a build. Figures, not tests: on a shared
// machine compare the ratios within one run.
//   speed:      protokoll against pdftotext as whole processes (100-PDF set, one 300-page PDF),
//               memory per page, and the start of `search` and `followup` (bench-speed.mjs)
//   store:      index build time and search/follow-up latency p50/p95, SQLite and PostgreSQL
//               (bench-store.mjs)
//   extraction: documents/s and pages/s per format in one process (bench-extract.mjs)
//   queue:      in-process against BullMQ (bench-queue.mjs)
// QUICK=1 makes each run small; --only speed,store runs those alone.
import { spawnSync } from 'node:child_process';

const quick = process.env.QUICK === '1';
const only = (() => { const i = process.argv.indexOf('--only'); return i === -1 ? null : process.argv[i + 1].split(','); })();
const runs = [
  ['speed', 'scripts/bench-speed.mjs', quick ? ['--rounds', '2', '--cli-rounds', '5'] : []],
  ['store', 'scripts/bench-store.mjs', quick ? ['--meetings', '500'] : []],
  ['extraction', 'scripts/bench-extract.mjs', quick ? ['--repeat', '2'] : ['--repeat', '10']],
  ['queue', 'scripts/bench-queue.mjs', quick ? ['--copies', '1', '--repeat', '1'] : []],
];
let failed = 0;
for (const [name, script, args] of runs) {
  if (only && !only.includes(name)) continue;
  console.log(`\n=== ${script} ${args.join(' ')}`);
  const r = spawnSync(process.execPath, [script, ...args], { stdio: 'inherit' });
  if (r.status !== 0) { failed++; console.log(`${script} exited with ${r.status}`); }
}
process.exitCode = failed ? 1 : 0;
