/**
 * § numbers in the forms archives use besides "§ 12 Title": the body's short name before them
 * ("Tnau § 31"), the number first ("34 §"), a diary number on the number's line with the title,
 * in capitals and wrapped, on the lines under it.
 */
import { describe, expect, it } from 'vitest';
import { readDocx } from '../../src/read/docx.js';
import { segment } from '../../src/segment/index.js';
import { docx, p, run } from '../read/docx-fixture.js';

const itemsOf = async (...paragraphs: string[]) =>
  segment(await readDocx(docx({ body: [p(run('Tekniska nämndens arbetsutskott, protokoll 1995-04-11')), ...paragraphs.map((t) => p(run(t)))].join('') }))).items;

describe('§ numbers', () => {
  it('"Tnau § 31 ⇥ Dnr 95.041" over an uppercase title wrapped to two lines', async () => {
    const items = await itemsOf(
      'Tnau § 31\t\tDnr 95.041', 'VAL AV JUSTERARE', 'Gunvor Sjöberg utsågs att justera protokollet.',
      'Tnau § 32\t\tDnr 95.017', 'UPPRUSTNING AV GATUBELYSNINGEN PÅ', 'NORRA INDUSTRIOMRÅDET', 'Teknisk chef redogör för besiktningen.',
    );
    expect(items.map((i) => [i.number, i.title])).toEqual([['§ 31', 'VAL AV JUSTERARE'], ['§ 32', 'UPPRUSTNING AV GATUBELYSNINGEN PÅ NORRA INDUSTRIOMRÅDET']]);
  });

  it('"21 § Val av justerare": the number first; "11 § MBL." inside a paragraph cites a law', async () => {
    const items = await itemsOf(
      '21 § Val av justerare', 'Direktionen beslutar att utse Åsa Brink att justera protokollet.',
      '22 § Ny organisation', 'Förändringen har förhandlats enligt', '11 § MBL. Vision lämnar synpunkter senast den 8 mars.',
    );
    expect(items.map((i) => [i.number, i.title])).toEqual([['§ 21', 'Val av justerare'], ['§ 22', 'Ny organisation']]);
  });
});

describe('a § title that wrapped onto the next line', () => {
  const textItems = async (text: string) => {
    const { readText } = await import('../../src/read/text.js');
    return segment(await readText(new TextEncoder().encode(text))).items.map((i) => i.title);
  };
  it.each([
    ['å fastigheten', 'Gästgivaregården 2:7', 'Ansökan om byggnadslov för bensinstation å fastigheten Gästgivaregården 2:7'],
    ['för del av', 'Norra Gärdet', 'Förslag till byggnadsplan för del av Norra Gärdet'],
  ])('goes on after "%s" ("%s")', async (end, rest, title) => {
    const head = title.slice(0, title.indexOf(rest)).trim();
    expect(head.endsWith(end)).toBe(true);
    const text = ['PROTOKOLL', 'Byggnadsnämnden 1964-04-16', '', `§ 14.  ${head}`, `       ${rest}`, '       Nämnden beslöt att bevilja ansökan.', '', '§ 15.  Meddelanden', '       Meddelandena lades till handlingarna.', ''].join('\n');
    expect(await textItems(text)).toEqual([title, 'Meddelanden']);
  });
  it('stops after a title that ends in a noun of its own', async () => {
    const text = ['PROTOKOLL', 'Byggnadsnämnden 1964-04-16', '', '§ 14.  Ovårdad tomt', '       Byggnadsinspektören anmälde saken.', '', '§ 15.  Meddelanden', '       Meddelandena lades till handlingarna.', ''].join('\n');
    expect(await textItems(text)).toEqual(['Ovårdad tomt', 'Meddelanden']);
  });
});
