/**
 * Uppföljning: the follow-up list with its filters, done/reopen per task, and the CSV and ICS
 * downloads the CLI writes (GET /api/followup, with format=csv or ics for the files).
 */
import type { FastifyInstance, FastifyReply } from 'fastify';
import { followupCsv } from '../../followup/csv.js';
import { followupIcs } from '../../followup/ics.js';
import { followup, followupPage, type FollowupPage, type FollowupTask } from '../../followup/list.js';
import { canChange } from '../access.js';
import type { WebDeps } from '../deps.js';
import { followupOptions, formValue, InputError, pageWindow, param, STATUSES } from '../filters.js';
import { html, queryString } from '../html.js';
import { href, layout, type PageContext } from '../layout.js';
import { pageContext } from '../request.js';
import { meetingLabel } from './meeting-label.js';
import { statusForm } from './task-forms.js';

export function registerFollowup(app: FastifyInstance, deps: WebDeps): void {
  app.get('/api/followup', async (req, reply) => {
    const query = req.query as Record<string, unknown>;
    const format = param(query, 'format', 10) ?? 'json';
    if (format === 'json') {
      const { offset, limit } = pageWindow(query, 1000, PAGE_SIZE);
      const page = await listPage(deps, query, offset, limit);
      return { total: page.total, offset, tasks: page.tasks };
    }
    const tasks = await listTasks(deps, query);
    if (format === 'csv') return download(reply, 'uppfoljning.csv', 'text/csv; charset=utf-8', followupCsv(tasks));
    if (format === 'ics') return download(reply, 'uppfoljning.ics', 'text/calendar; charset=utf-8', followupIcs(tasks));
    throw new InputError(`"format" takes json, csv or ics, not "${format}"`);
  });

  app.get('/followup', async (req, reply) => {
    const ctx = pageContext(req, deps);
    const query = req.query as Record<string, unknown>;
    let page: FollowupPage | null = null;
    let error: string | null = null;
    try {
      page = await listPage(deps, query, pageWindow(query, PAGE_SIZE).offset, PAGE_SIZE);
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      error = e.message;
      reply.code(400);
    }
    reply.type('text/html; charset=utf-8');
    return layout(ctx, ctx.t('followupTitle'), 'followup', [filterForm(ctx, query), error ? html`<p class="error" role="alert">${error}</p>` : taskTable(ctx, page ?? { total: 0, tasks: [] }, query)], { wide: true });
  });
}

/** The whole list (the downloads) */
async function listTasks(deps: WebDeps, query: Record<string, unknown>): Promise<FollowupTask[]> {
  const { status: _status, ...options } = followupOptions(query);
  return followup(deps.store.db, { ...options, origin: deps.store.origin });
}

/** One page of the list and how many tasks the filters select: only the page is read in full */
async function listPage(deps: WebDeps, query: Record<string, unknown>, offset: number, limit: number): Promise<FollowupPage> {
  const { status: _status, ...options } = followupOptions(query);
  return followupPage(deps.store.db, { ...options, origin: deps.store.origin, offset, limit });
}

/** A page of a long list: offset and limit (at most `max`), checked */

/** tasks on one page of the list: more would make a page slow to send and to read */
export const PAGE_SIZE = 100;

function download(reply: FastifyReply, name: string, type: string, body: string): string {
  reply.type(type).header('content-disposition', `attachment; filename="${name}"`);
  return body;
}


function filterForm(ctx: PageContext, query: Record<string, unknown>) {
  const { t } = ctx;
  const status = formValue(query, 'status') || 'open';
  const labels = { open: t('statusOpen'), overdue: t('statusOverdue'), all: t('statusAll') };
  return html`<form method="get" action="/followup" class="filters">
${ctx.lang === 'en' ? html`<input type="hidden" name="lang" value="en">` : ''}
<fieldset class="field"><legend>${t('statusLabel')}</legend>
${STATUSES.map((s) => html`<span class="radio"><input type="radio" id="status-${s}" name="status" value="${s}"${s === status ? html` checked` : ''}><label for="status-${s}">${labels[s]}</label></span>`)}
</fieldset>
<div class="field"><label for="owner">${t('owner')}</label><input id="owner" name="owner" value="${formValue(query, 'owner')}" aria-describedby="owner-hint"><p id="owner-hint" class="hint">${t('ownerHint')}</p></div>
<div class="field"><label for="body">${t('body')}</label><input id="body" name="body" value="${formValue(query, 'body')}"></div>
<div class="field"><label for="due_before">${t('dueBefore')}</label><input id="due_before" name="due_before" value="${formValue(query, 'due_before')}" placeholder="${t('datePlaceholder')}" inputmode="numeric"></div>
<div class="field"><label for="today">${t('today')}</label><input id="today" name="today" value="${formValue(query, 'today')}" placeholder="${t('datePlaceholder')}" inputmode="numeric"></div>
<div class="field"><button type="submit">${t('filter')}</button></div>
</form>`;
}

function taskTable(ctx: PageContext, page: FollowupPage, query: Record<string, unknown>) {
  const { t } = ctx;
  const { offset } = pageWindow(query, PAGE_SIZE);
  const { tasks, total } = page;
  const keep = { status: formValue(query, 'status'), owner: formValue(query, 'owner'), body: formValue(query, 'body'), due_before: formValue(query, 'due_before'), today: formValue(query, 'today') };
  const downloads = html`<p class="downloads">
<a href="/api/followup${queryString({ ...keep, format: 'csv' })}" download>${t('downloadCsv')}</a>
<a href="/api/followup${queryString({ ...keep, format: 'ics' })}" download>${t('downloadIcs')}</a></p>`;
  if (total === 0) return html`<p role="status">${t('noTasks')}</p>${downloads}`;
  const mayChange = canChange(ctx.visitor);
  const pageLink = (from: number, label: string) => html`<a href="${href(ctx, `/followup${queryString({ ...keep, offset: from || null })}`)}">${label}</a>`;
  const pager = total > PAGE_SIZE
    ? html`<nav class="pager" aria-label="${t('pages')}">${offset > 0 ? pageLink(Math.max(0, offset - PAGE_SIZE), t('previous')) : ''}
<span>${offset + 1}–${offset + tasks.length} ${t('of')} ${total}</span>${offset + PAGE_SIZE < total ? pageLink(offset + PAGE_SIZE, t('next')) : ''}</nav>`
    : '';
  return html`<h2 role="status">${total} ${t('tasks')}</h2>${downloads}${pager}
<table class="tasks">
<thead><tr><th scope="col">${t('task')}</th><th scope="col">${t('owner')}</th><th scope="col">${t('due')}</th><th scope="col">${t('meeting')}</th><th scope="col">${t('status')}</th></tr></thead>
<tbody>${tasks.map((task) => html`<tr id="task-${task.id}" class="${task.status}${task.overdue ? ' overdue' : ''}">
<td><a href="${href(ctx, `/meetings/${task.meeting.id}?task=${encodeURIComponent(task.id)}`)}">${task.text}</a>${task.corrected?.added ? html` <span class="corrected">${t('addedBy')} ${task.corrected.added.by}</span>` : ''}</td>
<td>${task.owners.map((o, i) => html`${i ? ', ' : ''}${o.text}${o.resolved || (o.name && o.name !== o.text) ? html` <span class="muted">(${o.resolved?.name ?? o.name})</span>` : ''}${o.corrected ? html` <span class="corrected">${t('correctedBy')} ${o.corrected.by}</span>` : ''}`)}</td>
<td>${task.due ?? '–'}${task.corrected?.deadline ? html` <span class="corrected">${t('correctedBy')} ${task.corrected.deadline.by}</span>` : ''}${task.overdue ? html` <strong class="late">${t('overdue')}</strong>` : ''}</td>
<td>${meetingLabel(ctx, task.meeting)}<br><span class="muted">${t('item')} ${task.item.number ?? task.item.ordinal} ${task.item.title}</span></td>
<td><span class="status">${task.status === 'done' ? t('done') : t('open')}</span>${mayChange ? statusForm(ctx, task.id, task.status, task.text) : ''}</td>
</tr>`)}</tbody></table>${pager}`;
}
