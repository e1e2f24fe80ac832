/**
 * `/healthz` and `/metrics` on an optional port (`--metrics-port`, PROTOKOLL_METRICS_PORT) for
 * compose healthchecks and Prometheus. /healthz answers 200 with {"status":"ok",...} while the
 * service's own check passes (its Redis answers, its folder is watched) and 503 with the reason
 * when it does not. Nothing else is served; nothing from the request is echoed.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Metrics } from './metrics.js';

export interface Health {
  ok: boolean;
  /** what was checked, e.g. { redis: "ok" } or { redis: "does not answer" } */
  checks: Record<string, string>;
}

export interface ObserveServerOptions {
  port: number;
  /** default 0.0.0.0 (inside a container); 127.0.0.1 keeps it on this machine */
  host?: string;
  metrics: Metrics;
  health: () => Promise<Health>;
}

export interface ObserveServer {
  port: number;
  close(): Promise<void>;
}

/** A port given on the command line or in the environment; 0 means any free port (tests). */
export function metricsPortFrom(option: number | undefined, env: NodeJS.ProcessEnv = process.env): number | undefined {
  if (option !== undefined) return option;
  const raw = env.PROTOKOLL_METRICS_PORT?.trim();
  if (!raw) return undefined;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PROTOKOLL_METRICS_PORT must be a port number, not "${raw}"`);
  return port;
}

export async function startObserveServer(opts: ObserveServerOptions): Promise<ObserveServer> {
  const server: Server = createServer((req, res) => {
    const url = (req.url ?? '/').split('?')[0];
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    if (url === '/healthz') {
      opts.health().then(
        (h) => res.writeHead(h.ok ? 200 : 503, { 'content-type': 'application/json' }).end(JSON.stringify({ status: h.ok ? 'ok' : 'failing', ...h.checks })),
        (error: unknown) => res.writeHead(503, { 'content-type': 'application/json' }).end(JSON.stringify({ status: 'failing', error: error instanceof Error ? error.message : String(error) })),
      );
    } else if (url === '/metrics') {
      opts.metrics.text().then(
        (text) => res.writeHead(200, { 'content-type': opts.metrics.contentType }).end(text),
        (error: unknown) => res.writeHead(500, { 'content-type': 'text/plain' }).end(`metrics failed: ${error instanceof Error ? error.message : String(error)}\n`),
      );
    } else {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found: try /healthz or /metrics\n');
    }
  });
  // a scrape must not hold the service's shutdown
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, opts.host ?? '0.0.0.0', () => resolve());
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}
