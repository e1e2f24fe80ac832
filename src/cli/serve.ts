/**
 * `protokoll serve`: the web app on the same store as the CLI. Loaded only when run: Fastify and
 * the pages are not the other commands' concern.
 */
import { InvalidArgumentError, type Command } from 'commander';
import { addStoreOptions, type StoreCliOptions } from './store-access.js';

export interface ServeCliOptions extends StoreCliOptions {
  port: number;
  host: string;
  uploads?: string | false;
  redis?: string;
  prefix?: string;
  authHeader?: string;
  trustedProxy?: string[];
  proxyRole: string;
  secureCookies: string;
  sessionHours: number;
  requireLogin?: boolean;
  log?: boolean;
}

function port(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError('expected a port number, 0 to 65535');
  return n;
}

function hours(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0 || n > 24 * 90) throw new InvalidArgumentError('expected a number of hours above 0');
  return n;
}

export function registerServe(program: Command): void {
  addStoreOptions(
    program
      .command('serve')
      .description('the web app: search, follow-up, meetings beside their source, review and upload (http://127.0.0.1:8080)')
      .option('--port <n>', 'port to listen on', port, 8080)
      .option('--host <address>', 'address to listen on; on any other than 127.0.0.1 / localhost a login is required', '127.0.0.1')
      .option('--uploads <dir>', 'folder uploaded minutes are kept in (default: <records>/uploads)')
      .option('--no-uploads', 'turn uploading off')
      .option('--redis <url>', 'queue uploads for `protokoll worker`s, check Redis in /healthz and show the queue dashboard to administrators (default: $REDIS_URL)')
      .option('--prefix <prefix>', 'BullMQ key prefix (default: $PROTOKOLL_QUEUE_PREFIX or "protokoll")')
      .option('--auth-header <name>', 'a header with the logged-in user\'s name, set by a trusted reverse proxy (single sign-on), e.g. X-Remote-User')
      .option('--trusted-proxy <address...>', 'addresses of the reverse proxy: only requests from these may carry --auth-header, and X-Forwarded-Proto/-For are believed from them')
      .option('--proxy-role <role>', 'role of a single sign-on user without a local account: reader, editor or admin', 'reader')
      .option('--secure-cookies <when>', 'Secure cookies: auto (when the request came over HTTPS), always, never', 'auto')
      .option('--session-hours <n>', 'how long a login lasts', hours, 12)
      .option('--require-login', 'require a login even on 127.0.0.1 (a reverse proxy on the same machine)')
      .option('--log', 'log every request (JSON lines on standard output)'),
  ).action(async (opts: ServeCliOptions) => {
    const { runServe } = await import('./serve-run.js');
    process.exitCode = await runServe(opts);
  });
}
