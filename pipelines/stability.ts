/**
 * "Completely written" for a file someone is still copying in. chokidar's awaitWriteFinish
 * already waits for the size to stay the same before it reports a file; `waitUntilStable` checks
 * size and mtime again right before reading, because a copy that pauses (a slow share, a large
 * file over VPN) can look finished to one check and not to the next. `incompleteBecause` then looks
 * for the signs that a writer is not done although it paused: a PDF without its end marker, a
 * Word file without its zip directory, a lock file beside it. Such a file is retried later, not
 * failed (drop-folder.ts).
 */
import { promises as fs, type Stats } from 'node:fs';
import path from 'node:path';
import { fsPath } from '../src/util/raw-path.js';
import { openRegularFile } from '../src/util/regular-file.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Resolves true once the file is stable, false if it disappeared meanwhile. */
export async function waitUntilStable(file: string, intervalMs: number): Promise<boolean> {
  let before = await fs.lstat(fsPath(file)).catch(() => null);
  for (;;) {
    if (!before) return false;
    await sleep(intervalMs);
    const after = await fs.lstat(fsPath(file)).catch(() => null);
    if (!after) return false;
    if (sameVersion(before, after)) return true;
    before = after;
  }
}

export function sameVersion(a: Pick<Stats, 'size' | 'mtimeMs'>, b: Pick<Stats, 'size' | 'mtimeMs'>): boolean {
  return a.size === b.size && a.mtimeMs === b.mtimeMs;
}

/** Lock files editors and copy tools keep beside a file while they write it. */
export function lockFilesFor(file: string): string[] {
  const dir = path.dirname(file);
  const name = path.basename(file);
  return [
    `~$${name}`, // Word, short names
    `~$${name.slice(1)}`,
    `~$${name.slice(2)}`, // Word replaces the first two characters of longer names
    `.~lock.${name}#`, // LibreOffice
    `${name}.lock`,
  ].map((n) => path.join(dir, n));
}

/** Names of files that are still being copied and will be renamed when done (never read). */
export function isPartialDownload(name: string): boolean {
  return /\.(part|partial|crdownload|download|tmp)$/i.test(name);
}

async function tail(file: string, size: number, bytes: number): Promise<Buffer> {
  // a link or a pipe swapped in since the caller looked is refused, never followed or waited on
  const { handle } = await openRegularFile(file);
  try {
    const length = Math.min(bytes, size);
    const buffer = Buffer.alloc(length);
    await handle.read(buffer, 0, length, size - length);
    return buffer;
  } finally {
    await handle.close();
  }
}

/**
 * Why the file looks not yet completely written, or null when nothing says so. Only a regular
 * file's own bytes are looked at (the caller has refused links and pipes before).
 */
export async function incompleteBecause(file: string): Promise<string | null> {
  for (const lock of lockFilesFor(file)) {
    if (await fs.lstat(fsPath(lock)).then(() => true, () => false)) return `${path.basename(lock)} says it is still open in an editor`;
  }
  const stat = await fs.lstat(fsPath(file)).catch(() => null);
  if (!stat?.isFile()) return null;
  const ext = path.extname(file).toLowerCase();
  if (ext === '.pdf') {
    // the end marker is within the last 1024 bytes (PDF 1.7, 7.5.5); writers add a little after it
    const end = await tail(file, stat.size, 2048);
    if (!end.includes('%%EOF')) return 'the PDF has no end marker (%%EOF) yet';
  } else if (['.docx', '.docm', '.dotx', '.odt', '.ott'].includes(ext)) {
    // a zip ends with its central directory: 22 bytes plus a comment of at most 64 KiB
    const end = await tail(file, stat.size, 22 + 65_535);
    if (!end.includes(Buffer.from([0x50, 0x4b, 0x05, 0x06]))) return 'the document has no zip directory at its end yet';
  }
  return null;
}
