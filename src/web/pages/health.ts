/**
 * For IT: GET /healthz (the store answers, and Redis when used: 200, else 503 with what failed)
 * and GET /metrics (Prometheus text). Neither needs a login nor shows any minutes' content.
 */
import type { FastifyInstance } from 'fastify';
import { Redis } from 'ioredis';
import { QueueClient } from '../../queue/client.js';
import type { WebDeps } from '../deps.js';

async function redisReachable(url: string): Promise<string | null> {
  const redis = new Redis(url, { lazyConnect: true, connectTimeout: 2000, maxRetriesPerRequest: 0, retryStrategy: () => null, enableOfflineQueue: false });
  redis.on('error', () => undefined);
  try {
    await redis.connect();
    await redis.ping();
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    redis.disconnect();
  }
}

export function registerHealth(app: FastifyInstance, deps: WebDeps): void {
  app.get('/healthz', async (_req, reply) => {
    const checks: Record<string, string> = {};
    try {
      await deps.store.db.all('SELECT 1 AS ok');
      checks.store = 'ok';
    } catch (error) {
      checks.store = `failed: ${error instanceof Error ? error.message : String(error)}`;
    }
    if (deps.redisUrl) {
      const failure = await redisReachable(deps.redisUrl);
      checks.redis = failure ? `failed: ${failure}` : 'ok';
    }
    const ok = Object.values(checks).every((v) => v === 'ok');
    reply.code(ok ? 200 : 503);
    return { status: ok ? 'ok' : 'failing', checks };
  });

  if (deps.redisUrl) {
    const queues = new QueueClient({ url: deps.redisUrl, prefix: deps.queuePrefix ?? 'protokoll' });
    deps.metrics.countQueuesWith(() => queues.depths());
    app.addHook('onClose', async () => {
      await queues.close();
    });
  }
  app.get('/metrics', async (_req, reply) => {
    reply.type(deps.metrics.registry.contentType);
    return deps.metrics.registry.metrics();
  });
}
