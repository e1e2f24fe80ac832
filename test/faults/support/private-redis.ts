/**
 * The setup the fault suites share: the compiled CLI, a temporary folder, a redis-server of the
 * suite's own (so it can be killed and restarted), and the worker processes a test starts, all
 * torn down afterwards whatever happened.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { ensureBuilt } from '../../workers/support.js';
import type { Worker } from './processes.js';
import { startRedisServer, type RedisServer } from './redis-server.js';

export interface FaultSuite {
  /** the suite's temporary folder */
  base: string;
  server: RedisServer;
  /** workers pushed here are SIGKILLed after the suite */
  workers: Worker[];
}

export function privateRedisSuite(name: string): FaultSuite {
  const suite = { base: '', server: undefined as unknown as RedisServer, workers: [] as Worker[] };
  beforeAll(async () => {
    await ensureBuilt();
    suite.base = mkdtempSync(path.join(os.tmpdir(), `protokoll-${name}-`));
    suite.server = await startRedisServer();
  }, 180_000);
  afterAll(async () => {
    await Promise.all(suite.workers.map((w) => w.stop('SIGKILL')));
    await suite.server?.remove();
    if (suite.base) rmSync(suite.base, { recursive: true, force: true });
  });
  return suite;
}
