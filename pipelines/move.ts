/** Moving files out of the drop folder once processed (`watch --move-done/--move-failed`). */
import { promises as fs } from 'node:fs';
import path from 'node:path';

/** `dest`, or `name (2).ext`, `name (3).ext`... when a file of that name is already there. */
async function freeName(dest: string): Promise<string> {
  const ext = path.extname(dest);
  const stem = dest.slice(0, dest.length - ext.length);
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? dest : `${stem} (${n})${ext}`;
    const taken = await fs.access(candidate).then(
      () => true,
      () => false,
    );
    if (!taken) return candidate;
  }
}

/**
 * Moves `file` (somewhere under `root`) to the same relative place under `targetDir`; returns the
 * new path. Across file systems (docker volumes) rename fails with EXDEV: copy, then delete.
 */
export async function moveInto(file: string, root: string, targetDir: string): Promise<string> {
  const dest = await freeName(path.join(targetDir, path.relative(root, file)));
  await fs.mkdir(path.dirname(dest), { recursive: true });
  try {
    await fs.rename(file, dest);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    await fs.copyFile(file, dest);
    await fs.unlink(file);
  }
  return dest;
}
