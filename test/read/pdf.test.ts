/**
 * The PDF reader on the five sample minutes (samples/pdf, LibreOffice exports of the minutes in
 * samples/text; layouts described in /work/shared/corpus/RENDERING.md).
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { documentText, type Block, type MinutesDocument, type TableRowBlock } from '../../src/model/document.js';
import { readPdf } from '../../src/read/pdf.js';
import { isContactLine, isPageNumber } from '../../src/read/pdf/furniture.js';
import { joinLineTexts } from '../../src/read/pdf/hyphens.js';

const SAMPLES = path.resolve(__dirname, '../../samples');
const stems = readdirSync(path.join(SAMPLES, 'pdf')).map((f) => f.replace(/\.pdf$/, '')).sort();
const docs = new Map<string, MinutesDocument>();
let readAllMs = 0;

beforeAll(async () => {
  // pdf.js loads once per process (a few hundred ms); the timing below is about reading
  await readPdf(new Uint8Array(readFileSync(path.join(SAMPLES, 'pdf', `${stems[0]}.pdf`))));
  const started = performance.now();
  for (const stem of stems) docs.set(stem.slice(0, 3), await readPdf(new Uint8Array(readFileSync(path.join(SAMPLES, 'pdf', `${stem}.pdf`)))));
  readAllMs = performance.now() - started;
});

const doc = (id: string): MinutesDocument => docs.get(id)!;
const rows = (id: string): TableRowBlock[] => doc(id).blocks.filter((b): b is TableRowBlock => b.kind === 'table-row');
const rowStartingWith = (id: string, title: string): TableRowBlock => {
  const row = rows(id).find((r) => r.cells[0]?.text === title);
  if (!row) throw new Error(`${id}: no table row whose first cell is "${title}"`);
  return row;
};

describe('readPdf on the sample minutes', () => {
  it('reads all five samples quickly, with their page counts and nothing to warn about', () => {
    expect(docs.size).toBe(5);
    expect(readAllMs).toBeLessThan(2000);
    expect([...docs.values()].map((d) => d.pages)).toEqual([2, 3, 4, 3, 3]);
    for (const d of docs.values()) {
      expect(d.format).toBe('pdf');
      expect(d.warnings).toEqual([]);
      for (const b of d.blocks) expect(b.page).toBeGreaterThanOrEqual(1);
    }
  });

  it('gives table rows with the Rubrik title first and the Ansvarig entry last (002, 003)', () => {
    const expected: [string, string, string][] = [
      ['002', 'Innovationsråd', 'AA'],
      ['002', 'Kostnader flytt och städ', 'YK'],
      ['002', 'Stadens chefsdag 23/5', 'AA'],
      ['003', 'Peer support', 'MS IN'],
      ['003', 'Effektiva kommuner', 'RN'],
      ['003', 'Fem nycklar till en språkutvecklande arbetsplats.', 'Alla VC'],
    ];
    for (const [id, title, owner] of expected) {
      const row = rowStartingWith(id, title);
      expect(row.cells).toHaveLength(4);
      expect(row.cells[3]!.text).toBe(owner);
    }
    // the Åtgärd cell holds the action, not text from the neighbouring columns
    expect(rowStartingWith('003', 'Peer support').cells[2]!.text).toBe(
      'FLG beslutar att VOF deltar. Eva Fallgren får uppdraget att se hur detta kan samordnas med övrig psykisk hälsa.',
    );
  });

  it('marks the header row that repeats on every page, and keeps one table index across pages', () => {
    const main = rows('002').filter((r) => r.cells[0]?.text === 'RUBRIK');
    expect(main.map((r) => r.page)).toEqual([1, 2, 3, 4]);
    expect(main.every((r) => r.header === true)).toBe(true);
    expect(new Set(main.map((r) => r.table)).size).toBe(1);
    const headers003 = rows('003').filter((r) => r.header);
    expect(headers003.map((r) => r.text)).toEqual(Array(3).fill('Rubrik | Anteckning | Åtgärd/Beslut | Ansvarig'));
    // the form table before it is a table of its own, without a header
    const form = rows('003').find((r) => r.text.includes('Sekreterare'))!;
    expect(form.table).not.toBe(headers003[0]!.table);
    expect(form.cells.map((c) => c.lines)).toEqual([['Sekreterare', 'Ingrid Nyman'], ['Mötesdatum', '2023-02-27'], ['Klockslag', '9-16']]);
    expect(form.header).toBeUndefined();
  });

  it('keeps merged cells: a full-width section row, a Rubrik merged down, a row split over pages', () => {
    const section = rows('002').find((r) => r.text === 'Förvaltningsövergripande frågor')!;
    expect(section.cells).toHaveLength(1);
    expect(section.cells[0]!.colSpan).toBe(4);

    const merged = rowStartingWith('002', 'Att kommunicera');
    expect(merged.cells[0]!.rowSpan).toBe(2);
    const next = rows('002')[rows('002').indexOf(merged) + 1]!;
    expect(next.cells[0]!.text).toBe('');
    expect(next.cells[1]!.text).toBe('Inlämning gruppuppgift, uppdrag på chefsmötet 1 mars');

    // "Chefsmöte" runs from page 1 onto page 2: its rest is a row of its own after the header
    const page2 = rows('002').filter((r) => r.page === 2);
    expect(page2[0]!.header).toBe(true);
    expect(page2[1]!.cells.map((c) => c.text)).toEqual(['', '', 'Ny gruppuppgift?', '']);
  });

  it('keeps Ansvarig entries level with the actions beside them (empty lines kept)', () => {
    const von = rowStartingWith('002', 'VON');
    // In the PDF the Åtgärd paragraphs "Tar in ...", "LOV ...", "RN ansvarig ..." and "AA, RN och
    // TU ..." start on the cell's lines 0, 5, 10 and 14; the Ansvarig column puts its entries on
    // those lines, with one '' for each empty line between (as the Word file's empty paragraphs).
    expect(von.cells[3]!.lines).toEqual(['RN', '', '', '', '', 'RN', '', '', '', '', 'RN', '', '', '', 'AA, RN och TU']);
    expect(von.cells[2]!.lines.filter(Boolean)).toEqual([
      'Tar in konsultstöd för att ta fram förslag på måltidspolicy för remiss inför beslut i VON.',
      'LOV samordnare ansvarig för revidering av förfrågningsunderlag och omförhandling.',
      'RN ansvarig för nytt tillagningskök och redundansplanering.',
      'AA, RN och TU styrgrupp för utredning av specialkost och heldygnskassa.',
      'AA skriver fram förslag på uppdrag till arbetsgrupp.',
    ]);
    // bulleted lines inside a cell are paragraphs of their own, bullet removed
    expect(von.cells[1]!.lines.slice(-3)).toEqual(['Utmaningar inom LSS barn och unga', 'BODA koncept DV', 'Utveckling medelpunkten']);
  });

  it('removes running headers, footers and page numbers, but keeps page 1 header text', () => {
    const all = [...docs.values()].flatMap((d) => d.blocks.map((b) => b.text));
    for (const furniture of ['Sida 1', 'Sida 2', 'SID 1(', 'SID 2(', '1 (4)', '1 (3)', 'Kontaktcenter', 'Postadress', 'helsingborg.se']) {
      expect(all.filter((t) => t.includes(furniture))).toEqual([]);
    }
    expect(all.filter((t) => t === 'Sida')).toEqual([]);

    const start = (id: string, n: number): string[] => doc(id).blocks.slice(0, n).map((b) => b.text);
    expect(start('001', 4)).toEqual(['Socialförvaltningen', '2024-04-02', 'Förvaltningsledningsgruppen', 'Protokoll']);
    expect(start('002', 4)).toEqual(['Vård- och omsorgsförvaltningen', '2024-03-25', 'FLG', 'MINNESANTECKNING']);
    expect(start('003', 3)).toEqual(['Vård- och omsorgsförvaltningen', 'Minnesanteckning', 'Förvaltningsledningsgruppsmöte']);
    expect(start('004', 1)).toEqual(['PROTOKOLL SAMVERKANSGRUPP']);
    for (const [id, text] of [['001', 'Socialförvaltningen'], ['002', 'MINNESANTECKNING'], ['004', 'PROTOKOLL SAMVERKANSGRUPP']] as const) {
      const copies = doc(id).blocks.filter((b) => b.text === text);
      expect(copies.map((b) => [b.kind, b.page])).toEqual([['paragraph', 1]]);
    }
  });

  it('makes each item heading one block, with its presenter and I/D/B code (000)', () => {
    const headings = doc('000').blocks.filter((b) => b.kind === 'heading').map((b) => b.text);
    expect(headings).toHaveLength(11);
    expect(headings).toContain('3 Planeringsdagar våren 2025 (JK) I/D/B');
    // the code went onto a line of its own in the PDF; it still belongs to the heading
    expect(headings).toContain('10 Digital plattform för rekrytering av sommarvikarier (VO Boende) (JK) B');
    const heading = doc('000').blocks.find((b) => b.text.startsWith('3 Planeringsdagar'))!;
    expect(heading.style).toMatchObject({ bold: true, size: 12 });
  });

  it('joins wrapped lines into paragraphs but keeps one-entry-per-line text apart', () => {
    const texts = doc('001').blocks.map((b) => b.text);
    expect(texts).toContain('Johan Klingborg Socialdirektör (JK)');
    expect(texts).toContain('Mirsa Medarbetare Plutogatan (punkt 3) VR-projekt');
    expect(texts).toContain(
      'Information om rapport från Brå om möjliggörare för kriminella nätverk i kommunal, statlig och privat sektor. Det är angeläget att ta del av informationen och vara medveten om problematiken. (Brå rapport 2024:2)',
    );
    // a paragraph running from page 2 onto page 3 is one block (004)
    const across = doc('004').blocks.find((b) => b.text.startsWith('SSR menar att det är viktigt att respektive chefsnivå'))!;
    expect(across.page).toBe(2);
    expect(across.text.endsWith('viktigt för att kunna leverera kvalitet till medborgarna.')).toBe(true);
  });

  it('ends a heading in capitals where the text under it starts, though the heading filled its line (a typewritten protocol)', async () => {
    const doc = await readPdf(readFileSync('test/fixtures/heldout-2/pdf/j_kf_1993.pdf'));
    const texts = doc.blocks.map((b) => b.text);
    expect(texts).toContain('ÄNDRING AV BUDGET 1993 MED ANLEDNING AV DET NYA STATSBIDRAGSSYSTEMET');
    expect(texts.some((t) => t.startsWith('Kommunstyrelsen hade den 25 maj 1993'))).toBe(true);
  });

  it('makes bulleted and dashed lists list items, bullet removed, continuation lines joined', () => {
    const items = (id: string): Block[] => doc(id).blocks.filter((b) => b.kind === 'list-item');
    expect(items('000').map((b) => b.text)).toEqual([
      'det ska vara ”lätt att göra rätt”',
      'delaktighet – att få och ge information samt främja dialog',
      'fokus på medarbetarnas behov av information',
      'cirkulär kommunikation – informationsflöde från medarbetare till chefer och politiker och tillbaka igen',
    ]);
    expect(items('001').map((b) => b.text)).toEqual([
      'Narkotikautredningen – Vi kan bättre!',
      'Biblioteksplan för Helsingborg 2024 - 2028',
      'Motion om att skapa en strategi för att motverka hemlöshet',
      'Kulturprogram för Helsingborg 2025 - 2028',
      'SKR – förnyad rekommendation',
    ]);
    expect(items('001').every((b) => b.listLevel === 0)).toBe(true);
  });

  it('gives style hints: headings, bold labels, underline and italic sub-topics', () => {
    const find = (id: string, text: string): Block => doc(id).blocks.find((b) => b.text === text)!;
    expect(find('001', 'FLG den 2 april 2024').kind).toBe('heading');
    expect(find('001', '3. Innovationsråd (MB)')).toMatchObject({ kind: 'paragraph', style: { bold: true } });
    expect(find('004', 'Information:').style).toMatchObject({ bold: true, underline: true });
    expect(find('004', 'Flyktingar från Ukraina').style).toMatchObject({ italic: true });
    expect(find('004', 'Flyktingar från Ukraina').style.bold).toBeUndefined();
    expect(find('004', 'Minnesanteckningar från samverkansgrupp FSG – Socialförvaltningen den 21 mars 2022').kind).toBe('heading');
  });

  it('keeps every word of the minutes: the same words as samples/text, page furniture aside', () => {
    const isBullet = (t: string): boolean => /^[•◦▪\-–]$/.test(t);
    const words = (text: string): string[] => text.split(/\s+/).filter((t) => t && !isBullet(t));
    for (const stem of stems) {
      const id = stem.slice(0, 3);
      // samples/text is the original's text: its line ends split six words with a hyphen
      let original = '';
      for (const raw of readFileSync(path.join(SAMPLES, 'text', `${stem}.txt`), 'utf8').split('\n')) {
        const line = raw.trim();
        if (!line || isContactLine(line)) continue;
        original = /\p{L}-$/u.test(original) ? joinLineTexts(original, line) : `${original} ${line}`;
      }
      const ours = count(words(documentText(doc(id))));
      const theirs = count(words(original));
      // the original had more pages: more page numbers and more repeats of the table header
      const headerWords = new Set(rows(id).filter((r) => r.header).flatMap((r) => words(r.text)));
      const pageNumber = (t: string): boolean => /^(sida|sid)$/i.test(t) || /^\(?\d+\)?$|^\d+\/\d+$|^\d+\(\d+\)$/.test(t);
      const missing = [...theirs].filter(([w, n]) => (ours.get(w) ?? 0) < n).map(([w]) => w);
      const extra = [...ours].filter(([w, n]) => (theirs.get(w) ?? 0) < n).map(([w]) => w);
      expect(extra, `${id}: words the original does not have`).toEqual([]);
      expect(missing.filter((w) => !pageNumber(w) && !headerWords.has(w)), `${id}: words lost`).toEqual([]);
    }
    // the six words the original split at line ends are whole
    expect(documentText(doc('002'))).toContain('Uppföljning verksamhetsdialog 11/3');
    expect(documentText(doc('000'))).toContain('chef-i-beredskap');
    expect(documentText(doc('004'))).toContain('från vuxenverksamheten');
    expect(documentText(doc('004'))).toContain('fastighet- och serviceenheten');
    expect(documentText(doc('002'))).toContain('specialkost');
    expect(documentText(doc('004'))).toContain('lex Sarah-rapporteringen');
  });
});

describe('page furniture and hyphen rules', () => {
  it('knows page numbers in their usual forms, and only the page\'s own', () => {
    for (const t of ['Sida 2/4', 'Sida 2 (6)', 'SID 2(4)', '2 (3)', 'Sida 2', 'sida 2 av 5', 'Page 2 of 9', 'Sida', '- 2 -']) {
      expect(isPageNumber(t, 2, 4), t).toBe(true);
    }
    for (const t of ['Sida 3/4', '2024-03-25', '2 april', 'Sidan 2 visar', '17/5']) expect(isPageNumber(t, 2, 4), t).toBe(false);
    expect(isPageNumber('2', 2, 4)).toBe(false);
    expect(isPageNumber('2', 2, 4, true)).toBe(true);
  });

  it('knows contact footers', () => {
    expect(isContactLine('Kontaktcenter ∙ Postadress 251 89 Helsingborg ∙ 042-10 50 00 ∙ kontaktcenter@helsingborg.se helsingborg.se')).toBe(true);
    expect(isContactLine('Besöksadress Drottninggatan 2 · Telefon 0771-25 25 25 · www.exempel.se')).toBe(true);
    expect(isContactLine('Kontakta Anna på telefon om detta.')).toBe(false);
  });

  it('joins a word split at a line end, keeping hyphens that belong to it', () => {
    expect(joinLineTexts('vikten av verksamhets-', 'dialog i FLG')).toBe('vikten av verksamhetsdialog i FLG');
    expect(joinLineTexts('utredning av special-', 'kost och')).toBe('utredning av specialkost och');
    expect(joinLineTexts('Tack till Gun-', 'Britt Ek som')).toBe('Tack till Gun-Britt Ek som');
    expect(joinLineTexts('gällande chef-i-', 'beredskap.')).toBe('gällande chef-i-beredskap.');
    expect(joinLineTexts('av lex Sarah-', 'rapporteringen')).toBe('av lex Sarah-rapporteringen');
    expect(joinLineTexts('kontakt via e-', 'post')).toBe('kontakt via e-post');
    expect(joinLineTexts('Helsingborg - Höganäs -', 'Åstorp - Bjuv')).toBe('Helsingborg - Höganäs - Åstorp - Bjuv');
    expect(joinLineTexts('styrnings-', 'och ledningskommunikation')).toBe('styrnings- och ledningskommunikation');
    expect(joinLineTexts('Statsbidrag VFU HSL-', 'behov')).toBe('Statsbidrag VFU HSL-behov');
    expect(joinLineTexts('perioden 2024-', '2028')).toBe('perioden 2024-2028');
    expect(joinLineTexts('slut på', 'raden')).toBe('slut på raden');
    // a word too long for a narrow column, broken without a hyphen; a short word is a word
    expect(joinLineTexts('Alla förvaltninga', 'r')).toBe('Alla förvaltningar');
    expect(joinLineTexts('Mötet hölls', 'i')).toBe('Mötet hölls i');
  });
});

function count(words: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const w of words) m.set(w, (m.get(w) ?? 0) + 1);
  return m;
}
