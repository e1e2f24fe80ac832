/**
 * `protokoll import <dir> --out <records>`: the one-off batch import of an archive. Every PDF,
 * DOCX and TXT under dir, recursively, through both stages; files unchanged since an earlier
 * import are skipped without hashing. Ends with a summary; exit code 1 when any file failed.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { settingsFromOptions } from '../src/limits/options.js';
import { redisWaitMs } from '../src/queue/outage.js';
import { extensionList } from '../src/read/registry.js';
import { listInputFiles } from '../src/util/files.js';
import { shown } from '../src/util/shown.js';
import { doubtfulRecords } from './doubts.js';
import { createProgress } from './progress.js';
import type { FileResult } from './result.js';
import { addRunnerOptions, createRunner, type RunnerOptions } from './runner.js';
import { formatSummary, hasProblems, summarize, type Summary } from './summary.js';

export interface ImportOptions extends RunnerOptions {
  wait?: boolean;
  /** exit code 1 also when files were not read or records came out empty or doubtful */
  strict?: boolean;
}

export function registerImport(program: Command): void {
  const command = program
    .command('import')
    .description('process every PDF, DOCX and TXT under a folder (recursively) into <records>/<record id>.json')
    .argument('<dir>', 'folder to import')
    .requiredOption('-o, --out <records>', 'records folder (also holds the registry of processed files)')
    .option('--no-wait', 'with Redis: enqueue and exit without waiting for the workers')
    .option('--strict', 'exit code 1 also when any file was not read or any record has no agenda items or no meeting date');
  addRunnerOptions(command).action(async (dir: string, opts: ImportOptions) => {
    process.exitCode = await runImport(dir, opts);
  });
}

export async function runImport(dir: string, opts: ImportOptions, stdout: NodeJS.WriteStream = process.stdout, stderr: NodeJS.WriteStream = process.stderr): Promise<number> {
  const root = path.resolve(dir);
  const stat = await fs.stat(root).catch(() => null);
  if (!stat?.isDirectory()) {
    stderr.write(`${shown(dir)}: no such folder\n`);
    return 2;
  }
  const { files, skipped } = await listInputFiles([root], { maxFileBytes: settingsFromOptions(opts).limits.maxFileBytes });
  const running = createRunner({ ...opts, noWait: opts.wait === false }, { say: (line) => stderr.write(`${line}\n`) });
  try {
    // Redis down: one plain line, then retries for a while (PROTOKOLL_REDIS_WAIT_SECONDS)
    await running.client?.waitUntilReachable(redisWaitMs());
    stderr.write(`importing ${files.length} file(s) from ${shown(root)} into ${shown(path.resolve(opts.out))}, ${running.describe}\n`);
    if (files.length === 0) stderr.write(`nothing readable in ${shown(root)}: no ${extensionList()} files${skipped.length ? ` (${skipped.length} other entr${skipped.length === 1 ? 'y' : 'ies'}, listed below)` : ''}\n`);
    if (running.client && opts.wait !== false && files.length > 0 && (await running.client.workerCount()) === 0) {
      stderr.write('no protokoll worker is connected yet: the import waits until one is (start one with `protokoll worker`)\n');
    }
    const progress = createProgress(files.length, stderr);
    const results = await Promise.all(
      files.map((file) =>
        running.runner
          .process(file)
          .catch((error: unknown): FileResult => ({ path: file, status: 'failed', reason: error instanceof Error ? error.message : String(error) }))
          .then((result) => {
            progress.done(result);
            return result;
          }),
      ),
    );
    progress.stop();
    // files that were under dir before and are not now were deleted or renamed: no longer known paths
    running.runner.registry.forgetUnseen(root, new Set(files));
    const summary: Summary = summarize(results, skipped, await doubtfulRecords(opts.out, results));
    stdout.write(formatSummary(summary));
    // a file of a type protokoll reads that it could not read (failed, or too large) always counts
    if (summary.failed.length > 0 || summary.skipped.some((k) => k.reason === 'too-large')) return 1;
    return opts.strict && (hasProblems(summary) || files.length === 0) ? 1 : 0;
  } finally {
    await running.close();
  }
}
