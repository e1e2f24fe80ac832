/**
 * "Completely written" for a file someone is still copying in: its size and mtime stay the same
 * over an interval. chokidar's awaitWriteFinish already waits for that before it reports a file;
 * this check runs again right before reading, because a copy that pauses (a slow share, a large
 * file over VPN) can look finished to one check and not to the next.
 */
import { promises as fs } from 'node:fs';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Resolves true once the file is stable, false if it disappeared meanwhile. */
export async function waitUntilStable(file: string, intervalMs: number): Promise<boolean> {
  let before = await fs.stat(file).catch(() => null);
  for (;;) {
    if (!before) return false;
    await sleep(intervalMs);
    const after = await fs.stat(file).catch(() => null);
    if (!after) return false;
    if (after.size === before.size && after.mtimeMs === before.mtimeMs) return true;
    before = after;
  }
}
