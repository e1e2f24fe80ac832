/**
 * Granska: correcting what extraction got wrong, on top of the store's corrections
 * (followup/corrections.ts: kept outside the records, surviving reindex, used by follow-up,
 * search, exports and the CLI). The review page lists the owners the rules were least sure of and
 * the latest corrections; the meeting page carries a form per task and item. Every correction
 * notes who made it: the logged-in user, or "lokal användare" on 127.0.0.1.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { addCorrection, CorrectionError, listCorrections, undoCorrection, type Correction, type CorrectionInput } from '../../followup/corrections.js';
import { leastSureOwners, type ReviewOwner } from '../../followup/review.js';
import { canChange } from '../access.js';
import type { WebDeps } from '../deps.js';
import { InputError, pageWindow, param } from '../filters.js';
import { html, queryString, type Html } from '../html.js';
import { href, layout, type PageContext } from '../layout.js';
import { pageContext } from '../request.js';
import { meetingLabel } from './meeting-label.js';
import { backTo } from './task-forms.js';

export const LOCAL_USER = 'lokal användare';
const REVIEW_PAGE = 50;

export function correctorOf(req: FastifyRequest): string {
  return req.visitor.user ?? LOCAL_USER;
}

const text = (v: unknown) => (typeof v === 'string' ? v : undefined);

/** A correction as a form or a JSON body gives it; unknown kinds are refused in plain words. */
export function correctionInput(body: Record<string, unknown>): CorrectionInput {
  switch (body.kind) {
    case 'owner':
      return { kind: 'owner', taskId: text(body.taskId) ?? '', owner: text(body.owner) ?? '', mode: body.mode === 'add' ? 'add' : 'set' };
    case 'deadline':
      return { kind: 'deadline', taskId: text(body.taskId) ?? '', deadline: text(body.deadline) ?? null };
    case 'not-decision':
      return { kind: 'not-decision', decisionId: text(body.decisionId) ?? '' };
    case 'add-task':
      return { kind: 'add-task', meetingId: text(body.meetingId) ?? '', item: text(body.item) ?? '', text: text(body.text) ?? '', owner: text(body.owner) || null, deadline: text(body.deadline) || null };
    default:
      throw new InputError(`"kind" takes owner, deadline, not-decision or add-task, not "${String(body.kind).slice(0, 40)}"`);
  }
}

async function plain<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof CorrectionError) throw new InputError(error.message);
    throw error;
  }
}

export function registerReview(app: FastifyInstance, deps: WebDeps): void {
  app.get('/api/review', async (req) => {
    const query = req.query as Record<string, unknown>;
    return leastSureOwners(deps.store.db, pageWindow(query, 1000, REVIEW_PAGE));
  });
  app.get('/api/corrections', async (req) => {
    const query = req.query as Record<string, unknown>;
    return { corrections: await listCorrections(deps.store.db, { meetingId: param(query, 'meeting', 40), all: param(query, 'all', 5) === '1' }) };
  });
  app.post('/api/corrections', async (req) => ({ correction: await plain(() => addCorrection(deps.store.db, correctionInput((req.body ?? {}) as Record<string, unknown>), correctorOf(req))) }));
  app.post('/api/corrections/:id/undo', async (req) => ({ correction: await plain(() => undoCorrection(deps.store.db, (req.params as { id: string }).id.slice(0, 40), correctorOf(req))) }));

  // the forms of the review and meeting pages: back to the page they came from
  app.post('/corrections', async (req, reply) => {
    const body = (req.body ?? {}) as Record<string, unknown>;
    const c = await plain(() => addCorrection(deps.store.db, correctionInput(body), correctorOf(req)));
    return reply.redirect(backTo(body.next, `/meetings/${c.meetingId}`, anchorOf(c)), 303);
  });
  app.post('/corrections/:id/undo', async (req, reply) => {
    const c = await plain(() => undoCorrection(deps.store.db, (req.params as { id: string }).id.slice(0, 40), correctorOf(req)));
    return reply.redirect(backTo(((req.body ?? {}) as Record<string, unknown>).next, '/review', anchorOf(c)), 303);
  });

  app.get('/review', async (req, reply) => {
    const ctx = pageContext(req, deps);
    const query = req.query as Record<string, unknown>;
    const { offset } = pageWindow(query, REVIEW_PAGE);
    const [page, recent] = await Promise.all([leastSureOwners(deps.store.db, { offset, limit: REVIEW_PAGE }), listCorrections(deps.store.db, { all: true })]);
    reply.type('text/html; charset=utf-8');
    return layout(ctx, ctx.t('reviewTitle'), 'review', [reviewList(ctx, page.owners, page.total, offset), recentCorrections(ctx, recent.slice(0, 30))], { wide: true });
  });
}

function anchorOf(c: Correction): string {
  return c.kind === 'add-task' ? `item-${c.targetId}` : `task-${c.targetId}`;
}

function reviewList(ctx: PageContext, owners: ReviewOwner[], total: number, offset: number): Html {
  const { t } = ctx;
  const mayChange = canChange(ctx.visitor);
  const pager = total > REVIEW_PAGE
    ? html`<nav class="pager" aria-label="${t('pages')}">${offset > 0 ? html`<a href="${href(ctx, `/review${queryString({ offset: Math.max(0, offset - REVIEW_PAGE) || null })}`)}">${t('previous')}</a>` : ''}
<span>${offset + 1}–${offset + owners.length} ${t('of')} ${total}</span>${offset + REVIEW_PAGE < total ? html`<a href="${href(ctx, `/review?offset=${offset + REVIEW_PAGE}`)}">${t('next')}</a>` : ''}</nav>`
    : '';
  return html`<p>${t('reviewIntro')}</p>
<h2>${t('reviewOwners')} (${total})</h2>${pager}
${owners.length === 0 ? html`<p role="status">${t('reviewNothing')}</p>` : html`<table class="tasks review">
<thead><tr><th scope="col">${t('task')}</th><th scope="col">${t('ownerAsRead')}</th><th scope="col">${t('meeting')}</th>${mayChange ? html`<th scope="col">${t('correctOwner')}</th>` : ''}</tr></thead>
<tbody>${owners.map((o, i) => html`<tr id="task-${o.taskId}">
<td><a href="${href(ctx, `/meetings/${o.meeting.id}?task=${encodeURIComponent(o.taskId)}`)}">${o.taskText}</a><br><span class="muted">${t('quote')}: ”${o.quote}”</span></td>
<td><strong>${o.owner.text}</strong><br><span class="muted">${o.source === 'elsewhere' ? t('sourceElsewhere') : t('sourceSentence')}</span></td>
<td>${meetingLabel(ctx, o.meeting)}<br><span class="muted">${t('item')} ${o.item.number ?? ''} ${o.item.title}</span></td>
${mayChange ? html`<td>${ownerForm(ctx, o.taskId, `review-${offset + i}`, o.taskText)}</td>` : ''}
</tr>`)}</tbody></table>`}${pager}`;
}

/** The form that sets (or adds) a task's owner */
export function ownerForm(ctx: PageContext, taskId: string, key: string, taskText: string): Html {
  const { t } = ctx;
  return html`<form method="post" action="/corrections" class="correct">
<input type="hidden" name="_csrf" value="${ctx.visitor.csrf}"><input type="hidden" name="next" value="${ctx.url}">
<input type="hidden" name="kind" value="owner"><input type="hidden" name="taskId" value="${taskId}">
<label for="owner-${key}">${t('owner')}<span class="visually-hidden">: ${taskText.slice(0, 60)}</span></label>
<input id="owner-${key}" name="owner" required maxlength="200">
<span class="radio"><input type="radio" id="mode-set-${key}" name="mode" value="set" checked><label for="mode-set-${key}">${t('modeSet')}</label></span>
<span class="radio"><input type="radio" id="mode-add-${key}" name="mode" value="add"><label for="mode-add-${key}">${t('modeAdd')}</label></span>
<button type="submit">${t('save')}</button></form>`;
}

export function undoForm(ctx: PageContext, id: string, label: string): Html {
  return html`<form method="post" action="/corrections/${id}/undo" class="inline">
<input type="hidden" name="_csrf" value="${ctx.visitor.csrf}"><input type="hidden" name="next" value="${ctx.url}">
<button type="submit" class="link" aria-label="${ctx.t('undo')}: ${label.slice(0, 80)}">${ctx.t('undo')}</button></form>`;
}

export function describeCorrection(ctx: PageContext, c: Correction): string {
  const { t } = ctx;
  switch (c.change.kind) {
    case 'owner': return `${c.change.mode === 'add' ? t('ownerAdded') : t('ownerSet')}: ${c.change.owner}`;
    case 'deadline': return `${t('due')}: ${c.change.deadline ?? t('noDeadline')}`;
    case 'not-decision': return t('notADecision');
    case 'add-task': return `${t('taskAdded')}: ${c.change.text}`;
  }
}

function recentCorrections(ctx: PageContext, list: Correction[]): Html {
  const { t } = ctx;
  return html`<h2>${t('recentCorrections')}</h2>${list.length === 0 ? html`<p>${t('noCorrections')}</p>` : html`<ul class="corrections">${list.map((c) => html`<li${c.undone ? html` class="undone"` : ''}>
<a href="${href(ctx, `/meetings/${c.meetingId}${c.kind === 'add-task' ? '' : `?task=${encodeURIComponent(c.targetId)}`}`)}">${describeCorrection(ctx, c)}</a>
<span class="muted">– ”${c.targetText.slice(0, 100)}”, ${c.by} ${c.at.slice(0, 16).replace('T', ' ')}${c.undone ? ` (${t('undone')} ${c.undone.by} ${c.undone.at.slice(0, 16).replace('T', ' ')})` : ''}</span>
${!c.undone && canChange(ctx.visitor) ? undoForm(ctx, c.id, describeCorrection(ctx, c)) : ''}</li>`)}</ul>`}`;
}
