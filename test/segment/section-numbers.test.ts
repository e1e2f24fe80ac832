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

describe('a 2010s protocol: front page, contents table, "§ 27 Dnr …" over a bold title', () => {
  const textItems = async (text: string) => {
    const { readText } = await import('../../src/read/text.js');
    return segment(await readText(new TextEncoder().encode(text))).items.map((i) => [i.number, i.title]);
  };

  it('"Eva Sundqvist (S), utom § 30" in the list of members is who sat out a §, no item', async () => {
    const items = await itemsOf(
      'Beslutande Kerstin Åhlund (S), ordförande', 'Eva Sundqvist (S), utom § 30', 'Övriga deltagare Malin Ek, samhällsbyggnadschef, §§ 29 och 32',
      '§ 29', 'Yttrande över trafikförsörjningsprogram', 'Arbetsutskottet antar förslaget.',
      '§ 30', 'Bidrag till hembygdsföreningen', 'Arbetsutskottet beviljar bidraget.',
    );
    expect(items.map((i) => [i.number, i.title])).toEqual([['§ 29', 'Yttrande över trafikförsörjningsprogram'], ['§ 30', 'Bidrag till hembygdsföreningen']]);
  });

  it('the last recipient of the § before is no title of the § under it: the bold title after its number is', async () => {
    const items = segment(await readDocx(docx({ body: [
      p(run('Kommunstyrelsens arbetsutskott, sammanträdesprotokoll 2016-02-22')),
      p(run('§ 29 Dnr KS 2016/0022')), p(run('Yttrande över förslaget', '<w:b/>')), p(run('Arbetsutskottet antar förslaget.')),
      p(run('Beslutet skickas till', '<w:b/>')), p(run('Region Sandmark')), p(run('Kommunstyrelsen för kännedom')),
      p(run('§ 30 Dnr KS 2016/0040')), p(run('Bidrag till Hästholma hembygdsförening för takrenovering av Kvarnstugan', '<w:b/>')), p(run('Arbetsutskottet beviljar bidraget.')),
    ].join('') }))).items;
    expect(items.map((i) => [i.number, i.title])).toEqual([['§ 29', 'Yttrande över förslaget'], ['§ 30', 'Bidrag till Hästholma hembygdsförening för takrenovering av Kvarnstugan']]);
  });

  it('in plain text, a recipients list over "§ 28" and a wrapped title under it: the title is under', async () => {
    const text = ['Kommunstyrelsens arbetsutskott', 'Sammanträdesdatum 2016-02-22', '',
      '§ 27', 'Dnr KS 2015/0388', 'Försäljning av tomtmark', 'Arbetsutskottet beslutar att sälja tomten.', 'Beslutet skickas till', 'Brännlunds Åkeri AB', 'Ekonomiavdelningen',
      '§ 28', '', 'Dnr KS 2015/0301', '', 'Motion om förlängning och belysning av', 'elljusspåret i Storåsen', 'Arbetsutskottet föreslår att motionen anses besvarad.'].join('\n');
    expect(await textItems(text)).toEqual([['§ 27', 'Försäljning av tomtmark'], ['§ 28', 'Motion om förlängning och belysning av elljusspåret i Storåsen']]);
  });

  it('a contents table printed column by column ("§ 24" over "§ 25" …) holds no items: the §§ after it are', async () => {
    const text = ['Kommunstyrelsens arbetsutskott', 'Sammanträdesdatum 2016-02-22', '', 'Innehållsförteckning', '§', '§ 24', '§ 25', '§ 26', '', 'Dnr', 'KS', '2016/0007', '',
      'Ärende', 'Val av justerare', 'Information från kommunchefen', 'Månadsuppföljning januari 2016', '',
      '§ 24', 'Val av justerare', 'Lars Wiklander utses att justera.', '§ 25', '', 'Dnr KS 2016/0007', '', 'Information från kommunchefen', 'Informationen noteras.',
      '§ 26', '', 'Dnr KS 2016/0031', '', 'Månadsuppföljning januari 2016', 'Arbetsutskottet godkänner uppföljningen.'].join('\n');
    expect(await textItems(text)).toEqual([['§ 24', 'Val av justerare'], ['§ 25', 'Information från kommunchefen'], ['§ 26', 'Månadsuppföljning januari 2016']]);
  });
});
