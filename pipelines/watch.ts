/**
 * `protokoll watch <dir> --out <records>`: the drop folder pipeline. Runs until stopped
 * (SIGTERM/Ctrl-C), handling each new or changed file once it is completely written.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { DropFolderWatcher } from './drop-folder.js';
import { addRunnerOptions, createRunner, parsePositiveInt, type RunnerOptions } from './runner.js';

export interface WatchOptions extends RunnerOptions {
  moveDone?: string;
  moveFailed?: string;
  settle: number;
}

export function registerWatch(program: Command): void {
  const command = program
    .command('watch')
    .description('process new and changed PDF, DOCX and TXT files in a drop folder as they arrive, once completely written')
    .argument('<dir>', 'drop folder to watch (recursively)')
    .requiredOption('-o, --out <records>', 'records folder')
    .option('--move-done <dir>', 'move processed files here (same relative path)')
    .option('--move-failed <dir>', 'move files that could not be read here, each with a <name>.error.txt giving the reason')
    .option('--settle <ms>', 'how long a file must stay the same size before it is read', parsePositiveInt, 2000);
  addRunnerOptions(command).action(async (dir: string, opts: WatchOptions) => {
    process.exitCode = await runWatch(dir, opts);
  });
}

function log(line: string): void {
  process.stderr.write(`${new Date().toISOString()} ${line}\n`);
}

export async function runWatch(dir: string, opts: WatchOptions): Promise<number> {
  const root = path.resolve(dir);
  const stat = await fs.stat(root).catch(() => null);
  if (stat && !stat.isDirectory()) {
    process.stderr.write(`${dir}: not a folder\n`);
    return 2;
  }
  if (!stat) {
    // a fresh deployment's drop folder (docker volume) need not be made by hand
    await fs.mkdir(root, { recursive: true });
    log(`created the drop folder ${root}`);
  }
  const running = createRunner(opts);
  try {
    await running.client?.assertReachable();
  } catch (error) {
    await running.close();
    throw error;
  }
  const watcher = new DropFolderWatcher({ dir: root, runner: running.runner, moveDone: opts.moveDone, moveFailed: opts.moveFailed, settleMs: opts.settle, log });
  await watcher.start();
  log(`watching ${root} -> ${path.resolve(opts.out)}, ${running.describe}`);
  await new Promise<void>((resolve) => {
    const stop = (signal: NodeJS.Signals) => {
      log(`${signal}: finishing the files in hand`);
      resolve();
    };
    process.once('SIGTERM', stop);
    process.once('SIGINT', stop);
  });
  await watcher.close();
  await running.close();
  return 0;
}
