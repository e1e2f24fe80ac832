/**
 * Issue 9's archive as it is: one meeting saved as DOCX, PDF, Word 97 (.doc), RTF and
 * OpenDocument in one share. Imported, it is one meeting in search and each task is listed once;
 * a task marked done in one copy is done for all, and a second import finds nothing changed.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { libreOfficeConverter } from '../../src/convert/libreoffice.js';
import type { FollowupTask } from '../../src/followup/list.js';
import { runCli } from '../store/run-cli.js';
import { requirement } from '../support/requirements.js';
import { removeDir, tempDir } from './support.js';

const MINUTES = path.resolve(__dirname, '../fixtures/minutes');
const FORMATS = ['docx', 'pdf', 'doc', 'rtf', 'odt'];
const sofficeHere = requirement((await libreOfficeConverter({ timeoutMs: 120_000 }).unavailable()) === null, 'LibreOffice (apt-get install libreoffice-writer-nogui)');

describe.runIf(sofficeHere)('one meeting in five formats on a share', () => {
  const dir = tempDir('many-formats');
  const share = path.join(dir, 'share');
  const records = path.join(dir, 'records');
  mkdirSync(share, { recursive: true });
  for (const format of FORMATS) copyFileSync(path.join(MINUTES, format, `vem_nar.${format}`), path.join(share, `vem_nar.${format}`));
  afterAll(() => removeDir(dir));
  const tasks = async () => JSON.parse((await runCli(['followup', '--records', records, '--format', 'json', '--today', '2025-09-10'])).stdout) as FollowupTask[];

  it('is one meeting in search, each task once in the follow-up list, and done in one copy is done in all', async () => {
    const imported = await runCli(['import', share, '--out', records]);
    expect(imported.code).toBe(0);
    expect(imported.stdout + imported.stderr).toMatch(/processed 5/);

    const hits = JSON.parse((await runCli(['search', 'nyckelskåpen', '--records', records, '--json'])).stdout) as { copies: string[] }[];
    expect(hits).toHaveLength(1);
    expect(hits[0]!.copies).toHaveLength(5);

    const listed = await tasks();
    expect(listed.map((t) => t.owners.map((o) => o.initials ?? o.text).join('+')).sort()).toEqual(['KE', 'SB']);

    const done = await runCli(['done', listed[0]!.id, '--records', records]);
    expect(done.code).toBe(0);
    expect((await tasks()).find((t) => t.text === listed[0]!.text)?.status).toBe('done');

    const again = await runCli(['import', share, '--out', records]);
    expect(again.stdout + again.stderr).toMatch(/unchanged 5/);
    expect(await tasks()).toHaveLength(2);
  }, 240_000);
});
