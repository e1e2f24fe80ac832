/**
 * Notes typed in a plain editor and pasted into Word or printed as they are: headings marked
 * with hashes ("## Drift"), points with "* ", and to-do lines with check boxes ("[ ] Anna: …"
 * open, "[x] Peter: …" done). The same notes in plain text, Word and PDF give the same items,
 * owners and dates; a ticked task was done before the meeting and is no task of it.
 */
import { describe, expect, it } from 'vitest';
import { extractRecord } from '../../src/pipeline.js';
import type { MinutesRecord } from '../../src/record/schema.js';
import { docx, p, run } from '../read/docx-fixture.js';
import { makePdf } from '../read/pdf/make-pdf.js';
import { deadlineValues, ownerTexts, recordOf } from '../support/minutes.js';

const NOTES = [
  '# Driftmöte servicedesk v.41',
  'Datum: ons 8 oktober 2025',
  'Med: Karin Holm (KH, enhetschef), Ali Noor (AN, tekniker), Sofia Berg (SB, tekniker)',
  'Borta: Olle Sund (OS, tekniker)',
  '',
  '## Från förra veckan',
  '[x] Ali: flytta skrivarkön till den nya servern',
  '[ ] Sofia: uppdatera rutinen för lösenordsbyten – till nästa möte',
  '',
  '## Nätverk',
  '* Nya switchar är levererade till stadshuset.',
  '* Beslut: bytet görs helgen 18–19 oktober.',
  '[ ] Ali: boka elektriker fre',
  '[ ] Olle: underlag om kostnaderna till KH senast 20/10',
  '',
  '## Övrigt',
  '* Inget att ta upp.',
];

function pdfOf(lines: string[]): Uint8Array {
  return makePdf([{ texts: lines.filter(Boolean).map((text, i) => ({ x: 72, y: 760 - i * 15, text, size: 11 })) }]);
}

const records = async (): Promise<[string, MinutesRecord][]> => [
  ['text', await recordOf(NOTES.join('\n'))],
  ['docx', await extractRecord({ path: 'noter.docx', bytes: docx({ body: NOTES.map((l) => (l ? p(run(l.replace(/&/g, '&amp;'))) : '<w:p/>')).join('') }) })],
  ['pdf', await extractRecord({ path: 'noter.pdf', bytes: pdfOf(NOTES) })],
];

describe('notes typed in a plain editor', () => {
  it('takes the "## " lines as the items and the "# " line as the document title', async () => {
    for (const [format, record] of await records()) {
      expect(record.items.map((i) => i.title), format).toEqual(['Från förra veckan', 'Nätverk', 'Övrigt']);
      expect(record.meeting.date, format).toBe('2025-10-08');
    }
  });

  it('reads an open check box as a task of the name before the colon, and a ticked one as done', async () => {
    for (const [format, record] of await records()) {
      const [last, network] = record.items;
      // Ali's ticked line gives no task; Sofia's open one does
      expect(ownerTexts(last!), format).toEqual(['Sofia']);
      expect(deadlineValues(last!), format).toEqual(['next-meeting']);
      // "[ ] Olle: underlag om …": a noun after the colon is still a to-do on an open check box
      expect(ownerTexts(network!), format).toEqual(['Ali', 'Olle']);
      // "fre" ending the line is its Klart column: the Friday after the meeting
      expect(deadlineValues(network!), format).toEqual(['2025-10-10', '2025-10-20']);
      expect(network!.decisions.map((d) => d.text), format).toEqual(['att bytet görs helgen 18–19 oktober']);
    }
  });

  it('knows who was away under "Borta:" and the initials and role in "(KH, enhetschef)"', async () => {
    for (const [format, record] of await records()) {
      const olle = record.participants.find((x) => x.name === 'Olle Sund');
      expect(olle?.attendance, format).toBe('absent');
      const karin = record.participants.find((x) => x.name === 'Karin Holm');
      expect([karin?.initials, karin?.role], format).toEqual(['KH', 'enhetschef']);
    }
  });
});
