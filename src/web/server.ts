/**
 * The web app: Fastify with server-rendered pages and a JSON API over the same store, follow-up
 * and search functions as the CLI. Every request is identified first (access.ts); every change
 * is checked for its CSRF token and the visitor's role before its route runs.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import fastifyCookie from '@fastify/cookie';
import fastifyFormbody from '@fastify/formbody';
import fastifyMultipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import { DEFAULT_LIMITS } from '../limits/settings.js';
import { ensureUserTables } from '../store/users.js';
import { canChange, csrfRefusal, identify, isLoopback } from './access.js';
import type { WebDeps } from './deps.js';
import { Forbidden, NotFound } from './errors.js';
import { InputError } from './filters.js';
import { html } from './html.js';
import { translator } from './i18n.js';
import { layout } from './layout.js';
import { registerFollowup } from './pages/followup.js';
import { registerHealth } from './pages/health.js';
import { registerLogin } from './pages/login.js';
import { registerMeeting } from './pages/meeting.js';
import { registerReview } from './pages/review.js';
import { registerSearch } from './pages/search.js';
import { registerTaskRoutes } from './pages/task-forms.js';
import { registerUpload } from './pages/upload.js';
import { langOf, pageContext } from './request.js';

const here = path.dirname(fileURLToPath(import.meta.url));

/** Paths anyone may GET without logging in: the login page, browser files, and IT's endpoints */
function isPublic(url: string): boolean {
  return /^\/(login|healthz|metrics)(\?|$)/.test(url) || url.startsWith('/static/') || url.startsWith('/vendor/');
}

const CSP = [
  "default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self' data: blob:", "worker-src 'self' blob:",
  "connect-src 'self'", "object-src 'none'", "frame-ancestors 'none'", "base-uri 'none'", "form-action 'self'",
].join('; ');

const isApi = (req: FastifyRequest) => req.url.startsWith('/api/');

export interface ServerOptions {
  /** log requests (pino, Fastify's logger) */
  logger?: boolean;
  /** mounted before the routes are ready, e.g. the queue dashboard (admins only) */
  extraRoutes?: (app: FastifyInstance) => Promise<void>;
}

export async function buildServer(deps: WebDeps, options: ServerOptions = {}): Promise<FastifyInstance> {
  await ensureUserTables(deps.store.db);
  const app = Fastify({
    logger: options.logger ?? false,
    trustProxy: deps.access.trustedProxies.length > 0 ? deps.access.trustedProxies : false,
    bodyLimit: 1024 * 1024,
  });
  await app.register(fastifyCookie);
  await app.register(fastifyFormbody, { bodyLimit: 64 * 1024 });
  await app.register(fastifyMultipart, { limits: { fileSize: DEFAULT_LIMITS.maxFileBytes, files: 60, fields: 20, fieldSize: 4096, parts: 100 } });
  await app.register(fastifyStatic, { root: path.join(here, 'static'), prefix: '/static/', decorateReply: false, maxAge: '1h' });
  // pdf.js from the installed package, never a CDN
  const pdfjsRoot = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  await app.register(fastifyStatic, { root: pdfjsRoot, prefix: '/vendor/pdfjs/', decorateReply: false, maxAge: '1d', allowedPath: (p) => /^\/(build|cmaps|standard_fonts)\//.test(p) });

  app.decorateRequest('visitor', null as never);
  app.decorateRequest('lang', 'sv');

  app.addHook('onRequest', async (req, reply) => {
    // without a login the app trusts whoever reaches it on this machine: a request that names
    // another host (a web page's name rebound to 127.0.0.1) is not from this machine's own pages
    if (!deps.access.loginRequired && !isLoopback(req.hostname.replace(/^\[|\]$/gu, ''))) {
      return reply.code(421).type('text/plain; charset=utf-8').send('this server answers only to its own loopback name (localhost, 127.0.0.1); start it with --host to serve others, with logins');
    }
    req.lang = langOf(req);
    (req as { startedAt?: number }).startedAt = performance.now();
    reply.header('x-frame-options', 'DENY');
    reply.header('referrer-policy', 'same-origin');
    reply.header('x-content-type-options', 'nosniff');
    // our own scripts, styles and pdf.js only; no inline script can run even if one slipped into a page
    if (!req.url.startsWith('/admin/queues')) reply.header('content-security-policy', CSP);
    if (req.url.startsWith('/static/') || req.url.startsWith('/vendor/') || /^\/(healthz|metrics)(\?|$)/.test(req.url)) {
      req.visitor = { user: null, role: null, via: 'none', csrf: '' };
      return;
    }
    req.visitor = await identify(req, reply, deps.store.db, deps.access);
    if (req.visitor.role === null && !isPublic(req.url)) {
      if (isApi(req) || req.method !== 'GET') return reply.code(401).send({ error: 'log in first (POST /login), or use the reverse proxy that logs you in' });
      return reply.redirect(`/login?next=${encodeURIComponent(req.url)}`, 303);
    }
  });

  // every change: CSRF first (multipart uploads check their token in the route, before any file
  // is saved), then the role
  // (answered here rather than thrown: a plugin with an error handler of its own, bull-board, must
  // not turn a refusal into a 500)
  app.addHook('preHandler', async (req, reply) => {
    if (req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS') return;
    // only the upload routes check a multipart form's token themselves, before saving any file
    const multipart = req.isMultipart() && /^\/(?:api\/)?upload(?:\?|$)/u.test(req.url);
    const body = (req.body ?? {}) as Record<string, unknown>;
    const token = typeof req.headers['x-csrf-token'] === 'string' ? req.headers['x-csrf-token'] : typeof body._csrf === 'string' ? body._csrf : undefined;
    // multipart: the Origin checks here (the visitor's own token stands in), the token in the route
    const refusal = csrfRefusal(req, req.visitor, multipart ? req.visitor.csrf : token);
    if (refusal) return errorAnswer(req, reply, deps, 403, refusal);
    if (req.url === '/login' || req.url === '/logout') return;
    if (!canChange(req.visitor)) return errorAnswer(req, reply, deps, 403, `${req.visitor.user ?? 'this user'} may read but not change (role ${req.visitor.role})`);
  });

  app.addHook('onResponse', async (req, reply) => {
    const started = (req as { startedAt?: number }).startedAt;
    if (started !== undefined) deps.metrics.observeRequest(req.routeOptions.url ?? 'unmatched', req.method, reply.statusCode, (performance.now() - started) / 1000);
  });

  app.setErrorHandler(async (error: Error & { statusCode?: number; code?: string }, req, reply) => {
    const status = error instanceof NotFound ? 404
      : error instanceof Forbidden ? 403
      : error instanceof InputError ? 400
      : error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode
      : 500;
    const message = status === 500 ? 'something went wrong on the server (see its log)' : error.message;
    if (status === 500) req.log.error(error);
    if (status === 500 && !options.logger) process.stderr.write(`protokoll serve: ${req.method} ${req.url}: ${error.stack ?? error.message}\n`);
    return errorAnswer(req, reply, deps, status, message);
  });
  app.setNotFoundHandler(async (req, reply) => errorAnswer(req, reply, deps, 404, translator(req.lang)('notFound')));

  registerHealth(app, deps);
  registerLogin(app, deps);
  registerSearch(app, deps);
  registerFollowup(app, deps);
  registerMeeting(app, deps);
  registerTaskRoutes(app, deps);
  registerUpload(app, deps);
  registerReview(app, deps);
  if (options.extraRoutes) await options.extraRoutes(app);
  app.addHook('onClose', async () => {
    await deps.uploader?.close();
  });
  return app;
}

function errorAnswer(req: FastifyRequest, reply: FastifyReply, deps: WebDeps, status: number, message: string) {
  reply.code(status);
  const wantsHtml = !isApi(req) && (req.headers.accept ?? '').includes('text/html') && req.visitor;
  if (!wantsHtml) return reply.send({ error: message });
  const ctx = pageContext(req, deps);
  const title = status === 404 ? ctx.t('notFound') : status === 403 ? ctx.t('forbidden') : ctx.t('error');
  return reply.type('text/html; charset=utf-8').send(layout(ctx, title, 'none', html`<p class="error" role="alert">${message}</p>`));
}
