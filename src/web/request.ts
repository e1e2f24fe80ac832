/** What each request carries once identified: its visitor and language. */
import type { FastifyRequest } from 'fastify';
import type { Visitor } from './access.js';
import type { WebDeps } from './deps.js';
import { pickLang, translator, type Lang } from './i18n.js';
import type { PageContext } from './layout.js';

declare module 'fastify' {
  interface FastifyRequest {
    visitor: Visitor;
    lang: Lang;
  }
}

export function langOf(req: FastifyRequest): Lang {
  return pickLang((req.query as Record<string, unknown> | undefined)?.lang, req.headers['accept-language']);
}

export function pageContext(req: FastifyRequest, deps: WebDeps): PageContext {
  return { lang: req.lang, t: translator(req.lang), visitor: req.visitor, url: req.url, queueDashboard: Boolean(deps.redisUrl) };
}
