/**
 * The drop folder: secretaries save new minutes into it, and each file is processed once it is
 * completely written (chokidar's awaitWriteFinish, then our own size+mtime check right before
 * reading, then the signs of a writer not yet done: stability.ts). A file that still looks
 * incomplete is retried later, never failed for it. Files already there at start are examined like
 * new ones, so unchanged ones are skipped through the registry. Processed files can be moved out
 * (`moveDone`), failed ones moved aside with a `<name>.error.txt` giving the reason (`moveFailed`).
 *
 * Anyone can write to a drop folder, so nothing in it is trusted: links are never followed (a
 * link to `..` or to /etc/passwd is reported, not read or moved), pipes and devices are never
 * opened, a name whose folder resolves outside the watched one is refused, and names are shown
 * escaped. Every file not read is reported once, with why.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { watch, type FSWatcher } from 'chokidar';
import { formatFromName } from '../src/read/format.js';
import { listInputFiles, unsupportedAdvice } from '../src/util/files.js';
import { fsPath, hasRawBytes, nameFromBytes } from '../src/util/raw-path.js';
import { kindOf, lstatOrNull, notARegularFile } from '../src/util/regular-file.js';
import { shown } from '../src/util/shown.js';
import { isInside } from './inside.js';
import { errorFileFor, moveInto } from './move.js';
import { describeResult } from './progress.js';
import type { DocumentRunner, FileResult } from './result.js';
import { incompleteBecause, isPartialDownload, sameVersion, waitUntilStable } from './stability.js';

export interface DropFolderOptions {
  dir: string;
  runner: DocumentRunner;
  moveDone?: string;
  moveFailed?: string;
  /** ms a file's size must stay the same before it counts as completely written */
  settleMs: number;
  /**
   * how long after its last change a file that looks incomplete (no %%EOF, a lock file beside it,
   * changing while read) is waited for before it is read as it is and may fail (default 2 minutes)
   */
  incompleteWaitMs?: number;
  /** one line per event; `warn` for files that failed or were not read */
  log: (line: string, level?: 'info' | 'warn') => void;
  /** called after each file is handled (tests, and the CLI's log) */
  onResult?: (result: FileResult) => void;
}

type Skip = Extract<FileResult, { status: 'skipped' }>;

export class DropFolderWatcher {
  private watcher: FSWatcher | undefined;
  private readonly dir: string;
  private realDir = '';
  private readonly moveDone: string | undefined;
  private readonly moveFailed: string | undefined;
  /** files being handled; `again` when it changed meanwhile and must be looked at once more */
  private readonly inHand = new Map<string, { again: boolean }>();
  private readonly pending = new Set<Promise<void>>();
  /** files that looked incomplete: since when, and the timer that looks again */
  private readonly waiting = new Map<string, { attempt: number; timer?: NodeJS.Timeout }>();
  /** paths already reported as not read (reported once, not at every change) */
  private readonly reported = new Set<string>();
  private closed = false;

  constructor(private readonly opts: DropFolderOptions) {
    this.dir = path.resolve(opts.dir);
    this.moveDone = opts.moveDone && path.resolve(opts.moveDone);
    this.moveFailed = opts.moveFailed && path.resolve(opts.moveFailed);
  }

  /** Resolves once the folder is being watched and the files already in it are scheduled. */
  async start(): Promise<void> {
    this.realDir = await fs.realpath(this.dir);
    const settle = this.opts.settleMs;
    this.watcher = watch(this.dir, {
      ignoreInitial: false,
      // a link is an entry of its own, never the way into another folder or file
      followSymlinks: false,
      awaitWriteFinish: { stabilityThreshold: settle, pollInterval: Math.max(20, Math.min(100, settle / 4)) },
      ignored: (file) => this.ignored(file),
    });
    this.watcher.on('add', (file) => this.schedule(file));
    this.watcher.on('change', (file) => this.schedule(file));
    this.watcher.on('unlink', (file) => {
      this.reported.delete(file);
      // a file that was waiting to be complete and went away waits no more
      clearTimeout(this.waiting.get(file)?.timer);
      this.waiting.delete(file);
      // deleted or renamed by someone else: no longer a known path of its document
      if (!this.inHand.has(file)) this.opts.runner.registry.forget(file);
    });
    // names that are not UTF-8: chokidar stats its lossy string for them, finds nothing and says
    // nothing; the raw events still name them (with U+FFFD), and handle() finds the real entry
    this.watcher.on('raw', (_event, name, details) => {
      const watched = (details as { watchedPath?: string } | undefined)?.watchedPath;
      if (!name || !name.includes('\ufffd') || !watched) return;
      const full = path.isAbsolute(name) ? name : path.join(watched, name);
      if (!this.ignored(full)) this.schedule(full);
    });
    this.watcher.on('error', (error) => this.opts.log(`watching ${shown(this.dir)} failed: ${shown(error instanceof Error ? error.message : String(error))}`));
    await new Promise<void>((resolve) => this.watcher!.once('ready', () => resolve()));
    // ... and the ones already there at start, which chokidar's first scan did not report
    const { files } = await listInputFiles([this.dir]);
    for (const file of files) if (hasRawBytes(file) && !this.ignored(file)) this.schedule(file);
  }

  /** Resolves when no file is being handled (there may be more to come, and files waiting to be complete). */
  async idle(): Promise<void> {
    while (this.pending.size > 0) await Promise.allSettled([...this.pending]);
  }

  /** Stops watching, then finishes the files in hand; files waiting to be complete are left for the next start. */
  async close(): Promise<void> {
    this.closed = true;
    for (const w of this.waiting.values()) clearTimeout(w.timer);
    this.waiting.clear();
    await this.watcher?.close();
    await this.idle();
  }

  private ignored(file: string): boolean {
    if (file === this.dir) return false;
    if (isInside(file, this.moveDone) || isInside(file, this.moveFailed)) return true;
    const name = path.basename(file);
    // hidden files, Office lock files, and copies in progress that get their real name when done
    return name.startsWith('.') || name.startsWith('~$') || isPartialDownload(name);
  }

  private schedule(file: string): void {
    if (this.closed) return;
    const state = this.inHand.get(file);
    if (state) {
      state.again = true;
      return;
    }
    const waiting = this.waiting.get(file);
    if (waiting) clearTimeout(waiting.timer);
    const fresh = { again: false };
    this.inHand.set(file, fresh);
    const work = (async () => {
      try {
        do {
          fresh.again = false;
          await this.handle(file, fresh);
        } while (fresh.again && !this.closed);
      } catch (error) {
        this.opts.log(`${shown(file)}: ${shown(error instanceof Error ? error.message : String(error))}`);
      } finally {
        this.inHand.delete(file);
      }
    })();
    this.pending.add(work);
    void work.finally(() => this.pending.delete(work));
  }

  private report(skip: Skip): void {
    if (this.reported.has(skip.path)) return;
    this.reported.add(skip.path);
    this.opts.log(describeResult(skip), 'warn');
    this.opts.onResult?.(skip);
  }

  /** Why a path is not to be read at all, or null: links, pipes, devices, folders outside, unsupported types. */
  private async refusal(file: string): Promise<Skip | null | 'gone'> {
    const stat = await lstatOrNull(file);
    if (!stat) return 'gone';
    const kind = kindOf(stat);
    if (kind === 'a folder') return 'gone';
    if (kind) return { path: file, status: 'skipped', reason: stat.isSymbolicLink() ? 'symlink' : 'not-a-file', detail: notARegularFile(kind).message };
    const realFolder = await fs.realpath(fsPath(path.dirname(file))).catch(() => null);
    if (!realFolder || !isInside(realFolder.toString(), this.realDir)) {
      return { path: file, status: 'skipped', reason: 'symlink', detail: 'its folder leads outside the watched folder through a link; not read, not moved' };
    }
    if (!formatFromName(file)) return { path: file, status: 'skipped', reason: 'unsupported', detail: unsupportedAdvice(path.basename(file)) };
    return null;
  }

  private get incompleteWaitMs(): number {
    return this.opts.incompleteWaitMs ?? 2 * 60_000;
  }

  /** Looks at the file again later; incompleteWaitMs after its last change it is read as it is. */
  private retryLater(file: string, why: string, mtimeMs: number): void {
    if (this.closed) return;
    const entry = this.waiting.get(file) ?? { attempt: 0 };
    entry.attempt++;
    if (entry.attempt === 1) this.opts.log(`waiting for ${shown(file)}: ${why}; looking again later`);
    // settle, 2x, 4x ... up to a minute between looks, and a last look when the wait is over
    const untilLimit = Math.max(0, mtimeMs + this.incompleteWaitMs - Date.now()) + 10;
    const delay = Math.min(60_000, this.opts.settleMs * 2 ** Math.min(entry.attempt - 1, 10), untilLimit);
    clearTimeout(entry.timer);
    entry.timer = setTimeout(() => this.schedule(file), delay);
    this.waiting.set(file, entry);
  }

  /** A file unchanged for incompleteWaitMs is what it is: read it, and let it fail if it must. */
  private waitedLongEnough(mtimeMs: number): boolean {
    return Date.now() - mtimeMs >= this.incompleteWaitMs;
  }

  /**
   * chokidar names files by strings, so a name that is not UTF-8 (Latin-1 from an old Windows
   * share) arrives with U+FFFD for its odd bytes and names no file; the folder is read again by
   * bytes to find the entry it meant (util/raw-path.ts keeps those bytes).
   */
  private async realName(file: string): Promise<string> {
    if (!file.includes('\ufffd') || (await lstatOrNull(file))) return file;
    const entries = await fs.readdir(fsPath(path.dirname(file)), { encoding: 'buffer' }).catch(() => [] as Buffer[]);
    const match = entries.find((e) => e.toString('utf8') === path.basename(file));
    return match ? path.join(path.dirname(file), nameFromBytes(match)) : file;
  }

  private async handle(reported: string, state: { again: boolean }): Promise<void> {
    const file = await this.realName(reported);
    const refused = await this.refusal(file);
    if (refused === 'gone') return;
    if (refused) return this.report(refused);
    this.reported.delete(file);

    const checkMs = Math.max(50, Math.round(this.opts.settleMs / 2));
    if (!(await waitUntilStable(file, checkMs))) return;
    const before = await lstatOrNull(file);
    if (!before) return;
    const incomplete = await incompleteBecause(file);
    if (incomplete && !this.waitedLongEnough(before.mtimeMs)) return this.retryLater(file, incomplete, before.mtimeMs);

    const result = await this.opts.runner.process(file);
    if (result.status === 'gone') return;
    if (result.status === 'skipped') return this.report(result);
    const after = await lstatOrNull(file);
    const changed = !after || !sameVersion(before, after);
    if (changed) {
      // written to while it was read: what was read is not the final content. The new content is
      // read next (and its record replaces this one); a failure of a half-read file is no failure
      if (result.status === 'failed') return this.retryLater(file, 'it changed while it was read', Date.now());
      state.again = true;
      return;
    }
    if (result.status === 'failed' && !this.waitedLongEnough(before.mtimeMs)) {
      const stillIncomplete = await incompleteBecause(file);
      if (stillIncomplete) return this.retryLater(file, stillIncomplete, before.mtimeMs);
    }
    this.waiting.delete(file);
    // one line per file, the move included: a failure is said once
    let moved = '';
    const registry = this.opts.runner.registry;
    if ((result.status === 'processed' || result.status === 'unchanged') && this.moveDone) {
      const dest = await moveInto(file, this.dir, this.moveDone);
      registry.movePath(file, dest);
      moved = `; moved to ${shown(dest)}`;
    } else if (result.status === 'failed' && this.moveFailed) {
      const dest = await moveInto(file, this.dir, this.moveFailed);
      registry.movePath(file, dest);
      const errorFile = errorFileFor(dest);
      await fs.writeFile(fsPath(errorFile), `${shown(path.basename(file))} could not be read: ${result.reason}\n(${new Date().toISOString()})\n`);
      moved = `; moved to ${shown(dest)} (reason in ${shown(path.basename(errorFile))})`;
    }
    this.opts.log(`${describeResult(result)}${moved}`, result.status === 'failed' ? 'warn' : 'info');
    this.opts.onResult?.(result);
  }
}
