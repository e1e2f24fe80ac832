/**
 * Ladda upp: minutes dropped into the page (or chosen) go through the pipeline; the answer lists
 * each file with what became of it, in the importer's words. POST /api/upload answers in JSON.
 */
import { promises as fs } from 'node:fs';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { MultipartFile } from '@fastify/multipart';
import type { FileResult } from '../../../pipelines/result.js';
import { csrfRefusal } from '../access.js';
import type { WebDeps } from '../deps.js';
import { Forbidden } from '../errors.js';
import { InputError } from '../filters.js';
import { html } from '../html.js';
import { href, layout, type PageContext } from '../layout.js';
import { pageContext } from '../request.js';
import { UploadRefused, type Uploader } from '../upload-runner.js';

export interface UploadOutcome {
  file: string;
  status: FileResult['status'];
  recordId: string | null;
  reason: string | null;
  meeting: string | null;
}

export const MAX_FILES = 50;

function form(ctx: PageContext, queued: boolean) {
  const { t } = ctx;
  return html`<form method="post" action="/upload" enctype="multipart/form-data" class="upload" id="upload-form">
<input type="hidden" name="_csrf" value="${ctx.visitor.csrf}">
<div class="drop" id="drop-zone">
<label for="files">${t('uploadLabel')}</label>
<input id="files" name="files" type="file" multiple accept=".pdf,.docx,.txt,.doc,.rtf,.odt" aria-describedby="upload-hint">
<p id="upload-hint" class="hint">${t('uploadHint')}${queued ? ` (${t('uploadQueued')})` : ''}</p>
</div>
<button type="submit">${t('uploadButton')}</button>
</form>`;
}

function outcomeList(ctx: PageContext, outcomes: UploadOutcome[]) {
  const { t } = ctx;
  const word = { processed: t('uploadDone'), unchanged: t('uploadUnchanged'), queued: t('uploadQueued'), failed: t('uploadFailed'), gone: t('uploadFailed'), skipped: t('uploadFailed') };
  return html`<h2>${t('results')}</h2><ul class="outcomes" role="status">${outcomes.map((o) => html`<li class="${o.status}">
<strong>${o.file}</strong>: ${word[o.status]}${o.reason ? html` – <span class="reason">${o.reason}</span>` : ''}
${o.meeting ? html` <a href="${href(ctx, o.meeting)}">${t('openMeeting')}</a>` : ''}</li>`)}</ul>`;
}

/** Reads the multipart request: checks the CSRF token (the form's first field, or the header) before any file is saved. */
async function receive(req: FastifyRequest, uploader: Uploader): Promise<UploadOutcome[]> {
  const outcomes: UploadOutcome[] = [];
  const saved: Array<{ name: string; path: string }> = [];
  let token = typeof req.headers['x-csrf-token'] === 'string' ? req.headers['x-csrf-token'] : undefined;
  let files = 0;
  for await (const part of req.parts()) {
    if (part.type === 'field') {
      if (part.fieldname === '_csrf' && typeof part.value === 'string') token ??= part.value;
      continue;
    }
    const refusal = csrfRefusal(req, req.visitor, token);
    if (refusal) {
      part.file.resume();
      throw new Forbidden(refusal);
    }
    const file = part as MultipartFile;
    if (!file.filename) {
      file.file.resume();
      continue;
    }
    if (++files > MAX_FILES) {
      // none of the request's files is read: the ones already saved go too
      file.file.resume();
      await Promise.all(saved.map((s) => fs.rm(s.path, { force: true })));
      throw new InputError(`at most ${MAX_FILES} files at a time`);
    }
    try {
      saved.push({ name: file.filename, path: await uploader.save(file.filename, file.file, () => file.file.truncated) });
    } catch (error) {
      file.file.resume();
      if (!(error instanceof UploadRefused)) throw error;
      outcomes.push({ file: file.filename, status: 'failed', recordId: null, reason: error.message, meeting: null });
    }
  }
  const results = await Promise.all(saved.map((s) => uploader.process(s.path)));
  results.forEach((r, i) => {
    const recordId = 'recordId' in r ? r.recordId : null;
    outcomes.push({ file: saved[i]!.name, status: r.status, recordId, reason: r.status === 'failed' ? r.reason.replace(saved[i]!.path, saved[i]!.name) : null, meeting: recordId ? `/meetings/${recordId}` : null });
  });
  // the store hook has indexed each processed record by now: its meeting link works at once
  return outcomes;
}

export function registerUpload(app: FastifyInstance, deps: WebDeps): void {
  app.get('/upload', async (req, reply) => {
    const ctx = pageContext(req, deps);
    reply.type('text/html; charset=utf-8');
    return layout(ctx, ctx.t('uploadTitle'), 'upload', deps.uploader ? form(ctx, deps.uploader.queued) : html`<p>Uploads are turned off.</p>`);
  });

  const handle = async (req: FastifyRequest) => {
    if (!deps.uploader) throw new Forbidden('uploads are turned off on this server');
    if (!req.isMultipart()) throw new InputError('send the files as multipart/form-data');
    return receive(req, deps.uploader);
  };

  app.post('/api/upload', async (req) => ({ files: await handle(req) }));
  app.post('/upload', async (req, reply) => {
    const outcomes = await handle(req);
    const ctx = pageContext(req, deps);
    reply.type('text/html; charset=utf-8');
    return layout(ctx, ctx.t('uploadTitle'), 'upload', [outcomeList(ctx, outcomes), form(ctx, deps.uploader!.queued)]);
  });
}
