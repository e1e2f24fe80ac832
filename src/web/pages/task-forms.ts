/** The done/reopen button of a task (a form: works without JavaScript) and its POST routes. */
import type { FastifyInstance } from 'fastify';
import { setTaskStatus, UnknownTaskError, type TaskStatus } from '../../followup/status.js';
import type { WebDeps } from '../deps.js';
import { InputError } from '../filters.js';
import { html } from '../html.js';
import type { PageContext } from '../layout.js';
import { NotFound } from '../errors.js';

export function statusForm(ctx: PageContext, taskId: string, status: TaskStatus, text: string) {
  const action = status === 'done' ? 'reopen' : 'done';
  const label = status === 'done' ? ctx.t('reopen') : ctx.t('markDone');
  return html`<form method="post" action="/tasks/${encodeURIComponent(taskId)}/${action}" class="inline status-form">
<input type="hidden" name="_csrf" value="${ctx.visitor.csrf}">
<input type="hidden" name="next" value="${ctx.url}">
<button type="submit" aria-label="${label}: ${text.slice(0, 80)}">${label}</button></form>`;
}

/** Only a path of this site: a `next` of another site (or //host) would make us an open redirect */
export function safeNext(next: unknown, fallback: string): string {
  return typeof next === 'string' && /^\/(?![/\\])/.test(next) && next.length < 2000 ? next : fallback;
}

/** Where a form goes back to: its own page (safeNext) at the changed value's anchor. */
export function backTo(next: unknown, fallback: string, anchor: string): string {
  return `${safeNext(next, fallback).replace(/#.*$/, '')}#${anchor}`;
}

async function change(deps: WebDeps, id: string, status: TaskStatus) {
  if (id.length > 200) throw new InputError('the task id is too long');
  try {
    return await setTaskStatus(deps.store.db, id, status);
  } catch (error) {
    if (error instanceof UnknownTaskError) throw new NotFound(error.message);
    throw error;
  }
}

export function registerTaskRoutes(app: FastifyInstance, deps: WebDeps): void {
  for (const [verb, status] of [['done', 'done'], ['reopen', 'open']] as const) {
    app.post(`/api/tasks/:id/${verb}`, async (req) => {
      const task = await change(deps, (req.params as { id: string }).id, status);
      return { task: { id: task.id, meetingId: task.meetingId, text: task.text, status } };
    });
    app.post(`/tasks/:id/${verb}`, async (req, reply) => {
      const task = await change(deps, (req.params as { id: string }).id, status);
      return reply.redirect(backTo((req.body as Record<string, unknown> | undefined)?.next, `/meetings/${task.meetingId}`, `task-${task.id}`), 303);
    });
  }
}
