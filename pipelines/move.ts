/** Moving files out of the drop folder once processed (`watch --move-done/--move-failed`). */
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { fsPath } from '../src/util/raw-path.js';
import { lstatOrNull } from '../src/util/regular-file.js';
import { isInside } from './inside.js';

/** Most bytes in one file name on the file systems in use (ext4, XFS, NTFS over SMB: 255). */
export const NAME_MAX = 255;

function byteLength(text: string): number {
  const raw = fsPath(text);
  return typeof raw === 'string' ? Buffer.byteLength(raw) : raw.length;
}

/** `text` cut to at most `bytes` UTF-8 bytes, never inside a character. */
function cutTo(text: string, bytes: number): string {
  let out = '';
  for (const ch of text) {
    if (byteLength(out + ch) > bytes) break;
    out += ch;
  }
  return out;
}

/**
 * A name made of `stem` and `suffix` that fits NAME_MAX: as it is when it fits, else the stem
 * shortened and followed by 8 hex digits of the full stem's hash, so two long names that begin
 * alike still get different short names, and the same long name always the same one.
 */
export function fittingName(stem: string, suffix: string): string {
  if (byteLength(stem + suffix) <= NAME_MAX) return stem + suffix;
  const hash = createHash('sha256').update(fsPath(stem)).digest('hex').slice(0, 8);
  return `${cutTo(stem, NAME_MAX - byteLength(suffix) - 10)}~${hash}${suffix}`;
}

/** The `.error.txt` beside a file moved to failed/, named so it fits whatever the file's name. */
export function errorFileFor(moved: string): string {
  return path.join(path.dirname(moved), fittingName(path.basename(moved), '.error.txt'));
}

/** `dest`, or `name (2).ext`, `name (3).ext`... when a file of that name is already there. */
async function freeName(dest: string): Promise<string> {
  const dir = path.dirname(dest);
  const ext = path.extname(dest);
  const stem = path.basename(dest, ext);
  for (let n = 1; ; n++) {
    const candidate = path.join(dir, fittingName(n === 1 ? stem : `${stem} (${n})`, ext));
    if (!(await lstatOrNull(candidate))) return candidate;
  }
}

/**
 * Moves `file` (somewhere under `root`) to the same relative place under `targetDir`; returns the
 * new path. Only a regular file whose folder really is inside `root` is moved: a name that leads
 * out of it through a linked folder is refused, so nothing outside the drop folder is ever moved.
 * Across file systems (docker volumes) rename fails with EXDEV: copy, then delete.
 */
export async function moveInto(file: string, root: string, targetDir: string): Promise<string> {
  const stat = await lstatOrNull(file);
  if (!stat?.isFile()) throw new Error('it is no longer a regular file; not moved');
  const [realRoot, realDir] = await Promise.all([fs.realpath(fsPath(root), 'buffer'), fs.realpath(fsPath(path.dirname(file)), 'buffer')]);
  if (!isInside(realDir.toString('latin1'), realRoot.toString('latin1'))) throw new Error('its folder leads outside the watched folder; not moved');
  const dest = await freeName(path.join(targetDir, path.relative(root, file)));
  await fs.mkdir(fsPath(path.dirname(dest)), { recursive: true });
  try {
    await fs.rename(fsPath(file), fsPath(dest));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    await fs.copyFile(fsPath(file), fsPath(dest));
    await fs.unlink(fsPath(file));
  }
  return dest;
}
