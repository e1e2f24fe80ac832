// Summarises V8 CPU profiles (node --cpu-prof) by where the time goes: self time per package
// (node_modules) or project folder, and the top functions. Usage:
//   node scripts/bench-profile.mjs <profile.cpuprofile or folder of them> [--top 25] [--functions]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const args = process.argv.slice(2);
const top = Number(args[args.indexOf('--top') + 1]) || 25;
const target = args.find((a) => !a.startsWith('--') && !/^\d+$/.test(a));
if (!target) {
  process.stderr.write('usage: node scripts/bench-profile.mjs <profile.cpuprofile or folder> [--top N]\n');
  process.exit(1);
}
const files = statSync(target).isDirectory()
  ? readdirSync(target).filter((f) => f.endsWith('.cpuprofile')).map((f) => path.join(target, f))
  : [target];

/** Where a function lives: a package, a project folder, node's own code, or V8 (gc, idle, program). */
function place(url, name) {
  if (!url) return `(${name || 'v8'})`;
  const pkg = url.match(/node_modules\/((?:@[^/]+\/)?[^/]+)(\/[^/]+)?/);
  if (pkg) return pkg[1] === 'pdfjs-dist' ? `pdfjs-dist${pkg[2] ?? ''}` : pkg[1];
  if (url.startsWith('node:')) return 'node';
  const own = url.match(/\/dist\/((?:src|pipelines|workers)\/[^/]+(?:\/[^/]+(?=\/))?)/);
  return own ? own[1] : url.replace(/^file:\/\//, '');
}

const byPlace = new Map();
const byFunction = new Map();
let total = 0;
for (const file of files) {
  const profile = JSON.parse(readFileSync(file, 'utf8'));
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const dt = new Map();
  // each sample's time goes to the function on top of the stack at that moment
  profile.samples.forEach((id, i) => dt.set(id, (dt.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  for (const [id, us] of dt) {
    const { callFrame } = nodes.get(id);
    if (callFrame.functionName === '(idle)') continue;
    const where = place(callFrame.url, callFrame.functionName);
    byPlace.set(where, (byPlace.get(where) ?? 0) + us);
    const file = callFrame.url ? callFrame.url.replace(/^.*\/(dist|node_modules)\//, '') : where;
    const fn = `${callFrame.functionName || '(anonymous)'} ${file}:${callFrame.lineNumber + 1}`;
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + us);
    total += us;
  }
}
const show = (map) =>
  [...map].sort((a, b) => b[1] - a[1]).slice(0, top)
    .map(([k, us]) => `${(us / 1000).toFixed(0).padStart(8)} ms ${((100 * us) / total).toFixed(1).padStart(5)}%  ${k}`).join('\n');
process.stdout.write(`${files.length} profile(s), ${(total / 1000).toFixed(0)} ms busy (idle left out)\n\nby place:\n${show(byPlace)}\n\nby function:\n${show(byFunction)}\n`);
