import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractRecord } from '../../src/pipeline.js';

describe('a minutes-table row', () => {
  it.each(['pdf', 'docx'])('gives each Ansvarig entry the action beside it when the secretary lined them up (002 "VON", %s)', async (format) => {
    const file = `samples/${format}/002_d87efa32b9f021cd.${format}`;
    const record = await extractRecord({ path: file, bytes: readFileSync(file) });
    const von = record.items.find((i) => i.title === 'VON')!;
    const ownersOf = (start: string) => von.actions.filter((a) => a.text.startsWith(start)).map((a) => a.owners.map((o) => o.initials ?? o.text));
    expect(ownersOf('AA, RN och TU styrgrupp')).toContainEqual(['AA', 'RN', 'TU']);
    expect(ownersOf('Tar in konsultstöd')).toContainEqual(['RN']);
  });

  it('gives the row its Klart senast date and its Ansvarig owners (an action table of another unit)', async () => {
    const file = 'test/fixtures/minutes/docx/atgardslista_lg.docx';
    const record = await extractRecord({ path: file, bytes: readFileSync(file) });
    const item = record.items.find((i) => i.title === 'Rekrytering enhetschef barn och unga')!;
    const row = item.actions.find((a) => a.deadlines.some((d) => d.value === '2025-09-19'))!;
    expect(row.owners.map((o) => o.name)).toEqual(['Jonas Berg']);
  });
});
