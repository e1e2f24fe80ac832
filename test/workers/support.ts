/**
 * What the queue tests share: the real Redis (TEST_REDIS_URL, else 127.0.0.1:6379) under a key
 * prefix of their own, removed afterwards; the compiled CLI (the workers and their extraction
 * threads run compiled JavaScript, so these tests compile first when it is stale);
 * and real `protokoll worker` processes.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Redis } from 'ioredis';
import { REPO } from '../pipelines/support.js';

// TEST_REDIS_URL, not REDIS_URL: REDIS_URL in the environment would switch every CLI run in other
// tests from in-process to the queue
export const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
/**
 * The tests' own build, not dist/: other people rebuild dist/ while these tests run (and these
 * tests must not rewrite it under them). Inside the repository, so node_modules resolves.
 */
export const BUILD = path.join(REPO, 'node_modules', '.cache', 'protokoll-queue-tests', 'dist');
export const CLI = path.join(BUILD, 'cli.js');

export function testPrefix(label: string): string {
  return `protokoll-test-${label}-${process.pid}-${Date.now().toString(36)}`;
}

/** Deletes every key under the prefix (the queues, their jobs, events and schedulers). */
export async function removePrefix(prefix: string): Promise<void> {
  const redis = new Redis(REDIS_URL);
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      cursor = next;
      if (keys.length > 0) await redis.del(...keys);
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

/**
 * Compiles the sources into BUILD when any is newer than the last build. Type errors elsewhere in
 * the tree (work in progress) do not stop tsc from emitting JavaScript, so its exit code is not
 * the test; the compiled files being there is. Test files run in parallel: a lock folder makes
 * them build one at a time.
 */
export async function ensureBuilt(): Promise<void> {
  const stamp = path.join(BUILD, '.built');
  const fresh = () =>
    existsSync(stamp) &&
    existsSync(path.join(BUILD, 'workers', 'extract-processor.js')) &&
    statSync(stamp).mtimeMs >= Math.max(...['src', 'pipelines', 'workers'].map((d) => newestSource(path.join(REPO, d))));
  if (fresh()) return;
  const lock = `${BUILD}.lock`;
  mkdirSync(path.dirname(lock), { recursive: true });
  const started = Date.now();
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (Date.now() - started > 120_000) rmdirSync(lock); // left behind by a killed run
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  try {
    if (fresh()) return;
    const builtAt = Date.now();
    const tsc = spawnSync(process.execPath, [path.join(REPO, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json', '--outDir', BUILD], { cwd: REPO, encoding: 'utf8' });
    if (!existsSync(path.join(BUILD, 'src', 'cli.js')) || !existsSync(path.join(BUILD, 'workers', 'extract-processor.js'))) {
      throw new Error(`compiling failed:\n${tsc.stdout}${tsc.stderr}`);
    }
    // the same entry point as scripts/postbuild.mjs writes for dist/
    writeFileSync(CLI, "import { main } from './src/cli.js';\nmain(process.argv).catch((error) => {\n  process.stderr.write(`protokoll: ${error instanceof Error ? error.message : String(error)}\\n`);\n  process.exitCode = 2;\n});\n");
    writeFileSync(stamp, new Date(builtAt).toISOString());
    utimesSync(stamp, builtAt / 1000, builtAt / 1000); // sources saved during the build make it stale
  } finally {
    rmdirSync(lock);
  }
}

/** The environment for a child: this test's Redis and prefix, and no store database of its own. */
export function childEnv(prefix: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, REDIS_URL, PROTOKOLL_QUEUE_PREFIX: prefix, ...extra };
  delete env.DATABASE_URL;
  delete env.NODE_OPTIONS; // vitest's loader hooks are not for the children
  return env;
}

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], env: NodeJS.ProcessEnv, timeoutMs = 30_000): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: REPO, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`protokoll ${args.join(' ')} did not finish in ${timeoutMs} ms\n${stdout}\n${stderr}`));
    }, timeoutMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

export interface WorkerProcess {
  pid: number;
  child: ChildProcess;
  log(): string;
  /** resolves with the exit code or signal once the process is gone */
  exited: Promise<string>;
  stop(signal?: NodeJS.Signals): Promise<string>;
}

/** Starts `protokoll worker` and resolves once it consumes (it logs "consuming"). */
export async function startWorker(prefix: string, args: string[] = []): Promise<WorkerProcess> {
  const child = spawn(process.execPath, [CLI, 'worker', ...args], { cwd: REPO, env: childEnv(prefix) });
  let log = '';
  child.stdout!.on('data', (d: Buffer) => (log += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (log += d.toString()));
  const exited = new Promise<string>((resolve) => child.on('exit', (code, signal) => resolve(signal ?? String(code))));
  const ready = new Promise<void>((resolve, reject) => {
    const check = () => {
      if (log.includes('consuming')) resolve();
      else if (child.exitCode !== null) reject(new Error(`worker exited early:\n${log}`));
      else setTimeout(check, 25);
    };
    check();
  });
  await Promise.race([ready, new Promise((_, reject) => setTimeout(() => reject(new Error(`worker not ready in 15 s:\n${log}`)), 15_000))]);
  return {
    pid: child.pid!,
    child,
    log: () => log,
    exited,
    stop: async (signal = 'SIGTERM') => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}
