/** Puts the web app together from its settings: the one place `protokoll serve` and tests share. */
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Store } from '../store/store.js';
import type { Role } from '../store/users.js';
import { isLoopback, type AccessOptions } from './access.js';
import type { WebDeps } from './deps.js';
import { createWebMetrics } from './metrics.js';
import { mountQueueDashboard } from './queue-dashboard.js';
import { buildServer } from './server.js';
import { Uploader } from './upload-runner.js';

export interface WebSettings {
  store: Store;
  host: string;
  /** false: no uploads; default <records>/uploads */
  uploadsDir?: string | false;
  redisUrl?: string;
  queuePrefix?: string;
  proxyHeader?: string;
  trustedProxies?: string[];
  proxyRole?: Role;
  secureCookies?: AccessOptions['secureCookies'];
  sessionHours?: number;
  /** require a login even on a loopback address (behind a reverse proxy on the same machine) */
  requireLogin?: boolean;
  uploadThreads?: number;
  logger?: boolean;
}

export async function createWebApp(settings: WebSettings): Promise<{ app: FastifyInstance; deps: WebDeps }> {
  const metrics = createWebMetrics();
  const uploadsDir = settings.uploadsDir === false ? null : path.resolve(settings.uploadsDir ?? path.join(settings.store.recordsDir, 'uploads'));
  const deps: WebDeps = {
    store: settings.store,
    access: {
      loginRequired: settings.requireLogin === true || !isLoopback(settings.host),
      proxyHeader: settings.proxyHeader?.toLowerCase(),
      trustedProxies: settings.trustedProxies ?? [],
      proxyRole: settings.proxyRole ?? 'reader',
      secureCookies: settings.secureCookies ?? 'auto',
      sessionHours: settings.sessionHours ?? 12,
    },
    metrics,
    uploader: uploadsDir
      ? new Uploader({ recordsDir: path.resolve(settings.store.recordsDir), uploadsDir, redisUrl: settings.redisUrl, queuePrefix: settings.queuePrefix, threads: settings.uploadThreads ?? 2, metrics })
      : null,
    redisUrl: settings.redisUrl,
    queuePrefix: settings.queuePrefix,
  };
  const app = await buildServer(deps, {
    logger: settings.logger,
    extraRoutes: settings.redisUrl ? (a) => mountQueueDashboard(a, settings.redisUrl!, settings.queuePrefix ?? 'protokoll') : undefined,
  });
  return { app, deps };
}
