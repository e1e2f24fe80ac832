/**
 * With REDIS_URL: the BullMQ queues (scan, extract, store) in bull-board at /admin/queues, for
 * administrators only. Its changes (retry, clean) pass the same CSRF checks as every other POST.
 */
import type { FastifyInstance } from 'fastify';
import { Queue } from 'bullmq';
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter } from '@bull-board/fastify';
import { connectionOptions } from '../queue/client.js';
import { QUEUES } from '../queue/config.js';

export const DASHBOARD_PATH = '/admin/queues';

export async function mountQueueDashboard(app: FastifyInstance, redisUrl: string, prefix: string): Promise<void> {
  const queues = Object.values(QUEUES).map((name) => new Queue(name, { connection: connectionOptions(redisUrl), prefix }));
  // Redis being away is /healthz's to report; the dashboard shows it when opened
  for (const q of queues) q.on('error', () => undefined);
  const adapter = new FastifyAdapter();
  createBullBoard({ queues: queues.map((q) => new BullMQAdapter(q)), serverAdapter: adapter, options: { uiConfig: { boardTitle: 'protokoll' } } });
  adapter.setBasePath(DASHBOARD_PATH);
  await app.register(async (scope) => {
    scope.addHook('onRequest', async (req, reply) => {
      if (req.visitor?.role !== 'admin') return reply.code(403).send({ error: 'the queue dashboard is for administrators' });
    });
    await scope.register(adapter.registerPlugin(), { prefix: DASHBOARD_PATH });
  });
  app.addHook('onClose', async () => {
    await Promise.all(queues.map((q) => q.close()));
  });
}
