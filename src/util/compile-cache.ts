/**
 * V8's compile cache on disk for protokoll's modules and its dependencies' (Node 22.1 and later,
 * `module.enableCompileCache`): a run after the first loads the code of pdf.js, chrono, zod and
 * the pipeline from the cache instead of compiling it again, in the CLI's process and in each
 * extraction thread (through `NODE_COMPILE_CACHE`, which worker threads read when they start).
 * On Node 20 there is no such cache and this does nothing.
 *
 * The folder: `PROTOKOLL_COMPILE_CACHE` when set ("off" or "0": no cache), else
 * `protokoll-compile-cache-<uid>` in the OS temp folder. A cache set up with Node's own
 * `NODE_COMPILE_CACHE` stays as it is, and `NODE_DISABLE_COMPILE_CACHE=1` turns it off. A cache
 * that cannot be used (the folder cannot be made or written, or belongs to another user) is
 * simply not used: it never fails a run.
 */
import { mkdirSync, statSync } from 'node:fs';
import module from 'node:module';
import os from 'node:os';
import path from 'node:path';

interface CacheResult {
  status: number;
  message?: string;
  directory?: string;
}

type EnableCompileCache = (directory?: string) => CacheResult;

/** Node's `module.enableCompileCache` where the running Node has it (22.1 and later). */
const NODE_ENABLE = (module as unknown as { enableCompileCache?: EnableCompileCache }).enableCompileCache;

/**
 * Turns the cache on for this process and, through `env.NODE_COMPILE_CACHE`, for the worker
 * threads and child processes it starts later. Returns the cache's folder, or null when there is
 * none (Node 20, turned off, or not usable). Never throws.
 */
export function enableCompileCache(env: NodeJS.ProcessEnv = process.env, enable: EnableCompileCache | null = NODE_ENABLE ?? null): string | null {
  if (typeof enable !== 'function' || env.NODE_DISABLE_COMPILE_CACHE) return null;
  // Node turned on the user's own cache when it started
  if (env.NODE_COMPILE_CACHE) return env.NODE_COMPILE_CACHE;
  const setting = env.PROTOKOLL_COMPILE_CACHE?.trim();
  if (setting === 'off' || setting === '0') return null;
  try {
    const uid = process.getuid?.();
    const directory = setting ? path.resolve(setting) : path.join(os.tmpdir(), `protokoll-compile-cache${uid === undefined ? '' : `-${uid}`}`);
    // made private to this user; one that another user made (in a shared temp folder) is not used:
    // compiled code from it would run here
    mkdirSync(directory, { recursive: true, mode: 0o700 });
    if (uid !== undefined && statSync(directory).uid !== uid) return null;
    const enabled = enable(directory).directory ?? null;
    // worker threads (and child processes) start their own cache from the environment: Node does
    // not pass on the one turned on here
    if (enabled) env.NODE_COMPILE_CACHE ??= enabled;
    return enabled;
  } catch {
    return null;
  }
}
