import { describe, expect, it } from 'vitest';
import { PassThrough } from 'node:stream';
import { createProgress } from '../../pipelines/progress.js';
import type { FileResult } from '../../pipelines/result.js';
import { formatSummary, summarize } from '../../pipelines/summary.js';

const results: FileResult[] = [
  { path: '/a/1.pdf', status: 'processed', recordId: 'aaaa' },
  { path: '/a/2.docx', status: 'unchanged', recordId: 'bbbb', known: false },
  { path: '/a/3.txt', status: 'unchanged', recordId: 'bbbb', known: true },
  { path: '/a/4.docx', status: 'failed', reason: 'the file is named .docx but is not a Word document' },
  { path: '/a/5.pdf', status: 'gone' },
];

describe('import summary and progress', () => {
  it('counts processed, unchanged and failed, each failure with file and reason', () => {
    const summary = summarize(results);
    expect(summary).toMatchObject({ processed: 1, unchanged: 2, known: 1 });
    expect(formatSummary(summary)).toBe(
      [
        'processed 1, unchanged 2, failed 2',
        '(1 of the unchanged are copies or renames of documents already recorded)',
        'failed:',
        '  /a/4.docx: the file is named .docx but is not a Word document',
        '  /a/5.pdf: the file was deleted or moved before it was read',
        '',
      ].join('\n'),
    );
  });

  it('writes one plain line per file, with done/total, rate and ETA, when not on a terminal', () => {
    const stream = new PassThrough() as unknown as NodeJS.WriteStream;
    let text = '';
    (stream as unknown as PassThrough).on('data', (d: Buffer) => (text += d.toString()));
    const progress = createProgress(results.length, stream);
    for (const r of results) progress.done(r);
    progress.stop();
    const lines = text.trim().split('\n');
    expect(lines).toHaveLength(5);
    expect(lines[0]).toMatch(/^\[1\/5\] processed \/a\/1\.pdf -> aaaa\.json \(\d+\.\d files\/s, ETA \d+s\)$/);
    expect(lines[3]).toMatch(/^\[4\/5\] failed +\/a\/4\.docx: the file is named \.docx/);
  });
});
