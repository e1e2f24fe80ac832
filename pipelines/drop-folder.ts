/**
 * The drop folder: secretaries save new minutes into it, and each file is processed once it is
 * completely written (chokidar's awaitWriteFinish, then our own size+mtime check right before
 * reading). Files already there at start are examined like new ones, so unchanged ones are
 * skipped through the registry. Processed files can be moved out (`moveDone`), failed ones moved
 * aside with a `<name>.error.txt` giving the reason (`moveFailed`).
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { watch, type FSWatcher } from 'chokidar';
import { formatFromName } from '../src/read/format.js';
import { moveInto } from './move.js';
import { describeResult } from './progress.js';
import type { DocumentRunner, FileResult } from './result.js';
import { waitUntilStable } from './stability.js';

export interface DropFolderOptions {
  dir: string;
  runner: DocumentRunner;
  moveDone?: string;
  moveFailed?: string;
  /** ms a file's size must stay the same before it counts as completely written */
  settleMs: number;
  log: (line: string) => void;
  /** called after each file is handled (tests, and the CLI's log) */
  onResult?: (result: FileResult) => void;
}

function isInside(file: string, dir: string | undefined): boolean {
  if (!dir) return false;
  const rel = path.relative(dir, file);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

export class DropFolderWatcher {
  private watcher: FSWatcher | undefined;
  private readonly dir: string;
  private readonly moveDone: string | undefined;
  private readonly moveFailed: string | undefined;
  /** files being handled; `again` when it changed meanwhile and must be looked at once more */
  private readonly inHand = new Map<string, { again: boolean }>();
  private readonly pending = new Set<Promise<void>>();

  constructor(private readonly opts: DropFolderOptions) {
    this.dir = path.resolve(opts.dir);
    this.moveDone = opts.moveDone && path.resolve(opts.moveDone);
    this.moveFailed = opts.moveFailed && path.resolve(opts.moveFailed);
  }

  /** Resolves once the folder is being watched and the files already in it are scheduled. */
  async start(): Promise<void> {
    const settle = this.opts.settleMs;
    this.watcher = watch(this.dir, {
      ignoreInitial: false,
      awaitWriteFinish: { stabilityThreshold: settle, pollInterval: Math.max(20, Math.min(100, settle / 4)) },
      ignored: (file, stats) => this.ignored(file, stats?.isFile() ?? false),
    });
    this.watcher.on('add', (file) => this.schedule(file));
    this.watcher.on('change', (file) => this.schedule(file));
    this.watcher.on('unlink', (file) => {
      // deleted or renamed by someone else: no longer a known path of its document
      if (!this.inHand.has(file)) this.opts.runner.registry.forget(file);
    });
    this.watcher.on('error', (error) => this.opts.log(`watching ${this.dir} failed: ${error instanceof Error ? error.message : String(error)}`));
    await new Promise<void>((resolve) => this.watcher!.once('ready', () => resolve()));
  }

  /** Resolves when no file is being handled (there may be more to come). */
  async idle(): Promise<void> {
    while (this.pending.size > 0) await Promise.allSettled([...this.pending]);
  }

  /** Stops watching, then finishes the files in hand. */
  async close(): Promise<void> {
    await this.watcher?.close();
    await this.idle();
  }

  private ignored(file: string, isFile: boolean): boolean {
    if (file === this.dir) return false;
    if (isInside(file, this.moveDone) || isInside(file, this.moveFailed)) return true;
    const name = path.basename(file);
    if (name.startsWith('.') || name.startsWith('~$')) return true;
    return isFile && !formatFromName(name);
  }

  private schedule(file: string): void {
    if (!formatFromName(file)) return;
    const state = this.inHand.get(file);
    if (state) {
      state.again = true;
      return;
    }
    const fresh = { again: false };
    this.inHand.set(file, fresh);
    const work = (async () => {
      try {
        do {
          fresh.again = false;
          await this.handle(file);
        } while (fresh.again);
      } catch (error) {
        this.opts.log(`${file}: ${error instanceof Error ? error.message : String(error)}`);
      } finally {
        this.inHand.delete(file);
      }
    })();
    this.pending.add(work);
    void work.finally(() => this.pending.delete(work));
  }

  private async handle(file: string): Promise<void> {
    const checkMs = Math.max(50, Math.round(this.opts.settleMs / 2));
    if (!(await waitUntilStable(file, checkMs))) return;
    const result = await this.opts.runner.process(file);
    if (result.status === 'gone') return;
    this.opts.log(describeResult(result));
    const registry = this.opts.runner.registry;
    if ((result.status === 'processed' || result.status === 'unchanged') && this.moveDone) {
      const dest = await moveInto(file, this.dir, this.moveDone);
      registry.movePath(file, dest);
      this.opts.log(`moved ${file} -> ${dest}`);
    } else if (result.status === 'failed' && this.moveFailed) {
      const dest = await moveInto(file, this.dir, this.moveFailed);
      registry.movePath(file, dest);
      await fs.writeFile(`${dest}.error.txt`, `${path.basename(file)} could not be read: ${result.reason}\n(${new Date().toISOString()})\n`);
      this.opts.log(`moved ${file} -> ${dest} (reason in ${path.basename(dest)}.error.txt)`);
    }
    this.opts.onResult?.(result);
  }
}
