/** Sök: the search page and GET /api/search, both over the CLI's search. */
import type { FastifyInstance } from 'fastify';
import { search, QueryError, type SearchHit } from '../../search/search.js';
import type { WebDeps } from '../deps.js';
import { formValue, InputError, searchOptions } from '../filters.js';
import { html, marked } from '../html.js';
import { href, layout, type PageContext } from '../layout.js';
import { pageContext } from '../request.js';
import { meetingLabel } from './meeting-label.js';

export function registerSearch(app: FastifyInstance, deps: WebDeps): void {
  app.get('/api/search', async (req) => {
    const options = searchOptions(req.query as Record<string, unknown>);
    if (!options.query) throw new InputError('"q" (the words to search for) is missing');
    return { hits: await runSearch(deps, options) };
  });

  app.get('/', async (req, reply) => {
    const ctx = pageContext(req, deps);
    const query = req.query as Record<string, unknown>;
    let hits: SearchHit[] | null = null;
    let error: string | null = null;
    let options: ReturnType<typeof searchOptions> | null = null;
    try {
      options = searchOptions(query);
      if (options.query) hits = await runSearch(deps, options);
    } catch (e) {
      if (!(e instanceof InputError || e instanceof QueryError)) throw e;
      error = e.message;
      reply.code(400);
    }
    reply.type('text/html; charset=utf-8');
    return layout(ctx, ctx.t('searchTitle'), 'search', [searchForm(ctx, query), results(ctx, hits, error)]);
  });
}

async function runSearch(deps: WebDeps, options: ReturnType<typeof searchOptions>): Promise<SearchHit[]> {
  const started = performance.now();
  try {
    return await search(deps.store.db, { ...options, origin: deps.store.origin });
  } catch (error) {
    if (error instanceof QueryError) throw new InputError(error.message);
    throw error;
  } finally {
    deps.metrics.observeSearch((performance.now() - started) / 1000);
  }
}


function searchForm(ctx: PageContext, query: Record<string, unknown>) {
  const { t } = ctx;
  return html`<form method="get" action="/" role="search" class="filters">
${ctx.lang === 'en' ? html`<input type="hidden" name="lang" value="en">` : ''}
<div class="field wide"><label for="q">${t('searchLabel')}</label>
<input id="q" name="q" type="search" value="${formValue(query, 'q')}" aria-describedby="q-hint" maxlength="1000">
<p id="q-hint" class="hint">${t('searchHint')}</p></div>
<div class="field"><label for="body">${t('body')}</label><input id="body" name="body" value="${formValue(query, 'body')}"></div>
<div class="field"><label for="from">${t('from')}</label><input id="from" name="from" value="${formValue(query, 'from')}" placeholder="${t('datePlaceholder')}" inputmode="numeric"></div>
<div class="field"><label for="to">${t('to')}</label><input id="to" name="to" value="${formValue(query, 'to')}" placeholder="${t('datePlaceholder')}" inputmode="numeric"></div>
<div class="field"><label for="owner">${t('owner')}</label><input id="owner" name="owner" value="${formValue(query, 'owner')}" aria-describedby="owner-hint"><p id="owner-hint" class="hint">${t('ownerHint')}</p></div>
<div class="field check"><input id="decisions" name="decisions" type="checkbox" value="1"${formValue(query, 'decisions') ? html` checked` : ''}><label for="decisions">${t('decisionsOnly')}</label></div>
<div class="field"><button type="submit">${t('search')}</button></div>
</form>`;
}

function results(ctx: PageContext, hits: SearchHit[] | null, error: string | null) {
  const { t } = ctx;
  if (error) return html`<p class="error" role="alert">${error}</p>`;
  if (hits === null) return '';
  if (hits.length === 0) return html`<p role="status">${t('noHits')}</p>`;
  return html`<h2 role="status">${hits.length} ${t('hits')}</h2>
<ol class="hits">${hits.map((h) => html`<li class="hit">
<h3><a href="${href(ctx, `/meetings/${h.meeting.id}${h.kind === 'decision' ? `?decision=${encodeURIComponent(h.id)}` : `?item=${encodeURIComponent(h.item.id)}`}`)}">${h.item.number ?? `${h.item.ordinal}.`} ${h.item.title}</a></h3>
<p class="meta">${meetingLabel(ctx, h.meeting)}${h.page ? html` · ${t('page')} ${h.page}` : ''}</p>
${h.decision?.decidedBy ? html`<p class="meta">${t('decidedBy')}: ${h.decision.decidedBy}</p>` : ''}
${h.snippet ? html`<p class="snippet">${marked(h.snippet)}</p>` : ''}
</li>`)}</ol>`;
}
