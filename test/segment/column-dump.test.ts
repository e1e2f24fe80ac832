/** Plain text where pdftotext printed a table one column after another: told, not guessed at. */
import { describe, expect, it } from 'vitest';
import { readText } from '../../src/read/text.js';
import { segment } from '../../src/segment/index.js';

describe('a table printed one column after another', () => {
  it('is told to the user in plain words, with what to do instead; a table printed by rows is not', () => {
    const columns = ['Minnesanteckningar ledningsgrupp', 'Datum: 2025-09-09', 'Nr', '1', '2', '3', 'Ärende', 'Mötets öppnande', 'Ekonomi', 'Lokaler', 'Vem', 'CW', 'HB', 'När', '30/9', 'v. 42'].join('\n');
    expect(segment(readText(new TextEncoder().encode(columns))).warnings.join(' ')).toMatch(/printed one column after another .* pdftotext -layout/);
    const rows = ['Minnesanteckningar ledningsgrupp', 'Datum: 2025-09-09', 'Nr   Ärende            Vem   När', '1    Mötets öppnande', '2    Ekonomi           HB    30/9', '3    Lokaler           CW    v. 42'].join('\n');
    expect(segment(readText(new TextEncoder().encode(rows))).warnings.join(' ')).not.toMatch(/column after another/);
  });
});
