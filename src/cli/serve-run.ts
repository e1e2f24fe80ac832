/** The body of `protokoll serve` (serve.ts registers the command without loading the web app). */
import { queuePrefixFrom, redisUrlFrom } from '../queue/config.js';
import { checkRole } from '../store/users.js';
import { createWebApp } from '../web/start.js';
import type { ServeCliOptions } from './serve.js';
import { openStoreForCli, UsageError } from './store-access.js';

export async function runServe(opts: ServeCliOptions): Promise<number> {
  let store;
  try {
    if (!['auto', 'always', 'never'].includes(opts.secureCookies)) throw new UsageError(`--secure-cookies takes auto, always or never, not "${opts.secureCookies}"`);
    if (opts.authHeader && !opts.trustedProxy?.length) throw new UsageError('--auth-header needs --trusted-proxy: the header is believed only from the proxy\'s address');
    const proxyRole = checkRole(opts.proxyRole);
    store = await openStoreForCli(opts);
    const redisUrl = redisUrlFrom(opts.redis);
    const { app, deps } = await createWebApp({
      store, host: opts.host, uploadsDir: opts.uploads, redisUrl, queuePrefix: queuePrefixFrom(opts.prefix),
      proxyHeader: opts.authHeader, trustedProxies: opts.trustedProxy, proxyRole,
      secureCookies: opts.secureCookies as 'auto' | 'always' | 'never', sessionHours: opts.sessionHours,
      requireLogin: opts.requireLogin, logger: opts.log,
    });
    const address = await app.listen({ port: opts.port, host: opts.host });
    const loginNote = deps.access.loginRequired
      ? ' (login required: add users with "protokoll user add")' : '';
    process.stderr.write(`protokoll: serving ${opts.records} at ${address.replace('0.0.0.0', 'localhost')}${loginNote}; stop with Ctrl+C\n`);
    await new Promise<void>((resolve) => {
      const stop = () => resolve();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    await app.close();
    return 0;
  } catch (error) {
    process.stderr.write(`protokoll: ${error instanceof Error ? error.message : String(error)}\n`);
    return error instanceof UsageError || (error as NodeJS.ErrnoException).code === 'EADDRINUSE' ? 1 : 2;
  } finally {
    await store?.close();
  }
}
