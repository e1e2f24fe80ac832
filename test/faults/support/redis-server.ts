/**
 * A redis-server of the test's own, on a free loopback port, as a child process the test can
 * kill and start again (same port, same data folder): for restarts, passwords and TLS without
 * touching the machine's Redis. Persistence is AOF with fsync on every write, as a production
 * Redis for queues should be (docker-compose.yml), so a restart loses nothing that was written.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Redis } from 'ioredis';
import { requirement } from '../../support/requirements.js';

export interface RedisServerOptions {
  password?: string;
  /** serve TLS only, with these files (PEM) */
  tls?: { cert: string; key: string; ca: string };
}

export interface RedisServer {
  url: string;
  port: number;
  dir: string;
  /** kills the server (SIGKILL: a crash; SIGTERM: a clean shutdown) and waits until it is gone */
  stop(signal?: NodeJS.Signals): Promise<void>;
  /** starts it again on the same port with the same data */
  start(): Promise<void>;
  /** stops it for good and removes its data */
  remove(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export function hasRedisServer(): boolean {
  return requirement((process.env.PATH ?? '').split(path.delimiter).some((dir) => existsSync(path.join(dir, 'redis-server'))), 'redis-server, to start Redis servers of their own (apt-get install redis-server)');
}

async function until(probe: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await probe())) {
    if (Date.now() > end) throw new Error(`${what} not within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export async function startRedisServer(options: RedisServerOptions = {}): Promise<RedisServer> {
  const port = await freePort();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'protokoll-redis-'));
  const args = ['--bind', '127.0.0.1', '--save', '', '--appendonly', 'yes', '--appendfsync', 'always', '--dir', dir, '--maxmemory-policy', 'noeviction'];
  if (options.password) args.push('--requirepass', options.password);
  if (options.tls) args.push('--port', '0', '--tls-port', String(port), '--tls-cert-file', options.tls.cert, '--tls-key-file', options.tls.key, '--tls-ca-cert-file', options.tls.ca, '--tls-auth-clients', 'no');
  else args.push('--port', String(port));
  const auth = options.password ? `:${encodeURIComponent(options.password)}@` : '';
  const url = `${options.tls ? 'rediss' : 'redis'}://${auth}127.0.0.1:${port}`;

  let child: ChildProcess | undefined;
  let exited: Promise<void> = Promise.resolve();
  const answers = async () => {
    const probe = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null, enableOfflineQueue: false, connectTimeout: 500, tls: options.tls ? { ca: readFileSync(options.tls.ca) } : undefined });
    probe.on('error', () => {});
    try {
      await probe.connect();
      return (await probe.ping()) === 'PONG';
    } catch {
      return false;
    } finally {
      probe.disconnect();
    }
  };
  const server: RedisServer = {
    url,
    port,
    dir,
    async start() {
      child = spawn('redis-server', args, { stdio: 'ignore' });
      exited = new Promise((resolve) => child!.once('exit', () => resolve()));
      await until(answers, 10_000, `redis-server on port ${port}`);
    },
    async stop(signal = 'SIGKILL') {
      if (child && child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
    async remove() {
      await server.stop('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    },
  };
  await server.start();
  return server;
}
