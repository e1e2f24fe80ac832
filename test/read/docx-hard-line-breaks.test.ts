/**
 * A typewritten protocol typed again into Word with the typewriter's line ends: each line a
 * paragraph. The reader puts the broken sentences together again.
 */
import { describe, expect, it } from 'vitest';
import { readDocx } from '../../src/read/docx.js';
import { docx, p, run } from './docx-fixture.js';

const lines = (...texts: string[]) => texts.map((t) => p(run(t))).join('');

describe('a Word document typed line by line', () => {
  it('joins the lines a sentence runs on over, a word broken at its hyphen, but keeps att-clauses, lettered points and titles apart', async () => {
    const body = lines(
      '§ 92 BYGGNADSPLAN FÖR NORRA ÅSEN',
      'Kommunstyrelsen har 1986-09-02 uppdragit åt byggnads-',
      'nämnden att låta upprätta förslag till byggnadsplan för',
      'ca 30 tomter för småhus på Norra Åsen.',
      'Byggnadsnämnden beslutar',
      'att uppdraga åt stadsarkitekten att upprätta förslag till',
      'byggnadsplan för Norra Åsen, samt',
      'att samråd skall ske med kultur-',
      'och fritidsnämnden under arbetet.',
      'ÖVRIGA FRÅGOR § 93',
      'a) Ordföranden informerade om studieresan.',
    );
    const doc = await readDocx(docx({ body }));
    expect(doc.blocks.map((b) => b.text)).toEqual([
      '§ 92 BYGGNADSPLAN FÖR NORRA ÅSEN',
      'Kommunstyrelsen har 1986-09-02 uppdragit åt byggnadsnämnden att låta upprätta förslag till byggnadsplan för ca 30 tomter för småhus på Norra Åsen.',
      'Byggnadsnämnden beslutar',
      'att uppdraga åt stadsarkitekten att upprätta förslag till byggnadsplan för Norra Åsen, samt',
      'att samråd skall ske med kultur- och fritidsnämnden under arbetet.',
      'ÖVRIGA FRÅGOR § 93',
      'a) Ordföranden informerade om studieresan.',
    ]);
  });

  it('leaves a document alone where a line going on in lower case is rare', async () => {
    const body = lines('Mötet öppnades', 'och dagordningen godkändes.', 'Nästa möte är den 3 maj.');
    expect((await readDocx(docx({ body }))).blocks.map((b) => b.text)).toEqual(['Mötet öppnades', 'och dagordningen godkändes.', 'Nästa möte är den 3 maj.']);
  });
});
