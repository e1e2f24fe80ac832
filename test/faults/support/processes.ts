/**
 * Real `protokoll worker` processes (the compiled CLI the queue tests build) against a Redis the
 * test chooses, with their logs kept for the assertions, and a sampler of their memory.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { CLI } from '../../workers/support.js';
import { REPO } from '../../pipelines/support.js';

export interface Worker {
  pid: number;
  child: ChildProcess;
  log(): string;
  exited: Promise<string>;
  stop(signal?: NodeJS.Signals): Promise<string>;
}

/** The environment for a child: this Redis and prefix, no store database, no limits of the caller's. */
export function envFor(redisUrl: string, prefix: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of ['NODE_OPTIONS', 'DATABASE_URL', 'TEST_REDIS_URL']) delete env[name];
  for (const name of Object.keys(env)) if (name.startsWith('PROTOKOLL_')) delete env[name];
  return { ...env, REDIS_URL: redisUrl, PROTOKOLL_QUEUE_PREFIX: prefix, ...extra };
}

export async function startWorker(env: NodeJS.ProcessEnv, args: string[] = []): Promise<Worker> {
  const child = spawn(process.execPath, [CLI, 'worker', ...args], { cwd: REPO, env });
  let log = '';
  child.stdout!.on('data', (d: Buffer) => (log += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (log += d.toString()));
  const exited = new Promise<string>((resolve) => child.on('exit', (code, signal) => resolve(signal ?? String(code))));
  const end = Date.now() + 20_000;
  while (!log.includes('consuming')) {
    if (child.exitCode !== null) throw new Error(`worker exited early:\n${log}`);
    if (Date.now() > end) {
      child.kill('SIGKILL');
      throw new Error(`worker not ready in 20 s:\n${log}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return {
    pid: child.pid!,
    child,
    log: () => log,
    exited,
    stop: async (signal = 'SIGKILL') => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}

/** Resident memory of a process in MiB (Linux /proc), or null once it is gone. */
export function rssMib(pid: number): number | null {
  try {
    const match = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : null;
  } catch {
    return null;
  }
}
