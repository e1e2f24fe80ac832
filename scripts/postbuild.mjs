// Writes dist/cli.js, the `protokoll` bin: a stable entry point at the top of dist/ whatever
// layout tsc gives the compiled sources (dist/src, dist/pipelines, dist/workers).
import { chmodSync, cpSync, writeFileSync } from 'node:fs';

writeFileSync(
  new URL('../dist/cli.js', import.meta.url),
  // the compile cache (Node 22.1+) is turned on before the CLI's modules load, so that they are
  // read from it (src/util/compile-cache.ts)
  "#!/usr/bin/env node\nimport { enableCompileCache } from './src/util/compile-cache.js';\n\nenableCompileCache();\nconst { main } = await import('./src/cli.js');\n\nmain(process.argv).catch((error) => {\n  process.stderr.write(`protokoll: ${error instanceof Error ? error.message : String(error)}\\n`);\n  process.exitCode = 2;\n});\n",
);
chmodSync(new URL('../dist/cli.js', import.meta.url), 0o755);

// the web app's browser files (plain JS and CSS, no build step) sit beside its compiled modules
cpSync(new URL('../src/web/static', import.meta.url), new URL('../dist/src/web/static', import.meta.url), { recursive: true });

// the Swedish word list as word tables, read in place at run time instead of parsed from the
// dictionary in every process and extraction thread (src/lexicon/swedish-words.ts)
const { writeWordTables } = await import('../dist/src/lexicon/swedish-words.js');
writeWordTables();
