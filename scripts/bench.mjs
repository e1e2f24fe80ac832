#!/usr/bin/env node
// npm run bench: every benchmark in one run, after a build. Figures, not tests: on a shared
// machine compare the ratios within one run.
//   extraction: documents/s, pages/s, peak RSS; pdftotext on the same PDFs as a ratio
//   queue:      documents/s in-process vs BullMQ with 1 and 2 workers; overhead per document
//   store:      index build time and search/follow-up latency p50/p95, SQLite and PostgreSQL
// Arguments after `--` go to every script that knows them; QUICK=1 makes each run small.
import { spawnSync } from 'node:child_process';

const quick = process.env.QUICK === '1';
const runs = [
  ['scripts/bench-extract.mjs', quick ? ['--repeat', '2'] : ['--repeat', '10']],
  ['scripts/bench-queue.mjs', quick ? ['--copies', '1', '--repeat', '1'] : []],
  ['scripts/bench-store.mjs', quick ? ['--meetings', '500'] : []],
];
let failed = 0;
for (const [script, args] of runs) {
  console.log(`\n=== ${script} ${args.join(' ')}`);
  const r = spawnSync(process.execPath, [script, ...args], { stdio: 'inherit' });
  if (r.status !== 0) { failed++; console.log(`${script} exited with ${r.status}`); }
}
process.exitCode = failed ? 1 : 0;
