/**
 * Möte: a meeting's header, participants and items with their decisions and tasks, and beside
 * them the source (viewer.js: the PDF through pdf.js, or the text), where each value's quote is
 * highlighted. GET /api/meetings/:id gives the same as JSON; /meetings/:id/source/:n the file.
 */
import { createReadStream, promises as fs } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import type { Action, AgendaItem, Decision, MinutesRecord, Person } from '../../record/schema.js';
import { canChange } from '../access.js';
import type { WebDeps } from '../deps.js';
import { NotFound } from '../errors.js';
import { html, type Html } from '../html.js';
import { layout, type PageContext } from '../layout.js';
import { loadMeeting, sourcePath, sourceText, type WebMeeting } from '../meeting-data.js';
import { pageContext } from '../request.js';
import { statusForm } from './task-forms.js';
import { ownerForm, undoForm } from './review.js';
import type { AddedTask } from '../../followup/overlay.js';
import type { CorrectionMark } from '../../followup/corrections.js';

const CONTENT_TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  txt: 'text/plain; charset=utf-8',
};

export function registerMeeting(app: FastifyInstance, deps: WebDeps): void {
  app.get('/api/meetings/:id', async (req) => {
    const meeting = await loadMeeting(deps.store, (req.params as { id: string }).id);
    if (!meeting) throw new NotFound('there is no meeting with this id');
    return meeting;
  });

  app.get('/meetings/:id/source/:n', async (req, reply) => {
    const { id, n } = req.params as { id: string; n: string };
    const source = await sourcePath(deps.store, id, Number(n));
    const stat = source ? await fs.stat(source.path).catch(() => null) : null;
    if (!source || !stat?.isFile()) throw new NotFound('the source file is not on this computer');
    reply.type(CONTENT_TYPES[source.format] ?? 'application/octet-stream');
    reply.header('content-length', stat.size);
    reply.header('content-disposition', `inline; filename*=UTF-8''${encodeURIComponent(source.fileName)}`);
    reply.header('x-content-type-options', 'nosniff');
    return reply.send(createReadStream(source.path));
  });

  app.get('/meetings/:id', async (req, reply) => {
    const ctx = pageContext(req, deps);
    const meeting = await loadMeeting(deps.store, (req.params as { id: string }).id);
    if (!meeting) throw new NotFound(ctx.t('meetingNotFound'));
    const query = req.query as Record<string, unknown>;
    const focus = ['task', 'decision', 'item'].map((k) => query[k]).find((v): v is string => typeof v === 'string') ?? '';
    const viewer = await viewerPane(deps, ctx, meeting);
    reply.type('text/html; charset=utf-8');
    const m = meeting.record.meeting;
    const title = m.title ?? [m.body, m.date].filter(Boolean).join(' ') ?? meeting.record.source.fileName;
    return layout(ctx, title || meeting.record.source.fileName, 'meeting', html`<div class="meeting" data-focus="${focus}">
<div class="record">${header(ctx, meeting.record)}${participants(ctx, meeting.record.participants)}
<h2>${ctx.t('items')}</h2>
${meeting.record.items.map((item) => itemSection(ctx, meeting, item))}
</div>
${viewer}
</div>`, { wide: true });
  });
}

function header(ctx: PageContext, r: MinutesRecord): Html {
  const { t } = ctx;
  const m = r.meeting;
  const rows: Array<[string, string | null]> = [
    [t('body'), m.body], [t('organisation'), m.organisation], ['Datum', m.date ?? (m.referenceYear ? `${m.referenceYear} (${t('noDate')})` : null)],
    [t('time'), m.startTime ? `${m.startTime}${m.endTime ? `–${m.endTime}` : ''}` : null], [t('location'), m.location],
    [t('secretary'), m.secretary ? personLabel(m.secretary) : null], [t('source'), r.source.fileName],
  ];
  return html`<dl class="header">${rows.filter(([, v]) => v).map(([k, v]) => html`<dt>${k}</dt><dd>${v}</dd>`)}</dl>
${r.warnings.length ? html`<details class="warnings"><summary>${t('warnings')} (${r.warnings.length})</summary><ul>${r.warnings.map((w) => html`<li>${w}</li>`)}</ul></details>` : ''}`;
}

function personLabel(p: Person): string {
  return [p.name, p.initials && `(${p.initials})`, p.role && `– ${p.role}`].filter(Boolean).join(' ');
}

function participants(ctx: PageContext, people: Person[]): Html | string {
  if (people.length === 0) return '';
  return html`<details class="participants"><summary>${ctx.t('participants')} (${people.length})</summary><ul>${people.map((p) => html`<li>${personLabel(p)}${p.attendance && p.attendance !== 'present' ? html` <span class="muted">(${p.attendance})</span>` : ''}</li>`)}</ul></details>`;
}

function quoteButton(ctx: PageContext, quote: string, page: number | null, id: string): Html {
  return html`<button type="button" class="quote-link" data-quote="${quote}" data-page="${page ?? ''}" data-target="${id}">${ctx.t('showSource')}</button>`;
}

function itemSection(ctx: PageContext, meeting: WebMeeting, item: AgendaItem): Html {
  const { t } = ctx;
  const added = meeting.corrections.added.filter((a) => a.itemId === item.id);
  return html`<section class="item" id="item-${item.id}" aria-labelledby="h-${item.id}">
<h3 id="h-${item.id}">${item.number ?? `${item.ordinal}.`} ${item.title} ${quoteButton(ctx, item.title, item.page, item.id)}</h3>
${item.decisions.length ? html`<h4>${t('decisions')}</h4><ul class="tasks">${item.decisions.map((d) => taskEntry(ctx, meeting, d, item))}</ul>` : ''}
${item.actions.length || added.length ? html`<h4>${t('actions')}</h4><ul class="tasks">${item.actions.map((a) => taskEntry(ctx, meeting, a, item))}${added.map((a) => addedEntry(ctx, meeting, a))}</ul>` : ''}
${canChange(ctx.visitor) ? addTaskForm(ctx, meeting, item) : ''}
</section>`;
}

function markText(ctx: PageContext, words: 'correctedBy' | 'addedBy' | 'markedBy', mark: CorrectionMark): Html {
  return html`<span class="corrected">${ctx.t(words)} ${mark.by} ${mark.at.slice(0, 16).replace('T', ' ')}</span>${canChange(ctx.visitor) ? undoForm(ctx, mark.id, `${ctx.t(words)} ${mark.by}`) : ''}`;
}

function taskEntry(ctx: PageContext, meeting: WebMeeting, task: Decision | Action, item: AgendaItem): Html {
  const { t } = ctx;
  const state = meeting.taskStatus[task.id];
  const page = task.evidence.page ?? item.page;
  const corrected = meeting.corrections.tasks[task.id];
  const dismissed = meeting.corrections.notDecisions[task.id] ?? corrected?.dismissed;
  const extractedOwners = task.owners.map((o, i) => html`${i ? ', ' : ''}<span class="value">${o.text}</span>${o.name && o.name !== o.text ? html` (${o.name})` : ''}`);
  const owners = corrected?.owner
    ? html`<p class="meta">${t('owner')}: ${corrected.owner.replaces && task.owners.length ? html`<del>${extractedOwners}</del> ` : corrected.owner.replaces ? '' : html`${extractedOwners}, `}${corrected.owner.owners.map((o, i) => html`${i ? ', ' : ''}<strong class="value">${o.text}</strong> ${markText(ctx, 'correctedBy', o.mark)}`)}</p>`
    : task.owners.length ? html`<p class="meta">${t('owner')}: ${extractedOwners}</p>` : '';
  const extractedDue = task.deadlines.map((d, i) => html`${i ? ', ' : ''}<span class="value">${d.text}</span>${d.value ? html` (${d.value})` : ''}`);
  const due = corrected?.deadline
    ? html`<p class="meta">${t('due')}: ${task.deadlines.length ? html`<del>${extractedDue}</del> ` : ''}<strong>${corrected.deadline.value ?? t('noDeadline')}</strong> ${markText(ctx, 'correctedBy', corrected.deadline.mark)}</p>`
    : task.deadlines.length ? html`<p class="meta">${t('due')}: ${extractedDue}</p>` : '';
  const isDecision = 'decidedBy' in task;
  return html`<li id="task-${task.id}" class="task ${state?.status ?? ''}${dismissed ? ' dismissed' : ''}" data-quote="${task.evidence.quote}">
<p>${task.text}</p>
${dismissed ? html`<p class="meta"><strong>${t('notADecision')}</strong> ${markText(ctx, 'markedBy', dismissed)}</p>` : ''}
${isDecision && task.decidedBy ? html`<p class="meta">${t('decidedBy')}: ${task.decidedBy}</p>` : ''}
${owners}${due}
<p class="actions">${quoteButton(ctx, task.evidence.quote, page, task.id)}
${state && !dismissed ? html`<span class="status">${state.status === 'done' ? t('done') : t('open')}</span>${canChange(ctx.visitor) ? statusForm(ctx, task.id, state.status, task.text) : ''}` : ''}</p>
${canChange(ctx.visitor) && !dismissed ? correctBox(ctx, task, isDecision) : ''}
</li>`;
}

function addedEntry(ctx: PageContext, meeting: WebMeeting, task: AddedTask): Html {
  const { t } = ctx;
  const state = meeting.taskStatus[task.id];
  return html`<li id="task-${task.id}" class="task added ${state?.status ?? ''}">
<p>${task.text} ${markText(ctx, 'addedBy', task.mark)}</p>
${task.owner ? html`<p class="meta">${t('owner')}: <span class="value">${task.owner}</span></p>` : ''}
${task.deadline ? html`<p class="meta">${t('due')}: <span class="value">${task.deadline}</span></p>` : ''}
${state ? html`<p class="actions"><span class="status">${state.status === 'done' ? t('done') : t('open')}</span>${canChange(ctx.visitor) ? statusForm(ctx, task.id, state.status, task.text) : ''}</p>` : ''}
</li>`;
}

function hidden(ctx: PageContext, fields: Record<string, string>): Html {
  return html`<input type="hidden" name="_csrf" value="${ctx.visitor.csrf}"><input type="hidden" name="next" value="${ctx.url}">${Object.entries(fields).map(([k, v]) => html`<input type="hidden" name="${k}" value="${v}">`)}`;
}

function correctBox(ctx: PageContext, task: Decision | Action, isDecision: boolean): Html {
  const { t } = ctx;
  const key = task.id.replace(/[^A-Za-z0-9]/g, '-');
  return html`<details class="correct-box"><summary>${t('correct')}<span class="visually-hidden">: ${task.text.slice(0, 60)}</span></summary>
${ownerForm(ctx, task.id, key, task.text)}
<form method="post" action="/corrections" class="correct">${hidden(ctx, { kind: 'deadline', taskId: task.id })}
<label for="deadline-${key}">${t('deadline')}</label><input id="deadline-${key}" name="deadline" maxlength="20" placeholder="${t('datePlaceholder')}">
<button type="submit">${t('save')}</button></form>
${isDecision ? html`<form method="post" action="/corrections" class="correct">${hidden(ctx, { kind: 'not-decision', decisionId: task.id })}<button type="submit">${t('notADecision')}</button></form>` : ''}
</details>`;
}

function addTaskForm(ctx: PageContext, meeting: WebMeeting, item: AgendaItem): Html {
  const { t } = ctx;
  const key = item.id.replace(/[^A-Za-z0-9]/g, '-');
  return html`<details class="correct-box"><summary>${t('addTask')}<span class="visually-hidden">: ${item.title.slice(0, 60)}</span></summary>
<form method="post" action="/corrections" class="correct">${hidden(ctx, { kind: 'add-task', meetingId: meeting.record.id, item: item.id })}
<label for="text-${key}">${t('taskText')}</label><input id="text-${key}" name="text" required maxlength="500">
<label for="who-${key}">${t('owner')}</label><input id="who-${key}" name="owner" maxlength="200">
<label for="when-${key}">${t('deadline')}</label><input id="when-${key}" name="deadline" maxlength="20" placeholder="${t('datePlaceholder')}">
<button type="submit">${t('save')}</button></form></details>`;
}

async function viewerPane(deps: WebDeps, ctx: PageContext, meeting: WebMeeting): Promise<Html> {
  const { t } = ctx;
  const others = meeting.sources.filter((s) => s.index !== meeting.viewer);
  const copies = others.length ? html`<details class="copies"><summary>${t('copies')}</summary><ul>${others.map((s) => html`<li>${s.available ? html`<a href="${s.url}">${s.fileName}</a>` : s.fileName} (${s.format})</li>`)}</ul></details>` : '';
  const shown = meeting.viewer === null ? null : meeting.sources[meeting.viewer]!;
  if (!shown) return html`<aside class="viewer" aria-label="${t('source')}"><p>${t('sourceMissing')}</p>${copies}</aside>`;
  if (shown.format === 'pdf') {
    return html`<aside class="viewer" aria-label="${t('source')}: ${shown.fileName}">
<p class="viewer-title"><a href="${shown.url}">${shown.fileName}</a> <span id="viewer-page" aria-live="polite"></span></p>
<div id="pdf-viewer" data-src="${shown.url}" data-pages="${shown.pages ?? ''}" data-not-found="${ctx.lang === 'sv' ? 'Citatet hittades inte i PDF-filen' : 'The quote was not found in the PDF'}" data-page-label="${t('page')}"></div>${copies}</aside>`;
  }
  const source = await sourcePath(deps.store, meeting.record.id, shown.index);
  const text = source ? await sourceText(source, meeting.record) : null;
  return html`<aside class="viewer" aria-label="${t('source')}: ${shown.fileName}">
<p class="viewer-title"><a href="${shown.url}">${shown.fileName}</a></p>
<pre id="text-viewer" tabindex="0" data-not-found="${ctx.lang === 'sv' ? 'Citatet hittades inte i texten' : 'The quote was not found in the text'}">${text ?? ''}</pre>${copies}</aside>`;
}
