/** The frame of every page: language, skip link, menu, the visitor, and the main content. */
import { html, type Html } from './html.js';
import type { Lang, T } from './i18n.js';
import type { Visitor } from './access.js';

export interface PageContext {
  lang: Lang;
  t: T;
  visitor: Visitor;
  /** the path and query of this page, for the language link and login's return */
  url: string;
  /** bull-board is mounted (REDIS_URL) */
  queueDashboard: boolean;
}

export type Section = 'search' | 'followup' | 'review' | 'upload' | 'queue' | 'login' | 'meeting' | 'none';

function otherLanguageUrl(ctx: PageContext): string {
  const url = new URL(ctx.url, 'http://x');
  url.searchParams.set('lang', ctx.lang === 'sv' ? 'en' : 'sv');
  return `${url.pathname}${url.search}`;
}

/** A link that keeps an explicit ?lang=en on the next page */
export function href(ctx: PageContext, path: string): string {
  if (!new URL(ctx.url, 'http://x').searchParams.has('lang')) return path;
  return `${path}${path.includes('?') ? '&' : '?'}lang=${ctx.lang}`;
}

export function layout(ctx: PageContext, title: string, section: Section, body: Html | string | Array<Html | string>, options: { wide?: boolean } = {}): string {
  const { t, visitor } = ctx;
  const nav: Array<[Section, string, string]> = [
    ['search', '/', t('navSearch')],
    ['followup', '/followup', t('navFollowup')],
    ['review', '/review', t('navReview')],
    ['upload', '/upload', t('navUpload')],
    ...(ctx.queueDashboard && visitor.role === 'admin' ? [['queue', '/admin/queues', t('navQueue')] as [Section, string, string]] : []),
  ];
  const loggedIn = visitor.user !== null;
  return `<!doctype html>${html`<html lang="${ctx.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} – ${t('appName')}</title>
<link rel="stylesheet" href="/static/style.css">
<script type="module" src="/static/app.js"></script>
</head>
<body>
<a class="skip" href="#main">${t('skip')}</a>
<header class="top">
<a class="brand" href="${href(ctx, '/')}">${t('appName')}</a>
<nav aria-label="${t('navMain')}"><ul>${nav.map(([key, path, label]) => html`<li><a href="${href(ctx, path)}"${key === section ? html` aria-current="page"` : ''}>${label}</a></li>`)}</ul></nav>
<div class="who">
${loggedIn ? html`<span>${t('loggedInAs')} <strong>${visitor.user}</strong> (${visitor.role})</span>
${visitor.via === 'session' ? html`<form method="post" action="/logout"><input type="hidden" name="_csrf" value="${visitor.csrf}"><button type="submit" class="link">${t('logout')}</button></form>` : ''}` : ''}
<a href="${otherLanguageUrl(ctx)}" lang="${ctx.lang === 'sv' ? 'en' : 'sv'}">${t('language')}</a>
</div>
</header>
<main id="main" class="${options.wide ? 'wide' : ''}" data-csrf="${visitor.csrf}">
<h1>${title}</h1>
${body}
</main>
</body>
</html>`}`;
}
